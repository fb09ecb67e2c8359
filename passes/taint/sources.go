package taint

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
)

// Where taint starts: a read of a sensitive field, a value of a type that
// carries sensitive fields used as a whole, a conversion from a
// //privet:sensitive named type, or the result of a policy source
// function. (The types' categories are computed in sourcetypes.go.)

// fieldSource is the source read when field i of a struct of type t (or
// pointer to it) is read at pos; empty when the field is not sensitive.
func (st *fnState) fieldSource(t types.Type, i int, pos token.Pos) set {
	t, s := fieldOf(t, i)
	if s == nil {
		return nil
	}
	var owner *types.TypeName
	if n, ok := types.Unalias(t).(*types.Named); ok {
		owner = n.Origin().Obj()
	}
	cats, optOut := st.a.types.field(s, i, owner)
	if optOut {
		return nil
	}
	named := st.a.types.named(t).Union(st.a.types.named(s.Field(i).Type()))
	cats = cats.Union(named)
	if cats.Empty() {
		return nil
	}
	name := typeName(t) + "." + s.Field(i).Name()
	what := "read " + name
	if named.Empty() && st.a.types.guessed(s, i, owner) {
		name = provisionalName(name, cats)
	}
	return set{newSource(name, cats, Step{Pos: pos, What: what})}
}

// wholeValueSource is the source a value of type t carries when it is
// used as a whole (boxed in an interface, handed to code privet cannot
// see): every category of the fields reachable from it.
func (st *fnState) wholeValueSource(t types.Type, at token.Pos) set {
	cats := st.a.types.of(t)
	if cats.Empty() {
		return nil
	}
	name := typeName(t)
	what := "value of type " + name + " used as a whole"
	if st.a.types.provisionalOnly(t) {
		name = provisionalName(name, cats)
	}
	o := newSource(name, cats, Step{Pos: at, What: what})
	o.valueType = newWholeType(t)
	return set{o}
}

// typedWhole applies a path's type step (see typeStep) to the origins
// of t made by a value used as a whole: an origin of another type is
// dropped (that value does not reach the implementation the path goes
// through), one of that type keeps the categories of the part the rest
// of the path names, and is dropped when that part carries none. A
// Handler{APIKey, URL} boxed in an interface whose implementation's Run
// reads only URL thus carries nothing there.
func (st *fnState) typedWhole(t set, path Path) set {
	key, after, ok := path.typed()
	if !ok || !slices.ContainsFunc(t, func(o *origin) bool { return o.valueType != nil }) {
		return t
	}
	return t.mapped(func(o *origin) *origin {
		if o.valueType == nil {
			return o
		}
		if o.valueType.key != key {
			return nil
		}
		if o.valueType.t == nil {
			return o
		}
		sub, ok := typeAt(derefType(o.valueType.t), after)
		if !ok {
			return o
		}
		cats := st.a.types.of(sub)
		switch {
		case cats.Empty():
			return nil
		case cats.Equal(o.cats):
			return o
		}
		c := *o
		c.cats, c.valueType = cats, newWholeType(sub)
		c.rekey()
		return &c
	})
}

func derefType(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// namedSource taints a conversion from a //privet:sensitive named type
// (type Email string; string(e)).
func (st *fnState) namedSource(v ssa.Value, x ssa.Value) {
	if cats := st.a.types.named(x.Type()); !cats.Empty() {
		name := typeName(x.Type())
		st.addVal(v, set{newSource(name, cats, Step{Pos: v.Pos(), What: "value of type " + name})})
	}
}

// sourceCall handles a call of a policy source function: its results are
// sensitive, whatever the arguments were.
func (st *fnState) sourceCall(pos token.Pos, c *callee, cats category.Set, v *ssa.Call) {
	if v == nil {
		return
	}
	name := funcName(c.obj)
	st.addVal(v, set{newSource(name, cats, Step{Pos: st.start(pos), What: "returned by " + name})})
}

// opaque is deep plus the categories the value's type carries: what code
// privet cannot see into (an SDK, encoding/json, fmt) may read from it.
func (st *fnState) opaque(v ssa.Value, at token.Pos) set {
	t, _ := st.deep(v).union(st.wholeValueSource(v.Type(), at))
	return t
}

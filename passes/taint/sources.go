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

// wholeValueSource is the source a value v of type t carries when it is
// used as a whole (boxed in an interface, handed to code privet cannot
// see): every category of the fields reachable from it, less what v is
// known not to hold (see cleanValue).
func (st *fnState) wholeValueSource(v ssa.Value, t types.Type, at token.Pos) set {
	cats := st.a.types.of(t)
	if cats.Empty() {
		return nil
	}
	if cats = st.cleanValue(v, 0).from(cats); cats.Empty() {
		return nil
	}
	if cats = st.inPlaceCleaned(v, true).from(cats); cats.Empty() {
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

// boxedWhole reports whether a value boxed in an interface is used as a
// whole there. Boxed in any (what fmt, encoding/json, loggers and
// reflection take), it is. Boxed in an interface with methods, it is an
// object used through them, and its methods' reads of sensitive fields
// are sources where they happen; a type whose only sensitive fields are
// provisional (names that look like customer data) is then not a source
// as a whole: on a server's object graph (caddy's ACMEIssuer, holding an
// account e-mail, boxed as a certmagic.Issuer, stored in the TLS cache
// whose maintenance makes HTTP requests) every such boxing reached some
// sink. Marked types stay sources as a whole wherever they are boxed.
func (st *fnState) boxedWhole(i *ssa.MakeInterface) bool {
	if iface, ok := i.Type().Underlying().(*types.Interface); !ok || iface.NumMethods() == 0 {
		return true
	}
	return !st.a.types.provisionalOnly(i.X.Type())
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

// cleaned is a set of categories that may be every category.
type cleaned struct {
	all  bool
	cats category.Set
}

// any reports whether c cleans anything.
func (c cleaned) any() bool { return c.all || !c.cats.Empty() }

// or is what c or d clean.
func (c cleaned) or(d cleaned) cleaned {
	if c.all || d.all {
		return cleaned{all: true}
	}
	return cleaned{cats: c.cats.Union(d.cats)}
}

// apply removes what c cleans from the origins of t (a parameter
// origin remembers the categories, see origin.sanitized).
func (c cleaned) apply(t set) set {
	if c.all {
		return nil
	}
	return t.mapped(func(o *origin) *origin { return o.sanitized(c.cats) })
}

// from removes the cleaned categories from cats.
func (c cleaned) from(cats category.Set) category.Set {
	if c.all {
		return nil
	}
	return cats.Minus(c.cats)
}

// and is what both c and d clean.
func (c cleaned) and(d cleaned) cleaned {
	switch {
	case c.all:
		return d
	case d.all:
		return c
	}
	return cleaned{cats: c.cats.Minus(c.cats.Minus(d.cats))}
}

// cleanValue says which categories a value of a sensitive type is known
// not to hold, whatever its type says: all of them for nil, which holds
// no data, and for a value taken from the result of a sanitizer (that
// result, its part, an element, a type assertion of it), the categories
// that sanitizer cleans. Its taint, if any, still comes from its value
// and memory as usual.
func (st *fnState) cleanValue(v ssa.Value, depth int) cleaned {
	if depth > 8 {
		return cleaned{}
	}
	switch v := v.(type) {
	case *ssa.Const:
		return cleaned{all: v.Value == nil && isRef(v.Type())}
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil && !v.Call.IsInvoke() {
			if obj, ok := callee.Object().(*types.Func); ok {
				return st.a.cleanedBy(obj)
			}
		}
	case *ssa.Phi:
		if depth > 3 {
			// Phis of phis: each level multiplies the edges to visit.
			return cleaned{}
		}
		c := cleaned{all: true}
		for _, e := range v.Edges {
			if c = c.and(st.cleanValue(e, depth+1)); !c.all && c.cats.Empty() {
				break
			}
		}
		return c
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return st.cleanValue(v.X, depth+1)
		}
	case *ssa.TypeAssert, *ssa.Extract, *ssa.IndexAddr, *ssa.Index, *ssa.FieldAddr, *ssa.Field,
		*ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface, *ssa.Convert:
		// A part, an element or a conversion of the value: its first
		// operand.
		var buf [2]*ssa.Value
		return st.cleanValue(*v.(ssa.Instruction).Operands(buf[:0])[0], depth+1)
	}
	return cleaned{}
}

// inPlaceCleaned is what in-place sanitizers that ran before the
// current instruction cleaned of v: of a pointer, what it points to;
// with loads, of a value loaded through one, that value as a whole (its
// taint was cleaned as it was read: it may hold what was written after
// the clean).
func (st *fnState) inPlaceCleaned(v ssa.Value, loads bool) cleaned {
	var out cleaned
	if len(st.order.cleans) == 0 {
		return out
	}
	ptr := v
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if !loads {
			return out
		}
		ptr = load.X
	} else if !isRef(v.Type()) {
		return out
	}
	for _, l := range st.locs(ptr) {
		out = out.or(st.order.cleanedFor(l.root))
	}
	return out
}

// cleanInPlace records a call of an in-place sanitizer that cleans what
// its arguments in point to (see order.clean).
func (st *fnState) cleanInPlace(args []ssa.Value, in []int, hasRecv bool, what cleaned) {
	for _, i := range in {
		if !hasRecv {
			if i < 0 {
				continue
			}
		} else {
			i++
		}
		if i >= len(args) {
			continue
		}
		var roots []ssa.Value
		for _, l := range st.locs(args[i]) {
			roots = append(roots, l.root)
		}
		st.order.clean(roots, what)
	}
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
	t, _ := st.deep(v).union(st.wholeValueSource(v, v.Type(), at))
	return t
}

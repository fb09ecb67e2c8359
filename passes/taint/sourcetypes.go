package taint

import (
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
)

// typeSources answers which categories a whole value of a type carries:
// a //privet:sensitive type, or any type from which a tagged field is
// reachable through fields, pointers, slices, arrays, maps and channels.
// Two views: of skips fields tagged `json:"-"`, since the usual way a
// whole struct leaves (an SDK, encoding/json) is JSON; printed counts
// every field, for fmt and the templates, which ignore json tags.
// Results are memoised per type and view.
type typeSources struct {
	ann         *annotations.Result
	cfg         *config.Config
	memo        typeutil.Map // types.Type -> category.Set, JSON view
	printedMemo typeutil.Map // types.Type -> category.Set, every field
	// guess, when provisional sources are on (provisional.go), gives
	// the categories of fields that carry no mark; explicit is then
	// the same walk without it.
	guess    func(owner *types.TypeName, st *types.Struct, i int) category.Set
	explicit *typeSources
}

func (ts *typeSources) of(t types.Type) category.Set {
	return ts.walk(t, false, map[types.Type]bool{})
}

// printed is of counting json:"-" fields too: what fmt's %v and a
// template's {{.}} print.
func (ts *typeSources) printed(t types.Type) category.Set {
	return ts.walk(t, true, map[types.Type]bool{})
}

func (ts *typeSources) walk(t types.Type, printed bool, seen map[types.Type]bool) category.Set {
	memo := &ts.memo
	if printed {
		memo = &ts.printedMemo
	}
	if c, ok := memo.At(t).(category.Set); ok {
		return c
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	var cats category.Set
	switch t := t.(type) {
	case *types.Named:
		cats = ts.named(t)
		if st, ok := t.Underlying().(*types.Struct); ok {
			cats = cats.Union(ts.fields(st, t.Origin().Obj(), printed, seen))
		} else {
			cats = cats.Union(ts.walk(t.Underlying(), printed, seen))
		}
	case *types.Alias:
		cats = ts.walk(types.Unalias(t), printed, seen)
	case *types.Pointer:
		cats = ts.walk(t.Elem(), printed, seen)
	case *types.Slice:
		cats = ts.walk(t.Elem(), printed, seen)
	case *types.Array:
		cats = ts.walk(t.Elem(), printed, seen)
	case *types.Chan:
		cats = ts.walk(t.Elem(), printed, seen)
	case *types.Map:
		cats = ts.walk(t.Key(), printed, seen).Union(ts.walk(t.Elem(), printed, seen))
	case *types.Struct:
		cats = ts.fields(t, nil, printed, seen)
	}
	memo.Set(t, cats)
	return cats
}

// fields is the union of what the fields of a struct carry (owner is its
// named type, if any, for policy rules that name fields); json:"-"
// fields only when printed.
func (ts *typeSources) fields(st *types.Struct, owner *types.TypeName, printed bool, seen map[types.Type]bool) category.Set {
	var cats category.Set
	for i := 0; i < st.NumFields(); i++ {
		if !printed && annotations.JSONOmitted(st.Tag(i)) {
			continue
		}
		fc, optOut := ts.field(st, i, owner)
		if optOut {
			continue
		}
		cats = cats.Union(fc).Union(ts.walk(st.Field(i).Type(), printed, seen))
	}
	return cats
}

// field returns the categories of field i of a struct: its privet tag and
// the policy's field and tag rules. optOut reports privet:"-".
func (ts *typeSources) field(st *types.Struct, i int, owner *types.TypeName) (category.Set, bool) {
	tag := st.Tag(i)
	cats, optOut := annotations.FieldCategories(tag)
	if optOut {
		return nil, true
	}
	cats = cats.Union(ts.cfg.FieldCategories(owner, st.Field(i).Name(), tag))
	if cats.Empty() && ts.guess != nil {
		cats = ts.guess(owner, st, i)
	}
	return cats, false
}

// guessed reports whether the categories of field i come from the
// guess alone: a provisional source.
func (ts *typeSources) guessed(st *types.Struct, i int, owner *types.TypeName) bool {
	if ts.guess == nil {
		return false
	}
	cats, _ := ts.explicit.field(st, i, owner)
	return cats.Empty()
}

// provisionalOnly reports whether a whole value of type t carries only
// guessed categories.
func (ts *typeSources) provisionalOnly(t types.Type) bool {
	return ts.guess != nil && ts.explicit.of(t).Empty()
}

// named returns the direct categories of a //privet:sensitive named type
// (not those of its fields).
func (ts *typeSources) named(t types.Type) category.Set {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		obj := n.Origin().Obj()
		return ts.ann.TypeCategories(obj).Union(ts.cfg.TypeCategories(obj))
	}
	return nil
}

// typeName is how a diagnostic names a type: its name without package,
// looking through pointers, slices and maps.
func typeName(t types.Type) string {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Named:
			return u.Obj().Name()
		default:
			return types.TypeString(t, func(*types.Package) string { return "" })
		}
	}
}

// fieldName is how a step names field i of a struct type t (or pointer
// to it): "Customer.Email"; "" when t is no struct.
func fieldName(t types.Type, i int) string {
	t, s := fieldOf(t, i)
	if s == nil {
		return ""
	}
	return typeName(t) + "." + s.Field(i).Name()
}

// fieldOf returns the struct type t is or points to, and its underlying
// struct when that has a field i (nil otherwise).
func fieldOf(t types.Type, i int) (types.Type, *types.Struct) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return t, nil
	}
	return t, s
}

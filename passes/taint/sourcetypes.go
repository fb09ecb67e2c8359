package taint

import (
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
)

// typeSources answers which categories a whole value of a type carries:
// a //privet:sensitive type, or any type from which a tagged field is
// reachable through fields, pointers, slices, arrays, maps and channels.
// Fields tagged `json:"-"` are skipped, since the usual way a whole struct
// leaves is encoding/json. Results are memoised per type.
type typeSources struct {
	ann  *annotations.Result
	memo typeutil.Map // types.Type -> category.Set
}

func (ts *typeSources) of(t types.Type) category.Set {
	return ts.walk(t, map[types.Type]bool{})
}

func (ts *typeSources) walk(t types.Type, seen map[types.Type]bool) category.Set {
	if c, ok := ts.memo.At(t).(category.Set); ok {
		return c
	}
	if seen[t] {
		return nil
	}
	seen[t] = true
	var cats category.Set
	switch t := t.(type) {
	case *types.Named:
		cats = ts.ann.TypeCategories(t.Origin().Obj())
		cats = cats.Union(ts.walk(t.Underlying(), seen))
	case *types.Alias:
		cats = ts.walk(types.Unalias(t), seen)
	case *types.Pointer:
		cats = ts.walk(t.Elem(), seen)
	case *types.Slice:
		cats = ts.walk(t.Elem(), seen)
	case *types.Array:
		cats = ts.walk(t.Elem(), seen)
	case *types.Chan:
		cats = ts.walk(t.Elem(), seen)
	case *types.Map:
		cats = ts.walk(t.Key(), seen).Union(ts.walk(t.Elem(), seen))
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			tag := t.Tag(i)
			if annotations.JSONOmitted(tag) {
				continue
			}
			fc, optOut := annotations.FieldCategories(tag)
			if optOut {
				continue
			}
			cats = cats.Union(fc).Union(ts.walk(t.Field(i).Type(), seen))
		}
	}
	ts.memo.Set(t, cats)
	return cats
}

// named returns the direct categories of a //privet:sensitive named type
// (not those of its fields).
func (ts *typeSources) named(t types.Type) category.Set {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return ts.ann.TypeCategories(n.Origin().Obj())
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

package discover

import (
	"go/types"
	"reflect"
	"sync"
)

// Types covered by the fields that hold them. Card Card `privet:"payment"`
// makes everything in that Card payment data, Card.Number included: a
// suggestion to tag Card.Number, or a provisional source there, would
// only repeat what the tag on the holding field says. A struct type is
// covered when the package declaring it holds it in struct fields, all
// of which carry a privet key (a category, or "-" for a field reviewed
// as not sensitive). A type also held by an untagged field, or held by
// no field of its package, is not covered: its fields speak for
// themselves.

var coveredMemo sync.Map // *types.TypeName -> bool

// coveredByHolders reports whether tn is covered by the tagged fields
// that hold it.
func coveredByHolders(tn *types.TypeName) bool {
	if tn == nil || tn.Pkg() == nil {
		return false
	}
	if v, ok := coveredMemo.Load(tn); ok {
		return v.(bool)
	}
	tagged, untagged := 0, 0
	scope := tn.Pkg().Scope()
	for _, name := range scope.Names() {
		holder, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || holder == tn {
			continue
		}
		st, ok := holder.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			if elemTypeName(st.Field(i).Type()) != tn {
				continue
			}
			if _, ok := reflect.StructTag(st.Tag(i)).Lookup("privet"); ok {
				tagged++
			} else {
				untagged++
			}
		}
	}
	covered := tagged > 0 && untagged == 0
	coveredMemo.Store(tn, covered)
	return covered
}

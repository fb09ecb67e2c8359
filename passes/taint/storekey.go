package taint

import (
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"
)

// StoreKey names a place function values are stored, the same way in
// every package: field Field of the struct type Type, the package
// variable Var, or an element of a slice, array or map whose element
// type is Elem. The zero StoreKey names no place.
type StoreKey struct {
	Type  string
	Field int
	Var   string
	Elem  string
}

func fieldKey(t types.Type, i int) StoreKey {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return StoreKey{Type: types.TypeString(t, nil), Field: i}
}

func elemKey(elem types.Type) StoreKey { return StoreKey{Elem: types.TypeString(elem, nil)} }

func varKey(g *ssa.Global) StoreKey { return StoreKey{Var: g.RelString(nil)} }

// String is "f:TYPE#FIELD", "g:VAR" or "e:ELEM", as fact wants show it.
func (k StoreKey) String() string {
	switch {
	case k.Type != "":
		return "f:" + k.Type + "#" + strconv.Itoa(k.Field)
	case k.Var != "":
		return "g:" + k.Var
	case k.Elem != "":
		return "e:" + k.Elem
	}
	return ""
}

func (k StoreKey) valid() bool { return k != StoreKey{} }

// loadKey names the place a loaded value comes from, or no place.
func loadKey(v ssa.Value) StoreKey {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return addrKey(v.X)
		}
	case *ssa.Field:
		return fieldKey(v.X.Type(), v.Field)
	case *ssa.Index:
		return elemKey(v.Type())
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			if v.CommaOk {
				return StoreKey{}
			}
			return elemKey(v.Type())
		}
	}
	return StoreKey{}
}

// addrKey is loadKey for an address a value is stored to or loaded from.
func addrKey(addr ssa.Value) StoreKey {
	switch addr := addr.(type) {
	case *ssa.FieldAddr:
		return fieldKey(addr.X.Type(), addr.Field)
	case *ssa.Global:
		return varKey(addr)
	case *ssa.IndexAddr:
		return elemKey(addr.Type().Underlying().(*types.Pointer).Elem())
	}
	return StoreKey{}
}

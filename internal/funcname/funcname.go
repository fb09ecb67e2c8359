// Package funcname names functions and methods the way privet's rules and
// catalog do: by package path, receiver type name and name.
package funcname

import "go/types"

// Receiver returns the name of the named type a method is declared on
// (pointer stripped, type arguments dropped), or "" for a function.
func Receiver(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t := t.(type) {
	case *types.Named:
		return t.Origin().Obj().Name()
	case *types.Alias:
		return t.Obj().Name()
	}
	return ""
}

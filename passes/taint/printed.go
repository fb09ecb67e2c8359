package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Printing calls. fmt's %v and %+v, log and a template's {{.}} print
// every field of a struct, json tags or not, while a whole value handed
// to anything else is counted as JSON would encode it (without its
// json:"-" fields, sourcetypes.go). A field hidden from the JSON API
// but printed into a webhook's text leaves all the same.

// printsFields reports whether fn prints its arguments with fmt's
// verbs: fmt's and log's print functions, and the templates' Execute.
func printsFields(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	name := fn.Name()
	switch fn.Pkg().Path() {
	case "fmt":
		return strings.Contains(name, "print") || strings.Contains(name, "Print") || name == "Errorf"
	case "log":
		return strings.Contains(name, "Print") || strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic")
	case "text/template", "html/template":
		return strings.HasPrefix(name, "Execute")
	}
	return false
}

// printedSources are the categories the printing call's arguments carry
// beyond what their JSON view counts: the json:"-" fields of the values
// boxed as its arguments (directly, or in its ...any slice).
func (st *fnState) printedSources(args []ssa.Value, at token.Pos) set {
	var out set
	add := func(v ssa.Value) {
		mi, ok := v.(*ssa.MakeInterface)
		if !ok {
			return
		}
		t := mi.X.Type()
		extra := st.a.types.printed(t).Minus(st.a.types.of(t))
		if extra.Empty() {
			return
		}
		name := typeName(t)
		o := newSource(name, st.a.types.printed(t), Step{Pos: at, What: "value of type " + name + " printed as a whole"})
		o.valueType = newWholeType(t)
		out, _ = out.union(set{o})
	}
	for _, a := range args {
		add(a)
		for _, v := range varargs(a) {
			add(v)
		}
	}
	return out
}

// varargs returns the values stored into the array behind a ...T
// argument built at the call (fmt.Sprintf("%v", a, b): a and b, boxed).
func varargs(a ssa.Value) []ssa.Value {
	sl, ok := a.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, ref := range *alloc.Referrers() {
		if ia, ok := ref.(*ssa.IndexAddr); ok {
			for _, r := range *ia.Referrers() {
				if s, ok := r.(*ssa.Store); ok && s.Addr == ia {
					out = append(out, s.Val)
				}
			}
		}
	}
	return out
}

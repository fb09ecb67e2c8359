package taint

import (
	"fmt"
	"go/token"
	"strings"
)

// exported returns a copy of s fit for a fact: positions, which mean
// nothing in another package's file set, become "file:line:col" text.
func exported(s *Summary, fset *token.FileSet, pkgPath string) *Summary {
	where := func(steps []Step) []Step {
		out := make([]Step, len(steps))
		for i, st := range steps {
			out[i] = Step{Where: st.Where, What: st.What}
			if st.Pos.IsValid() {
				out[i].Where = shortPosition(fset, st.Pos, pkgPath)
			}
		}
		return out
	}
	out := &Summary{}
	for _, f := range s.Flows {
		f.Trace = where(f.Trace)
		f.whole = nil
		out.Flows = append(out.Flows, f)
	}
	for _, k := range s.Sinks {
		k.Trace = where(k.Trace)
		k.pos = token.NoPos
		out.Sinks = append(out.Sinks, k)
	}
	for _, c := range s.Calls {
		c.Trace = where(c.Trace)
		out.Calls = append(out.Calls, c)
	}
	out.FuncStores = append(out.FuncStores, s.FuncStores...)
	for _, c := range s.Ifaces {
		c.Trace = where(c.Trace)
		out.Ifaces = append(out.Ifaces, c)
	}
	return out
}

// shortPosition renders a position as "pkgpath/file.go:line:col", which
// is the same on every machine (absolute file names are not).
func shortPosition(fset *token.FileSet, pos token.Pos, pkgPath string) string {
	p := fset.Position(pos)
	name := p.Filename
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	return fmt.Sprintf("%s/%s:%d:%d", pkgPath, name, p.Line, p.Column)
}

package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// The join at the wiring site. An interface call that no implementation
// in scope resolves stays pending in its function's summary, and callers
// resolve it at their calls (see ifacecalls.go). A service's handlers are
// not called, though, they are registered (http.HandleFunc(svc.Handle)),
// so data a handler reads from a source and passes to an interface finds
// no caller that sees the implementation. The package where the
// implementation meets the interface does: main, or the package that
// builds the service (&desk.Service{LLM: &oai.Client{}}). So a package
// under development exports, as a PendingCalls fact, the calls with
// source data that it and its imports left pending, and a package that
// converts a concrete type to such an interface reports, at the
// conversion, what that type's method sends.

// PendingCalls is the package fact listing the interface calls that
// receive data read from a source, in the package or the packages it
// imports, that nothing in their scope resolved. Only packages of the
// modules under development export it (see underDevelopment).
type PendingCalls struct {
	Calls []IfaceCall
}

// AFact marks PendingCalls as an analysis fact.
func (*PendingCalls) AFact() {}

func (p *PendingCalls) String() string {
	parts := appendTexts(nil, p.Calls, IfaceCall.String)
	return strings.Join(parts, " ")
}

// maxPending bounds the calls a PendingCalls fact lists, so that facts
// stay small on a service with many handlers.
const maxPending = 64

// pendingKey identifies a pending call by what a wiring site reports.
type pendingKey struct {
	pkg, typ, method string
	arg              int
	source, cats     string
}

func (c IfaceCall) pendingKey() pendingKey {
	return pendingKey{c.Pkg, c.Type, c.Method, c.Arg, c.Source, c.Cats.String()}
}

// importedPending lists the pending calls of the package's imports.
func (a *pkgAnalysis) importedPending() []IfaceCall {
	if !a.underDevelopment() {
		return nil
	}
	if a.imports != nil {
		return *a.imports
	}
	var out []IfaceCall
	for _, imp := range a.pass.Pkg.Imports() {
		var f PendingCalls
		if a.pass.ImportPackageFact(imp, &f) {
			out = append(out, f.Calls...)
		}
	}
	a.imports = &out // read by relevant, then by pending
	return out
}

// pending lists the calls this package leaves pending for its
// importers: its imports' and its own calls with source data, without
// those a call in this package resolved, once each, in a deterministic
// order.
func (a *pkgAnalysis) pending(funcs []*ssa.Function) []IfaceCall {
	var out []IfaceCall
	seen := map[pendingKey]bool{}
	add := func(c IfaceCall) {
		k := c.pendingKey()
		if seen[k] || a.resolved[k] || len(out) == maxPending {
			return
		}
		seen[k] = true
		out = append(out, c)
	}
	for _, c := range a.importedPending() {
		add(c)
	}
	for _, fn := range funcs {
		s := a.summaries[fn]
		if s == nil {
			continue
		}
		for _, c := range exported(&Summary{Ifaces: s.Ifaces}, a.pass.Fset, a.pass.Pkg.Path()).Ifaces {
			if c.From == FromSource {
				add(c)
			}
		}
	}
	return out
}

// exportPending exports the PendingCalls fact when there is something
// pending.
func (a *pkgAnalysis) exportPending(calls []IfaceCall) {
	if len(calls) > 0 && a.underDevelopment() {
		sortSummary(&Summary{Ifaces: calls})
		a.pass.ExportPackageFact(&PendingCalls{Calls: calls})
	}
}

// wire reports, at each conversion of a concrete type to an interface
// with pending calls, what the type's method sends of their data.
func (a *pkgAnalysis) wire(calls []IfaceCall) {
	if len(calls) == 0 {
		return
	}
	byIface := map[string][]IfaceCall{}
	for _, c := range calls {
		byIface[c.Pkg+"."+c.Type] = append(byIface[c.Pkg+"."+c.Type], c)
	}
	for _, fn := range a.funcs {
		var st *fnState
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				mi, ok := instr.(*ssa.MakeInterface)
				if !ok {
					continue
				}
				named, ok := types.Unalias(mi.Type()).(*types.Named)
				if !ok || named.Obj().Pkg() == nil {
					continue
				}
				pending := byIface[named.Obj().Pkg().Path()+"."+named.Obj().Name()]
				if len(pending) == 0 {
					continue
				}
				if st == nil {
					st = newFnState(a, fn)
				}
				st.wireAt(wiringPos(mi, fn), mi.X.Type(), pending)
			}
		}
		if st != nil {
			a.findings[fn] = append(a.findings[fn], st.findings.values()...)
		}
	}
}

// wireAt applies the methods of the concrete type t to the pending calls
// of the interface it is converted to at pos.
func (st *fnState) wireAt(pos token.Pos, t types.Type, pending []IfaceCall) {
	for _, c := range pending {
		obj, _, _ := types.LookupFieldOrMethod(t, true, st.a.lookupPackage(c.Pkg), c.Method)
		impl, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		in := set{newSourceTrace(c.Source, c.Cats, c.Trace)}
		st.sendToImpl(pos, c, impl, in, "wired here")
	}
}

// wiringPos is where a conversion is reported: the conversion itself
// when it is written, else the value converted (the call oai.New() or
// the composite literal), else the function.
func wiringPos(mi *ssa.MakeInterface, fn *ssa.Function) token.Pos {
	for _, p := range []token.Pos{mi.Pos(), mi.X.Pos()} {
		if p.IsValid() {
			return p
		}
	}
	for _, r := range *mi.Referrers() {
		if p := r.Pos(); p.IsValid() {
			return p
		}
	}
	return fn.Pos()
}

package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/goroot"
)

// Interface calls. A call through an interface method that is not itself
// a sink is resolved against the implementations in scope: the named
// types of this package and of its direct imports that implement the
// interface. Each implementation with a summary is applied as if it were
// called (its sinks, the flows to its results, the functions it calls);
// an implementation that is a sink of the catalog (an http.Client behind
// a Doer seam) is that sink.
//
// The implementations in scope are rarely all there are, so the call is
// also treated conservatively, with one exception that keeps receivers
// from inventing flows: for an interface of the user's code, what the
// receiver holds reaches the results only through the summaries of known
// implementations; when none is known, only through a method that takes
// no arguments (a getter such as Error or String), from a value whose
// type itself carries the categories (a Customer boxed in the
// interface), or from a parameter. A credential kept in the struct an
// interface hides (a client holding its API key) does not come back out
// of Transcribe(audio).

// maxImpls bounds the implementations whose summaries apply at an
// interface call (go-redis's Cmder has hundreds): beyond it, only their
// sinks apply, and the call is otherwise conservative.
var maxImpls = 8

// interfaceCall handles a call of an interface method that is none of
// the other callee kinds.
func (st *fnState) interfaceCall(pos token.Pos, c *callee, v *ssa.Call) {
	impls := st.a.implementations(c.obj)
	if len(impls) > maxImpls {
		st.a.limits.hit(limitImpls, st.fn)
		st.implSinks(pos, c, impls)
		st.conservative(pos, c, v)
		return
	}
	user := st.a.userInterface(c.obj)
	known, sends := false, false
	for _, impl := range impls {
		if sink := st.a.sinks.Func(impl); sink != nil {
			if user {
				via := Step{Pos: st.start(pos), What: "through " + funcName(c.obj) + " → " + funcName(impl) + " (an implementation in scope)"}
				st.directSink(pos, &callee{kind: sinkCallee, obj: impl, args: c.args, hasRecv: true, sink: sink}, via)
				known, sends = true, true
			}
			continue
		}
		if cats, ok := st.a.cfg.SourceFunc(impl); ok {
			// A policy source function called through an interface it
			// implements: its results are the source, as at a call of
			// the method itself.
			st.implSource(pos, c.obj, impl, cats, v)
			known = true
			continue
		}
		sum, ok := st.a.implSummary(impl, st.fn)
		if !ok {
			continue
		}
		known = true
		sends = sends || len(sum.Sinks) > 0
		if sum = st.a.viaInterface(sum); sum.Empty() {
			continue
		}
		name := funcName(c.obj) + " → " + funcName(impl)
		st.apply(application{at: st.start(pos), callPos: pos, callee: calleeRef{name: name, captured: -1, hasRecv: true, obj: impl},
			args: c.args, sum: sum, v: v, recv: recvType(impl)})
	}
	if sum, ok := st.a.importedSummary(c.obj); ok && len(sum.Sinks) > 0 && !sends {
		// The interface's package saw implementations that send (an
		// unexported one behind a constructor): see
		// exportInterfaceSinks. When an implementation in scope sends,
		// its summary said so already, naming it (godo's
		// DropletsServiceOp.Create behind DropletsService.Create): the
		// interface's own account would report the call twice.
		st.apply(application{at: st.start(pos), callPos: pos, callee: declaredRef(c.obj, true), args: c.args, sum: sum})
		sends = true
	}
	if user && !sends {
		st.pendingIfaceCall(pos, c.obj, c.args)
	}
	recv := recvAll
	switch {
	case user && known:
		recv = recvNone
	case user:
		recv = recvAssumed
	}
	st.conservativeRecv(pos, c, v, recv)
}

// implSource gives the results of an interface call v what the policy
// source function impl, an implementation in scope, returns.
func (st *fnState) implSource(pos token.Pos, m, impl *types.Func, cats category.Set, v *ssa.Call) {
	if v == nil {
		return
	}
	name := funcName(impl)
	st.addVal(v, set{newSource(name, cats, Step{Pos: st.start(pos), What: "returned by " + funcName(m) + " → " + name})})
}

// implSinks applies the sinks of implementations, and nothing else of
// them, at an interface call.
func (st *fnState) implSinks(pos token.Pos, c *callee, impls []*types.Func) {
	for _, impl := range impls {
		if sum, ok := st.a.implSummary(impl, st.fn); ok && len(sum.Sinks) > 0 {
			st.apply(application{at: st.start(pos), callPos: pos, callee: declaredRef(impl, true), args: c.args, sum: &Summary{Sinks: sum.Sinks}})
		}
	}
}

// viaInterface is the part of an implementation's summary that applies
// at a call through the interface: what it does with what it is given.
// What it reads from a source itself is left out, since the call may
// reach another implementation (one Stringer in scope returning
// Customer.Email does not make every s.String() sensitive).
func (a *pkgAnalysis) viaInterface(s *Summary) *Summary {
	if !s.hasSource() {
		return s
	}
	if v, ok := a.viaIface[s]; ok {
		return v
	}
	v := &Summary{Sinks: s.Sinks, FuncStores: s.FuncStores}
	for _, c := range s.Ifaces {
		if c.From != FromSource {
			v.Ifaces = append(v.Ifaces, c)
		}
	}
	for _, f := range s.Flows {
		if f.From != FromSource {
			v.Flows = append(v.Flows, f)
		}
	}
	for _, c := range s.Calls {
		if c.From != FromSource {
			v.Calls = append(v.Calls, c)
		}
	}
	if a.viaIface == nil {
		a.viaIface = map[*Summary]*Summary{}
	}
	a.viaIface[s] = v
	return v
}

// exportInterfaceSinks exports, on each method of the package's
// interfaces, the sinks its implementations in scope send their
// arguments to, as a Summary fact: importers that call the interface see
// them even when the implementation is unexported (conv.Codec and its
// conv.remote behind NewRemote) or in a package they do not import.
func (a *pkgAnalysis) exportInterfaceSinks() {
	for _, m := range a.interfaceSinks() {
		s := Summary{Sinks: m.sinks}
		sortSummary(&s)
		a.pass.ExportObjectFact(m.method, exported(&s, a.pass.Fset, a.pass.Pkg.Path()))
	}
}

// ifaceSinks are the sinks an interface method's implementations send
// its arguments to.
type ifaceSinks struct {
	method *types.Func
	sinks  []SinkFlow
}

// interfaceSinks lists, for each method of the package's interfaces
// that is not a sink itself, the sinks its implementations in scope send
// their arguments to, in the order of the package's scope.
func (a *pkgAnalysis) interfaceSinks() []ifaceSinks {
	var out []ifaceSinks
	scope := a.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		iface, ok := named.Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := 0; i < iface.NumExplicitMethods(); i++ {
			m := iface.ExplicitMethod(i)
			if a.sinks.Func(m) != nil {
				continue
			}
			var ks []SinkFlow
			seen := map[sinkFlowKey]bool{}
			for _, impl := range a.implementations(m) {
				sum, ok := a.importedOrLocal(impl)
				if !ok {
					continue
				}
				via := Step{Pos: impl.Pos(), What: "→ " + funcName(impl) + " (an implementation of " + funcName(m) + ")"}
				for _, k := range sum.Sinks {
					key := sinkFlowKey{k.Param, k.Path, k.Cleared.String(), k.Sink.Display}
					if k.Param > 0 && !seen[key] {
						seen[key] = true
						k.Trace = append([]Step{via}, k.Trace...)
						ks = append(ks, k)
					}
				}
			}
			if len(ks) > 0 {
				out = append(out, ifaceSinks{m, ks})
			}
		}
	}
	return out
}

// recvType is the receiver type of a method.
func recvType(m *types.Func) types.Type {
	return m.Type().(*types.Signature).Recv().Type()
}

// userInterface reports whether m is a method of an interface declared
// in the user's code: not the standard library (error, io.Writer,
// fmt.Stringer have implementations everywhere) and not an SDK of the
// catalog.
func (a *pkgAnalysis) userInterface(m *types.Func) bool {
	p := m.Pkg()
	return p != nil && !goroot.IsStdPackage(a.pass.Fset, p) && !a.sinks.InCatalogModule(p.Path())
}

// implSummary returns the summary of an implementation, as summaryOf
// does: reading the summary of a method of this package makes caller
// depend on it, so that caller is analysed again when it grows (the
// implementation may delegate to a helper analysed after caller).
func (a *pkgAnalysis) implSummary(impl *types.Func, caller *ssa.Function) (*Summary, bool) {
	if impl.Pkg() == a.pass.Pkg {
		fn := a.ssaPkg.Prog.FuncValue(impl)
		if fn == nil || fn.Blocks == nil {
			return nil, false
		}
		return a.summaryOf(fn, caller)
	}
	return a.importedSummary(impl)
}

// implementations returns the methods, among the named types of this
// package and its direct imports, that implement an interface method.
// The candidates are indexed by method name once per package, so each
// interface method only checks the types that have a method of its name.
func (a *pkgAnalysis) implementations(m *types.Func) []*types.Func {
	if impls, ok := a.impls[m]; ok {
		return impls
	}
	if a.methodsByName == nil {
		a.indexMethods()
	}
	var impls []*types.Func
	if iface, ok := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface); ok {
		for _, c := range a.methodsByName[m.Name()] {
			if types.Implements(c.recv, iface) {
				impls = append(impls, c.fn)
			}
		}
	}
	a.impls[m] = impls
	return impls
}

// candidate is a concrete method and the receiver type whose method set
// holds it.
type candidate struct {
	recv types.Type
	fn   *types.Func
}

// indexMethods lists the methods of the non-generic named types declared
// in this package and its direct imports, by name.
func (a *pkgAnalysis) indexMethods() {
	a.methodsByName = map[string][]candidate{}
	for _, p := range append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || named.TypeParams().Len() > 0 {
				continue
			}
			ptr := types.NewPointer(named)
			mset := types.NewMethodSet(ptr)
			for i := 0; i < mset.Len(); i++ {
				fn, ok := mset.At(i).Obj().(*types.Func)
				if !ok {
					continue
				}
				recv := types.Type(ptr)
				if _, isPtr := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); !isPtr && !mset.At(i).Indirect() {
					recv = named
				}
				a.methodsByName[fn.Name()] = append(a.methodsByName[fn.Name()], candidate{recv, fn})
			}
		}
	}
}

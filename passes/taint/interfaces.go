package taint

import (
	"go/token"
	"go/types"
)

// Interface calls. A call through an interface method that is not itself
// a sink is a sink where an implementation in scope (a named type of this
// package or of its direct imports) sends what it is given; the data it
// returns is unknown, so the call is also treated conservatively.

// interfaceSinks applies, at an interface call, the sinks of every
// implementation in scope.
func (st *fnState) interfaceSinks(pos token.Pos, c *callee) {
	for _, impl := range st.a.implementations(c.obj) {
		if sum, known := st.a.importedOrLocal(impl); known && len(sum.Sinks) > 0 {
			only := &Summary{Sinks: sum.Sinks}
			st.apply(application{at: st.start(pos), callPos: pos, callee: declaredRef(impl, true), args: c.args, sum: only})
		}
	}
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

package taint

import "go/types"

// relevant reports whether the package can hold a source or reach a
// sink, judged from the type checker's records alone: it names a sink, a
// sanitizer, or a function whose summary sends or returns sensitive data;
// or it calls a method of an interface of the user's code with arguments
// and no implementation in scope (its callers may see one, see
// ifacecalls.go); or it has an expression whose type carries sensitive
// data; or it reads a field of such a type. A package that is not relevant takes the fast
// path: it is not analysed, and callers treat its functions
// conservatively, which is exact for pass-through code.
func (a *pkgAnalysis) relevant() bool {
	info := a.pass.TypesInfo
	for _, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if a.sinks.Func(fn) != nil {
			return true
		}
		if _, ok := a.ann.SanitizerCategories(fn); ok || builtinSanitizer(fn) {
			return true
		}
		if _, ok := a.cfg.Sanitizer(fn); ok {
			return true
		}
		if _, ok := a.cfg.SourceFunc(fn); ok {
			return true
		}
		if a.wiredElsewhere(fn) {
			return true
		}
		if fn.Pkg() != a.pass.Pkg {
			// Parameter-to-result flows alone make nothing sensitive:
			// only a callee that sends or returns a source matters.
			if s, ok := a.importedSummary(fn); ok && (len(s.Sinks) > 0 || len(s.Ifaces) > 0 || s.hasSource()) {
				return true
			}
		}
	}
	for _, tv := range info.Types {
		if tv.Type != nil && !a.types.of(tv.Type).Empty() {
			return true
		}
	}
	for _, def := range info.Defs {
		if v, ok := def.(*types.Var); ok && !a.types.of(v.Type()).Empty() {
			return true
		}
	}
	return false
}

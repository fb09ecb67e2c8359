package taint

import (
	"go/token"
	"go/types"
)

// relevant reports whether the package can hold a source or reach a
// sink, judged from the type checker's records alone, and why: it names
// a sink, a sanitizer (a built-in one only in a module under
// development, see underDevelopment), or a function whose summary sends
// or returns sensitive data; or it has an expression whose type carries sensitive
// data; or it reads a field of such a type. A package that is not
// relevant takes the fast path: its SSA is not even built, it is not
// analysed, and callers treat its functions conservatively, which is
// exact for pass-through code. The reason names the first such thing
// met, in a deterministic order (privet -v, bench/pkgcost.sh).
func (a *pkgAnalysis) relevant() (why string, ok bool) {
	info := a.pass.TypesInfo
	// The reasons are kept by position (a package's files are added to
	// the file set in order, so token.Pos orders them deterministically),
	// and a reason's text is made only when it is the first.
	var sends first
	panics := a.sinks.Panic() != nil
	for id, obj := range info.Uses {
		if fn, ok := obj.(*types.Func); ok && sends.before(id.Pos()) {
			if reason := a.callReason(fn); reason != "" {
				sends.set(id.Pos(), reason)
			}
		} else if b, ok := obj.(*types.Builtin); ok && panics && b.Name() == "panic" && sends.before(id.Pos()) {
			sends.set(id.Pos(), "calls panic, a sink under the policy (enable: [panic])")
		}
	}
	if sends.ok() || a.sdk {
		// A catalog SDK's package matters only for what it sends.
		return sends.why, sends.ok()
	}
	if calls := a.importedPending(); len(calls) > 0 {
		// A wiring site may be here (see wiring.go).
		return "imports calls of " + calls[0].name() + " with data from a source that no implementation in scope resolved", true
	}
	// A variable of a sensitive type names the data better than the
	// first expression of one (often the type's own declaration).
	var declares first
	for id, def := range info.Defs {
		if v, ok := def.(*types.Var); ok && declares.before(id.Pos()) && !a.types.of(v.Type()).Empty() {
			declares.set(id.Pos(), "declares "+v.Name()+" of the sensitive type "+v.Type().String())
		}
	}
	if declares.ok() {
		return declares.why, true
	}
	var typed first
	for e, tv := range info.Types {
		if tv.Type != nil && typed.before(e.Pos()) && !a.types.of(tv.Type).Empty() {
			typed.set(e.Pos(), "has values of the sensitive type "+tv.Type.String())
		}
	}
	return typed.why, typed.ok()
}

// callReason says why a call of fn makes the package relevant, or "".
func (a *pkgAnalysis) callReason(fn *types.Func) string {
	switch {
	case a.sinks.Func(fn) != nil:
		return "calls the sink " + fn.FullName()
	case a.derivedSink(fn) != nil:
		return "calls " + fn.FullName() + ", a sink by its SDK's code"
	case builtinSanitizer(fn) && a.underDevelopment():
		return "calls the sanitizer " + fn.FullName()
	}
	if _, ok := a.cfg.SourceFunc(fn); ok {
		return "calls the source function " + fn.FullName()
	}
	if _, ok := a.ann.SanitizerCategories(fn); ok {
		return "calls the sanitizer " + fn.FullName()
	}
	if _, ok := a.cfg.Sanitizer(fn); ok {
		return "calls the sanitizer " + fn.FullName()
	}
	if a.wiredElsewhere(fn) {
		return "calls " + fn.FullName() + " with no implementation in scope"
	}
	if fn.Pkg() != a.pass.Pkg {
		// Parameter-to-result flows alone make nothing sensitive: only
		// a callee that sends, returns a source or keeps an interface
		// call pending matters.
		if s, ok := a.importedSummary(fn); ok && (len(s.Sinks) > 0 || len(s.Ifaces) > 0 || s.hasSource()) {
			return "calls " + fn.FullName() + ", which sends or returns sensitive data"
		}
	}
	return ""
}

// first is the first reason met, by position.
type first struct {
	pos token.Pos
	why string
}

func (f *first) ok() bool                      { return f.why != "" }
func (f *first) before(pos token.Pos) bool     { return !f.ok() || pos < f.pos }
func (f *first) set(pos token.Pos, why string) { f.pos, f.why = pos, why }

// underDevelopment reports whether the package belongs to a module
// without a version: the main module, a workspace module or a local
// replacement, not a dependency from the module cache or vendor
// directory. A call of a built-in sanitizer (a digest, an AEAD seal)
// makes only such packages relevant: the user's own hashing helpers
// must have summaries that say their results are clean, but in
// dependencies such calls are crypto and protocol internals (quic-go,
// x/crypto, validator) that would be analysed for nothing. A
// dependency's helper that only hashes its argument is then
// pass-through for its callers: a possible false report, never a missed
// one (a sanitizer rule in the policy names it). The module version is
// an input of the package under go vet, so results stay a function of
// the package's inputs.
func (a *pkgAnalysis) underDevelopment() bool {
	return a.pass.Module == nil || a.pass.Module.Version == ""
}

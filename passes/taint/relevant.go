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
	var sends, typed string
	var sendsAt token.Position
	for id, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		reason := ""
		switch {
		case a.sinks.Func(fn) != nil:
			reason = "calls the sink " + fn.FullName()
		case builtinSanitizer(fn) && a.underDevelopment():
			reason = "calls the sanitizer " + fn.FullName()
		}
		if _, ok := a.cfg.SourceFunc(fn); ok && reason == "" {
			reason = "calls the source function " + fn.FullName()
		}
		if _, ok := a.ann.SanitizerCategories(fn); ok && reason == "" {
			reason = "calls the sanitizer " + fn.FullName()
		}
		if _, ok := a.cfg.Sanitizer(fn); ok && reason == "" {
			reason = "calls the sanitizer " + fn.FullName()
		}
		if reason == "" && fn.Pkg() != a.pass.Pkg {
			// Parameter-to-result flows alone make nothing sensitive:
			// only a callee that sends or returns a source matters.
			if s, ok := a.importedSummary(fn); ok && (len(s.Sinks) > 0 || s.hasSource()) {
				reason = "calls " + fn.FullName() + ", which sends or returns sensitive data"
			}
		}
		if reason == "" {
			continue
		}
		if at := a.pass.Fset.Position(id.Pos()); sends == "" || before(at, sendsAt) {
			sends, sendsAt = reason, at
		}
	}
	if sends != "" {
		return sends, true
	}
	for _, tv := range info.Types {
		if tv.Type != nil && !a.types.of(tv.Type).Empty() {
			if s := "has values of the sensitive type " + tv.Type.String(); typed == "" || s < typed {
				typed = s
			}
		}
	}
	for _, def := range info.Defs {
		if v, ok := def.(*types.Var); ok && !a.types.of(v.Type()).Empty() {
			if s := "declares " + v.Name() + " of the sensitive type " + v.Type().String(); typed == "" || s < typed {
				typed = s
			}
		}
	}
	return typed, typed != ""
}

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

// before orders positions by file, line and column.
func before(p, q token.Position) bool {
	if p.Filename != q.Filename {
		return p.Filename < q.Filename
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Column < q.Column
}

package analyzers

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/funcname"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

// unmatchedRules warns about policy source rules that name this package
// exactly but match nothing in it: a misspelt type or field would
// otherwise silently protect nothing. The warning is reported at the rule
// in the policy file.
func unmatchedRules(pass *analysis.Pass, cfg *config.Config) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	var file *token.File
	at := func(p config.Position) token.Pos {
		if file == nil {
			data, err := os.ReadFile(cfg.File)
			if err != nil {
				return token.NoPos
			}
			file = pass.Fset.AddFile(cfg.File, -1, len(data))
			file.SetLinesForContent(data)
		}
		if p.Line < 1 || p.Line > file.LineCount() {
			return token.NoPos
		}
		return file.LineStart(p.Line) + token.Pos(p.Col-1)
	}
	warn := func(p config.Position, format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		if pos := at(p); pos.IsValid() {
			out = append(out, analysis.Diagnostic{Pos: pos, Category: "policy", Message: msg})
		} else if len(pass.Files) > 0 {
			// A policy that is no file (golangci-lint's inline
			// settings, -privet.policy): at the package clause, naming
			// the rule's place in the policy's text.
			out = append(out, analysis.Diagnostic{Pos: pass.Files[0].Package, Category: "policy",
				Message: fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, msg)})
		}
	}
	for i := range cfg.Sinks {
		r := &cfg.Sinks[i]
		if !exactPackage(pass, r.Func) {
			continue
		}
		fns := matching(pass.Pkg, r.Func)
		if len(fns) == 0 {
			warn(r.Pos, "sink rule matches nothing: package %s has no %s", pass.Pkg.Path(), describe(r.Func))
			continue
		}
		for j, a := range r.Args {
			if !slices.ContainsFunc(fns, func(fn *types.Func) bool { return config.ArgFits(fn, a) }) {
				warn(r.ArgsPos[j], "args: %d names no argument of %s: the rule reports nothing through it (0 is the first argument after the receiver, -1 the receiver)", a, arities(fns))
			}
		}
		// First rule wins: a rule every function of which an earlier
		// rule takes never applies.
		var first *config.SinkRule
		shadowed := true
		for _, fn := range fns {
			if !r.Fits(fn) {
				continue
			}
			w := cfg.Sink(fn)
			if w == r || w == nil {
				shadowed = false
				break
			}
			first = w
		}
		if shadowed && first != nil {
			warn(r.Pos, "sink rule never applies: the rule at line %d matches %s first", first.Pos.Line, funcNames(fns))
		}
	}
	for _, r := range cfg.Sanitizers {
		if exactPackage(pass, r.Func) && len(matching(pass.Pkg, r.Func)) == 0 {
			warn(r.Pos, "sanitizer rule matches nothing: package %s has no %s", pass.Pkg.Path(), describe(r.Func))
		}
	}
	// from: and packages: entries naming a function of this package.
	var scopes []config.ScopeEntry
	for _, r := range slices.Concat(cfg.Allow, cfg.Deny, cfg.Require) {
		scopes = append(scopes, r.From...)
	}
	for _, r := range cfg.Access {
		scopes = append(scopes, r.Readers...)
	}
	for _, e := range scopes {
		if e.Func != nil && exactPackage(pass, *e.Func) && len(matching(pass.Pkg, *e.Func)) == 0 {
			warn(e.Pos, "%s names no function: package %s has no %s", config.Quote(e.Text), pass.Pkg.Path(), describe(*e.Func))
		}
	}
	for _, r := range cfg.Sources {
		if r.Function != nil || r.TagKey != "" || r.Package.IsRegexp() || r.Package.Text != pass.Pkg.Path() || r.Type.IsRegexp() {
			continue
		}
		tn, ok := pass.Pkg.Scope().Lookup(r.Type.Text).(*types.TypeName)
		if !ok {
			warn(r.Pos, "source rule matches nothing: package %s has no type %s", pass.Pkg.Path(), r.Type.Text)
			continue
		}
		st, _ := tn.Type().Underlying().(*types.Struct)
		for _, f := range r.Fields {
			if !hasField(st, f) {
				warn(r.Pos, "source rule matches nothing: type %s.%s has no field %s", pass.Pkg.Name(), tn.Name(), f)
			}
		}
	}
	return out
}

func hasField(st *types.Struct, name string) bool {
	if st == nil {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return true
		}
	}
	return false
}

// exactPackage reports whether a rule names the package under analysis
// exactly (rules naming packages by regexp are not checked).
func exactPackage(pass *analysis.Pass, fp config.FuncPattern) bool {
	return !fp.Package.IsRegexp() && fp.Package.Text == pass.Pkg.Path()
}

// matching lists the functions and methods (interface methods included)
// declared in pkg that fp matches, in a deterministic order.
func matching(pkg *types.Package, fp config.FuncPattern) []*types.Func {
	var out []*types.Func
	add := func(fn *types.Func) {
		if fp.Match(fn) {
			out = append(out, fn)
		}
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.Func:
			add(obj)
		case *types.TypeName:
			if obj.IsAlias() {
				continue
			}
			named, ok := obj.Type().(*types.Named)
			if !ok {
				continue
			}
			for i := 0; i < named.NumMethods(); i++ {
				add(named.Method(i))
			}
			if it, ok := named.Underlying().(*types.Interface); ok {
				for i := 0; i < it.NumExplicitMethods(); i++ {
					add(it.ExplicitMethod(i))
				}
			}
		}
	}
	return out
}

// describe names what a function pattern looks for: "method Send",
// "method Ask of Asker", "function /^Send/".
func describe(fp config.FuncPattern) string {
	s := "function or method " + fp.Method.Text
	if fp.NoReceiver {
		s = "function " + fp.Method.Text
	}
	if fp.Receiver.Text != "" {
		s = "method " + fp.Method.Text + " of " + fp.Receiver.Text
	}
	return s
}

// arities says how many arguments the functions take: "llm.Send (2
// parameters)", "llm.Client.Ask, llm.Asker.Ask (1 parameter each)".
func arities(fns []*types.Func) string {
	var parts []string
	for i, fn := range fns {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(fns)-3))
			break
		}
		n := fn.Type().(*types.Signature).Params().Len()
		unit := "parameters"
		if n == 1 {
			unit = "parameter"
		}
		parts = append(parts, fmt.Sprintf("%s (%d %s)", shortName(fn), n, unit))
	}
	return strings.Join(parts, ", ")
}

// funcNames names up to three functions.
func funcNames(fns []*types.Func) string {
	var parts []string
	for i, fn := range fns {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(fns)-3))
			break
		}
		parts = append(parts, shortName(fn))
	}
	return strings.Join(parts, ", ")
}

// shortName is "llm.Send" or "llm.Client.Ask".
func shortName(fn *types.Func) string {
	name := fn.Name()
	if r := funcname.Receiver(fn); r != "" {
		name = r + "." + name
	}
	return fn.Pkg().Name() + "." + name
}

// reportDenied reports the categories of a finding that a deny rule
// forbids, at the sink call, in the category "deny", naming the rule and
// its reason; a //privet:ignore on the flow cannot lift it and is itself
// reported, so the directive does not stay behind looking effective.
func reportDenied(pass *analysis.Pass, ann *annotations.Result, f taint.Finding, denied category.Set, rule *config.DenyRule) {
	f.Cats = denied
	d := Diagnostic(f)
	d.Category = "deny"
	d.Message = fmt.Sprintf("%s data (%s) reaches %s (%s), which the policy denies: %s (%s)",
		f.Cats, f.Source, sinks.KindPhrase(f.Sink.Kind), f.Sink.Display, rule.Reason, ruleAt(rule.Pos))
	pass.Report(d)
	if at := ignoreDirective(pass, ann, f); at.IsValid() {
		pass.Report(analysis.Diagnostic{Pos: at, Category: "deny",
			Message: fmt.Sprintf("//privet:ignore cannot suppress a flow the policy denies: %s data to %s (%s)", f.Cats, sinks.KindPhrase(f.Sink.Kind), ruleAt(rule.Pos))})
	}
}

// ruleAt names a rule of the policy in a message: the policy file's base
// name and the rule's line (the path would differ between machines).
func ruleAt(p config.Position) string {
	return fmt.Sprintf("%s:%d", filepath.Base(p.File), p.Line)
}

// splitCleaned separates the categories of a finding that are raw from
// those a sanitizer cleaned and the engine kept, marked with its name,
// for a deny or require rule to decide.
func splitCleaned(cats category.Set) (raw, cleaned category.Set) {
	for _, n := range cats {
		if _, by := category.Split(n); by != "" {
			cleaned = append(cleaned, n)
		} else {
			raw = append(raw, n)
		}
	}
	return raw, cleaned
}

// bases are the categories of marked names.
func bases(cleaned category.Set) category.Set {
	var out []string
	for _, n := range cleaned {
		c, _ := category.Split(n)
		out = append(out, c)
	}
	return category.Of(out...)
}

// withoutBases drops the marked names of some categories.
func withoutBases(cleaned, cats category.Set) category.Set {
	var out category.Set
	for _, n := range cleaned {
		if c, _ := category.Split(n); !cats.Has(c) {
			out = append(out, n)
		}
	}
	return out
}

// reportMisSanitized reports the categories of a finding that a
// sanitizer cleaned but that a require rule wants cleaned by another one
// for this sink, naming the sanitizers that count; an allow rule for the
// flow lifts it as it lifts a raw one. A category cleaned by a sanitizer
// that counts, or for which no rule requires one, is clean.
func reportMisSanitized(pass *analysis.Pass, cfg *config.Config, f taint.Finding, cleaned category.Set, dest config.Dest, at config.Place) {
	var cats category.Set
	var used []string
	var rule *config.RequireRule
	for _, n := range cleaned {
		c, by := category.Split(n)
		r := cfg.Required(c, dest, at)
		if r == nil || r.Counts(by) || cfg.AllowedAt(category.Of(c), dest, at).Empty() {
			continue
		}
		if rule == nil {
			rule = r
		}
		cats = cats.Union(category.Of(c))
		if s := shortFunc(by); !slices.Contains(used, s) {
			used = append(used, s)
		}
	}
	if rule == nil {
		return
	}
	required := make([]string, len(rule.Sanitizers))
	for i, s := range rule.Sanitizers {
		required[i] = shortFunc(s.Text)
	}
	f.Cats = cats
	d := Diagnostic(f)
	d.Message = fmt.Sprintf("%s data (%s) reaches %s (%s) cleaned by %s, but the policy requires %s there (%s)",
		cats, f.Source, sinks.KindPhrase(f.Sink.Kind), f.Sink.Display, strings.Join(used, ", "), strings.Join(required, " or "), ruleAt(rule.Pos))
	pass.Report(d)
}

// shortFunc is a function name as written in a policy, without the
// package path's directories: example.com/shop/geo.Coarsen is
// geo.Coarsen.
func shortFunc(name string) string { return name[strings.LastIndex(name, "/")+1:] }

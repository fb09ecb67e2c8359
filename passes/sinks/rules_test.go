package sinks

import (
	"go/types"
	"slices"
	"testing"
)

// TestRules checks the family rules against the SDK stubs: each rule finds
// sinks in every stubbed major of its family's modules, names them by the
// client's fields, and agrees on the payload with any entry for the same
// method (the entry wins, so a disagreement would go unnoticed).
func TestRules(t *testing.T) {
	testdata, src := stubTree(t)
	var patterns []string
	for _, fam := range Builtin() {
		if len(fam.Rules) == 0 {
			continue
		}
		for _, m := range fam.Modules {
			for _, n := range StubbedMajors(src, m) {
				patterns = append(patterns, Versioned(m, m, n)+"/...")
			}
		}
	}
	pkgs := loadStubs(t, testdata, patterns...)
	m := NewMatcher(Builtin(), nil, nil)
	found := map[string]map[int][]string{} // module root -> major -> displays
	for _, p := range pkgs {
		root, base, major := m.roots.split(p.PkgPath)
		fam := m.index.families[root]
		if fam == nil || len(fam.Rules) == 0 || p.Types == nil {
			continue
		}
		for _, fn := range funcsAndMethods(p.Types) {
			s := ruleSink(fam, fn, root, base)
			if s == nil {
				continue
			}
			if found[root] == nil {
				found[root] = map[int][]string{}
			}
			found[root][major] = append(found[root][major], s.Display)
			if e := m.byKey[key(base, ReceiverName(fn), fn.Name())]; e != nil && !slices.Equal(e.Args, s.Args) {
				t.Errorf("%s (%s): the entry's payload %v differs from the rule's %v", e.Display, p.PkgPath, e.Args, s.Args)
			}
		}
	}
	for _, fam := range Builtin() {
		for _, r := range fam.Rules {
			if r.Receiver == "" && r.Package == "" || r.Param == "" {
				t.Errorf("family %s: rule %+v must name a receiver or a package, and a param pattern", fam.Name, r)
			}
		}
		for _, mod := range fam.Modules {
			for _, n := range StubbedMajors(src, mod) {
				if len(fam.Rules) > 0 && len(found[mod][n]) == 0 {
					t.Errorf("family %s: the rules find no sink in %s", fam.Name, Versioned(mod, mod, n))
				}
			}
		}
	}
	for _, want := range []struct {
		root    string
		major   int
		display string
	}{
		{"github.com/stripe/stripe-go", 85, "stripe V1Products.Create"},
		{"github.com/stripe/stripe-go", 85, "stripe V1Accounts.Create"},
		{"github.com/stripe/stripe-go", 85, "stripe V1Customers.Search"},
		{"github.com/stripe/stripe-go", 84, "stripe customer.Client.New"},
		{"github.com/stripe/stripe-go", 85, "stripe customer.Get"},
		{"github.com/openai/openai-go", 3, "openai Audio.Transcriptions.New"},
		{"github.com/openai/openai-go", 3, "openai Beta.Threads.Runs.New"},
		{"github.com/openai/openai-go", 3, "openai responses.ResponseService.New"},
		{"github.com/anthropics/anthropic-sdk-go", 2, "anthropic Beta.Messages.New"},
		{"github.com/anthropics/anthropic-sdk-go", 2, "anthropic Messages.CountTokens"},
	} {
		if !slices.Contains(found[want.root][want.major], want.display) {
			t.Errorf("the rules do not find %s in %s (found %v)", want.display, Versioned(want.root, want.root, want.major), found[want.root][want.major])
		}
	}
}

// funcsAndMethods lists the package's functions and the methods
// declared on its named types.
func funcsAndMethods(pkg *types.Package) []*types.Func {
	var out []*types.Func
	for _, name := range pkg.Scope().Names() {
		if fn, ok := pkg.Scope().Lookup(name).(*types.Func); ok {
			out = append(out, fn)
		}
		tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok {
			for i := range named.NumMethods() {
				out = append(out, named.Method(i))
			}
		}
	}
	return out
}

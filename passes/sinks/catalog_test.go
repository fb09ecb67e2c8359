package sinks

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/passes/config"
)

// TestKinds checks the table of sink kinds and what is derived from it.
func TestKinds(t *testing.T) {
	seen := map[Kind]bool{}
	for _, info := range Kinds {
		if info.Kind == "" || seen[info.Kind] || info.Kind != Kind(strings.ToLower(string(info.Kind))) {
			t.Errorf("kind %q: empty, duplicated or not lower case", info.Kind)
		}
		seen[info.Kind] = true
		if !strings.HasPrefix(info.Phrase, "a") || strings.Contains(info.Phrase, " sink") {
			t.Errorf("kind %s: phrase %q must read \"reaches <phrase>\" and differ from a custom kind's", info.Kind, info.Phrase)
		}
		if got := KindPhrase(info.Kind); got != info.Phrase {
			t.Errorf("KindPhrase(%s) = %q, want %q", info.Kind, got, info.Phrase)
		}
		if !KnownKind(info.Kind) {
			t.Errorf("KnownKind(%s) = false", info.Kind)
		}
		if err := CheckPolicy(&config.Config{Allow: []config.AllowRule{{Categories: []string{"pii"}, Sink: string(info.Kind)}}}); err != nil {
			t.Errorf("a policy allowing kind %s: %v", info.Kind, err)
		}
	}
	if got := KindPhrase("billing"); got != "a billing sink" || KnownKind("billing") {
		t.Errorf("custom kind: KindPhrase = %q, KnownKind = %v", got, KnownKind("billing"))
	}
	const want = "ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash"
	if got := KindList(); got != want {
		t.Errorf("KindList() = %q, want %q", got, want)
	}
}

// TestCatalogWellFormed checks the shape of every family and entry of the
// built-in catalog.
func TestCatalogWellFormed(t *testing.T) {
	seen := map[string]string{}
	names := map[string]bool{}
	for _, fam := range Builtin() {
		if fam.Name == "" || names[fam.Name] {
			t.Errorf("family name %q empty or duplicated", fam.Name)
		}
		names[fam.Name] = true
		if !KnownKind(fam.Kind) {
			t.Errorf("family %s: kind %q is not in Kinds", fam.Name, fam.Kind)
		}
		std := fam.Name == "net/http"
		switch {
		case len(fam.Entries) == 0 && (len(fam.Hosts) == 0 || len(fam.Modules) > 0):
			// A family without entries is a service known by its
			// hosts only (catalog_aiapis.go).
			t.Errorf("family %s: no entries, and not a family of hosts only", fam.Name)
		case len(fam.Entries) > 0 && len(fam.Modules) == 0 && !std:
			t.Errorf("family %s: entries but no modules", fam.Name)
		}
		for _, m := range fam.Modules {
			if !Unversioned(m) {
				t.Errorf("family %s: module %s carries a major suffix; name it without, so that it covers every major", fam.Name, m)
			}
			if !slices.ContainsFunc(fam.Entries, func(e Entry) bool { return e.Package == m || strings.HasPrefix(e.Package, m+"/") }) {
				t.Errorf("family %s: module %s has no entry", fam.Name, m)
			}
		}
		if fam.Optional != (fam.Kind == KindRPC) {
			t.Errorf("family %s: optional %v; only the rpc families are optional", fam.Name, fam.Optional)
		}
		for _, e := range fam.Entries {
			where := fam.Name + ": " + e.Package + "." + e.Receiver + "." + e.Name
			if e.Package == "" || e.Name == "" || e.Display == "" {
				t.Errorf("%s: empty Package, Name or Display: %+v", where, e)
			}
			if !strings.HasPrefix(e.Display, fam.Name+" ") && !std {
				t.Errorf("%s: display %q does not start with the family name", where, e.Display)
			}
			if len(e.Args) == 0 {
				t.Errorf("%s: no payload arguments listed", where)
			}
			for i, a := range e.Args {
				if a < -1 || (i > 0 && a <= e.Args[i-1]) {
					t.Errorf("%s: args %v must be increasing, from -1 (the receiver) up", where, e.Args)
				}
				if a == -1 && e.Receiver == "" {
					t.Errorf("%s: arg -1 names the receiver of a function", where)
				}
			}
			switch {
			case fam.Kind != KindHTTP && e.URLArg != -1:
				t.Errorf("%s: URLArg %d, want -1 (only http sinks name a URL)", where, e.URLArg)
			case fam.Kind == KindHTTP && (e.URLArg < -1 || e.URLArg >= 0 && !slices.Contains(e.Args, e.URLArg)):
				t.Errorf("%s: URLArg %d must be -1 or one of the payload args %v", where, e.URLArg, e.Args)
			}
			if !std && !slices.ContainsFunc(fam.Modules, func(m string) bool {
				return e.Package == m || strings.HasPrefix(e.Package, m+"/")
			}) {
				t.Errorf("%s: package outside the family's modules %v", where, fam.Modules)
			}
			k := key(e.Package, e.Receiver, e.Name)
			if prev, ok := seen[k]; ok {
				t.Errorf("%s: duplicate entry (also %q)", where, prev)
			}
			seen[k] = e.Display
		}
	}
}

// TestCatalogOptional checks that optional families stay out of the
// default matcher.
func TestCatalogOptional(t *testing.T) {
	m := NewMatcher(Builtin(), nil, nil)
	for _, fam := range Builtin() {
		for _, e := range fam.Entries {
			_, on := m.byKey[key(e.Package, e.Receiver, e.Name)]
			if on == fam.Optional {
				t.Errorf("%s: in the default matcher = %v, optional = %v", e.Display, on, fam.Optional)
			}
		}
	}
}

// TestCatalogMatchesStubs checks every entry, in every major of its
// module that testdata/src stubs (stubbedMajors) and the entry holds in,
// against the stub: it names a function or method of the SDK (the stubs
// mirror the real signatures; the standard library for net/http), its
// payload arguments exist and are not the ctx, and a URL argument is a
// string or a request. Every module must have a stubbed major.
func TestCatalogMatchesStubs(t *testing.T) {
	testdata, src := stubTree(t)
	// versions lists, for each entry or accessor package, the import
	// paths to check it in.
	versions := map[string][]string{}
	var paths []string
	addPath := func(fam Family, base string, holds func(int) bool) {
		root, _, _ := roots(moduleSet(fam)).split(base)
		if root == "" { // the standard library
			versions[base] = []string{base}
			paths = append(paths, base)
			return
		}
		versions[base] = nil
		for _, n := range StubbedMajors(src, root) {
			p := Versioned(root, base, n)
			versions[base] = append(versions[base], p)
			if holds(n) {
				paths = append(paths, p)
			}
		}
	}
	for _, fam := range Builtin() {
		for _, m := range fam.Modules {
			if len(StubbedMajors(src, m)) == 0 {
				t.Errorf("family %s: no stub of module %s in testdata/src", fam.Name, m)
			}
		}
		for _, e := range fam.Entries {
			addPath(fam, e.Package, e.InMajor)
		}
		for _, a := range fam.Accessors {
			addPath(fam, a.Package, func(int) bool { return true })
		}
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	pkgs := loadStubs(t, testdata, paths...)
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		for _, err := range p.Errors {
			t.Errorf("stub %s: %v", p.PkgPath, err)
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, fam := range Builtin() {
		set := roots(moduleSet(fam))
		majorOf := func(path string) int { _, _, n := set.split(path); return n }
		for _, a := range fam.Accessors {
			for _, path := range versions[a.Package] {
				// An accessor's result must be able to point into the receiver.
				fn, why := LookupEntry(byPath[path], Entry{Receiver: a.Receiver, Name: a.Name})
				if fn == nil {
					t.Errorf("accessor %s.%s.%s: %s", path, a.Receiver, a.Name, why)
					continue
				}
				res := fn.Type().(*types.Signature).Results()
				if res.Len() != 1 || !isPointerLike(res.At(0).Type()) {
					t.Errorf("accessor %s.%s.%s returns %s, want one pointer or interface", path, a.Receiver, a.Name, res)
				}
			}
		}
		for _, e := range fam.Entries {
			checked := 0
			for _, path := range versions[e.Package] {
				if !e.InMajor(max(majorOf(path), 1)) {
					continue
				}
				checked++
				checkEntry(t, byPath[path], path, e)
			}
			if checked == 0 {
				t.Errorf("%s: %s.%s.%s holds in no stubbed major of its module", e.Display, e.Package, e.Receiver, e.Name)
			}
		}
	}
}

// moduleSet is the set of a family's module roots.
func moduleSet(fam Family) map[string]bool {
	set := map[string]bool{}
	for _, m := range fam.Modules {
		set[m] = true
	}
	return set
}

// checkEntry checks entry e in the stub of package path.
func checkEntry(t *testing.T, pkg *types.Package, path string, e Entry) {
	t.Helper()
	for _, p := range EntryProblems(pkg, e) {
		t.Errorf("%s: %s.%s.%s: %s", e.Display, path, e.Receiver, e.Name, p)
	}
}

// stubTree skips in -short mode, and returns the tests' GOPATH of SDK
// stubs and its src directory.
func stubTree(t *testing.T) (testdata, src string) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads the SDK stubs")
	}
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return testdata, filepath.Join(testdata, "src")
}

// loadStubs loads the names and types of the stub packages patterns
// match.
func loadStubs(t *testing.T, testdata string, patterns ...string) []*packages.Package {
	t.Helper()
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(testdata, "src"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

func isPointerLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

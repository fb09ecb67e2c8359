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

// TestCatalogMatchesStubs checks that every entry names a function or
// method of the SDK stubs in testdata/src (which mirror the real
// signatures; the standard library for net/http), that its payload
// arguments exist and are not the ctx, and that a URL argument is a
// string or a request.
func TestCatalogMatchesStubs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the SDK stubs")
	}
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, fam := range Builtin() {
		for _, e := range fam.Entries {
			if !slices.Contains(paths, e.Package) {
				paths = append(paths, e.Package)
			}
		}
		for _, a := range fam.Accessors {
			if !slices.Contains(paths, a.Package) {
				paths = append(paths, a.Package)
			}
		}
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  filepath.Join(testdata, "src"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		for _, err := range p.Errors {
			t.Errorf("stub %s: %v", p.PkgPath, err)
		}
		byPath[p.PkgPath] = p.Types
	}
	for _, fam := range Builtin() {
		for _, a := range fam.Accessors {
			// An accessor's result must be able to point into the receiver.
			fn, why := lookupEntry(byPath[a.Package], Entry{Package: a.Package, Receiver: a.Receiver, Name: a.Name})
			if byPath[a.Package] == nil || fn == nil {
				t.Errorf("accessor %s.%s.%s: %s", a.Package, a.Receiver, a.Name, why)
				continue
			}
			res := fn.Type().(*types.Signature).Results()
			if res.Len() != 1 || !isPointerLike(res.At(0).Type()) {
				t.Errorf("accessor %s.%s.%s returns %s, want one pointer or interface", a.Package, a.Receiver, a.Name, res)
			}
		}
		for _, e := range fam.Entries {
			pkg := byPath[e.Package]
			if pkg == nil {
				t.Errorf("%s: no stub package %s", e.Display, e.Package)
				continue
			}
			fn, why := lookupEntry(pkg, e)
			if fn == nil {
				t.Errorf("%s: %s.%s.%s: %s", e.Display, e.Package, e.Receiver, e.Name, why)
				continue
			}
			if got := ReceiverName(fn); got != e.Receiver {
				t.Errorf("%s: ReceiverName = %q, want %q", e.Display, got, e.Receiver)
			}
			params := fn.Type().(*types.Signature).Params()
			for _, a := range e.Args {
				if a >= params.Len() {
					t.Errorf("%s: arg %d out of range for %s", e.Display, a, fn.Type())
				} else if a >= 0 && types.TypeString(params.At(a).Type(), nil) == "context.Context" {
					t.Errorf("%s: arg %d is the context", e.Display, a)
				}
			}
			if u := e.URLArg; u >= 0 && u < params.Len() {
				typ := params.At(u).Type()
				if b, ok := typ.Underlying().(*types.Basic); !(ok && b.Kind() == types.String) && !strings.HasSuffix(types.TypeString(typ, nil), ".Request") {
					t.Errorf("%s: URL arg %d has type %s, want a string or a request", e.Display, u, typ)
				}
			}
		}
	}
}

func isPointerLike(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return true
	}
	return false
}

// lookupEntry finds the function, method or interface method e names.
func lookupEntry(pkg *types.Package, e Entry) (*types.Func, string) {
	obj := pkg.Scope().Lookup(e.Name)
	if e.Receiver == "" {
		if fn, ok := obj.(*types.Func); ok {
			return fn, ""
		}
		return nil, "no such function"
	}
	tn, ok := pkg.Scope().Lookup(e.Receiver).(*types.TypeName)
	if !ok {
		return nil, "no such type"
	}
	if it, ok := tn.Type().Underlying().(*types.Interface); ok {
		for i := range it.NumExplicitMethods() {
			if m := it.ExplicitMethod(i); m.Name() == e.Name {
				return m, ""
			}
		}
		return nil, "no such interface method"
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return nil, "not a named type"
	}
	for i := range named.NumMethods() {
		if m := named.Method(i); m.Name() == e.Name {
			return m, ""
		}
	}
	return nil, "no such method declared on the type"
}

package sinks

import (
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestAICatalogWellFormed checks the shape of every AI catalog entry.
func TestAICatalogWellFormed(t *testing.T) {
	seen := map[string]string{}
	names := map[string]bool{}
	for _, fam := range aiFamilies {
		if fam.Name == "" || names[fam.Name] {
			t.Errorf("family name %q empty or duplicated", fam.Name)
		}
		names[fam.Name] = true
		if fam.Kind != KindAI {
			t.Errorf("family %s: kind %q, want %q", fam.Name, fam.Kind, KindAI)
		}
		if len(fam.Modules) == 0 || len(fam.Entries) == 0 {
			t.Errorf("family %s: no modules or no entries", fam.Name)
		}
		for _, e := range fam.Entries {
			where := fam.Name + ": " + e.Package + "." + e.Receiver + "." + e.Name
			if e.Package == "" || e.Name == "" || e.Display == "" {
				t.Errorf("%s: empty Package, Name or Display: %+v", where, e)
			}
			if !strings.HasPrefix(e.Display, fam.Name+" ") {
				t.Errorf("%s: display %q does not start with the family name", where, e.Display)
			}
			if len(e.Args) == 0 {
				t.Errorf("%s: no payload arguments listed", where)
			}
			for i, a := range e.Args {
				if a < 0 || (i > 0 && a <= e.Args[i-1]) {
					t.Errorf("%s: args %v must be non-negative and increasing", where, e.Args)
				}
			}
			if e.URLArg != -1 {
				t.Errorf("%s: URLArg %d, want -1 (AI SDK sinks name no URL)", where, e.URLArg)
			}
			if !slices.ContainsFunc(fam.Modules, func(m string) bool {
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

// TestAICatalogMatchesStubs checks that every entry names a function or
// method of the SDK stubs in testdata/src (which mirror the real
// signatures) and that its payload arguments exist and are not the ctx.
func TestAICatalogMatchesStubs(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the SDK stubs")
	}
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, fam := range aiFamilies {
		for _, e := range fam.Entries {
			if !slices.Contains(paths, e.Package) {
				paths = append(paths, e.Package)
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
	for _, fam := range aiFamilies {
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
				} else if types.TypeString(params.At(a).Type(), nil) == "context.Context" {
					t.Errorf("%s: arg %d is the context", e.Display, a)
				}
			}
		}
	}
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

package sinks

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// EntryProblems checks an entry against the package that should declare
// it (a stub in the tests, the real SDK in bench/freshness): the function
// or method exists on the receiver named, its payload arguments exist
// and are not the ctx, and a URL argument is a string or a request. It
// returns what is wrong, nothing when the entry holds.
func EntryProblems(pkg *types.Package, e Entry) []string {
	if pkg == nil {
		return []string{"no such package"}
	}
	fn, why := LookupEntry(pkg, e)
	if fn == nil {
		return []string{why}
	}
	var out []string
	if got := ReceiverName(fn); got != e.Receiver {
		out = append(out, fmt.Sprintf("ReceiverName = %q, want %q", got, e.Receiver))
	}
	params := fn.Type().(*types.Signature).Params()
	for _, a := range e.Args {
		if a >= params.Len() {
			out = append(out, fmt.Sprintf("arg %d out of range for %s", a, fn.Type()))
		} else if a >= 0 && types.TypeString(params.At(a).Type(), nil) == "context.Context" {
			out = append(out, fmt.Sprintf("arg %d is the context", a))
		}
	}
	if u := e.URLArg; u >= 0 && u < params.Len() {
		typ := params.At(u).Type()
		if b, ok := typ.Underlying().(*types.Basic); !(ok && b.Kind() == types.String) && !strings.HasSuffix(types.TypeString(typ, nil), ".Request") {
			out = append(out, fmt.Sprintf("URL arg %d has type %s, want a string or a request", u, typ))
		}
	}
	return out
}

// LookupEntry finds the function, method or interface method e names in
// pkg, or says why there is none.
func LookupEntry(pkg *types.Package, e Entry) (*types.Func, string) {
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

// StubbedMajors lists the majors of a module root that a GOPATH-style
// source tree src (the tests' testdata/src) has a stub of: 1 for files or packages in the root's directory other than
// vN ones, N for a vN subdirectory (gopkg.in: a root.vN directory).
func StubbedMajors(src, root string) []int {
	var out []int
	if strings.HasPrefix(root, "gopkg.in/") {
		dirs, _ := filepath.Glob(filepath.Join(src, filepath.FromSlash(root)) + ".v*")
		for _, d := range dirs {
			if n, ok := majorNumber(strings.TrimPrefix(filepath.Base(d), filepath.Base(root)+".v")); ok {
				out = append(out, n)
			}
		}
		slices.Sort(out)
		return out
	}
	entries, _ := os.ReadDir(filepath.Join(src, filepath.FromSlash(root)))
	unversioned := false
	for _, e := range entries {
		if n, _, ok := majorElem("/" + e.Name()); ok && e.IsDir() {
			out = append(out, n)
		} else {
			unversioned = true
		}
	}
	if unversioned {
		out = append(out, 1)
	}
	slices.Sort(out)
	return out
}

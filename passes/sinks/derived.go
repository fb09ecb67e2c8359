package sinks

import (
	"go/types"
	"slices"
	"strings"
)

// Sinks derived from an SDK's own code. The entries and rules of a
// family name what its authors listed; a method that neither names
// (stripe's OAuth.Create, an openai-go helper that uploads a file through
// a service method) would pass data through unseen. So the packages of a
// catalog module are analysed too (passes/taint, derived.go there): an
// exported function or method whose parameters reach, in the SDK's own
// code, an HTTP request or another sink of the family's kind is a sink of
// the family, with the family's kind and a display name from the method
// ("openai Files.New"). Entries and rules win over a derived sink: their
// display names, payload arguments and exceptions stand.

// DerivedSink returns the sink fn, a function or method of a catalog
// module, is when its code sends the parameters args (counted as in
// Entry.Args): the family's kind and name, the display name of the
// method as a user reaches it from the client (ServicePath). Nil when fn
// is not in a catalog module or args is empty.
func (m *Matcher) DerivedSink(fn *types.Func, args []int) *Sink {
	if fn == nil || fn.Pkg() == nil || len(args) == 0 {
		return nil
	}
	fam := m.familyOf(fn.Pkg().Path())
	if fam == nil {
		return nil
	}
	return &Sink{Kind: fam.Kind, Family: fam.Name, Display: fam.Name + " " + m.derivedName(fn.Origin()), Args: slices.Clone(args), URLArg: -1}
}

// derivedName names a derived sink after the family: the path from the
// client (ServicePath: "Files.New", "OAuth.Create"), else the receiver
// and method, with the package name when it is not the module's root
// package ("BetaMessageThread.Send", "session.New").
func (m *Matcher) derivedName(fn *types.Func) string {
	name := ServicePath(fn)
	if root, base, _ := m.roots.split(fn.Pkg().Path()); base == root {
		name = strings.TrimPrefix(name, fn.Pkg().Name()+".")
	}
	return name
}

// Derives reports whether a sink reached inside the code of a catalog
// module holding package pkgPath makes the function that reaches it a
// derived sink of the module's family: an HTTP request (where an SDK
// sends), or a sink of the family's own kind (its entries and rules
// called from its own code). A sink of another kind the SDK calls into
// (anthropic-sdk-go's OpenTelemetry spans) is not what the SDK sends to
// its service.
func (m *Matcher) Derives(pkgPath string, kind Kind) bool {
	fam := m.familyOf(pkgPath)
	return fam != nil && (kind == KindHTTP || kind == fam.Kind)
}

// familyOf is the enabled family whose modules hold the package path.
func (m *Matcher) familyOf(path string) *Family {
	root, _, _ := m.roots.split(path)
	if root == "" {
		return nil
	}
	return m.families[root]
}

package taint

import (
	"go/types"
	"strings"

	"github.com/privetlint/privet/internal/goroot"
	"github.com/privetlint/privet/passes/sinks"
)

// SDKs nobody catalogued. A dependency's own code is analysed like any
// package, so a method of a third-party client that sends its arguments
// through net/http (or resty, retryablehttp, fasthttp) has a summary
// that says so, and the call that passes sensitive data to it is
// reported. The sink named is then the one inside the SDK; the user
// called the SDK, so the diagnostic names both, outermost first:
// "(pagerduty Client.CreateIncidentWithContext → http.Client.Do)". Calls
// within the user's own module keep the inner name alone, as before.

// arrow separates the SDK method a user called from the sink inside it.
const arrow = " → "

// viaThirdParty names the sink ref, reached inside fn, as reached through
// fn when fn belongs to another module than the package analysed.
func (a *pkgAnalysis) viaThirdParty(fn *types.Func, ref SinkRef) SinkRef {
	if fn == nil || fn.Pkg() == nil || !a.otherModule(fn.Pkg()) {
		return ref
	}
	inner := ref.Display
	if i := strings.LastIndex(inner, arrow); i >= 0 {
		inner = inner[i+len(arrow):]
	}
	name := fn.Name()
	if r := sinks.ReceiverName(fn); r != "" {
		name = r + "." + name
	}
	ref.Display = fn.Pkg().Name() + " " + name + arrow + inner
	return ref
}

// otherModule reports whether pkg belongs to a module other than the
// package analysed: outside its module path, or, without module
// information (GOPATH mode, analysistest), under another repository root
// (the first three elements of a path whose first element is a domain).
func (a *pkgAnalysis) otherModule(pkg *types.Package) bool {
	path := pkg.Path()
	if pkg == a.pass.Pkg || goroot.IsStdPackage(a.pass.Fset, pkg) {
		return false
	}
	if m := a.pass.Module; m != nil && m.Path != "" {
		return path != m.Path && !strings.HasPrefix(path, m.Path+"/")
	}
	return strings.Contains(strings.SplitN(path, "/", 2)[0], ".") && repoRoot(path) != repoRoot(a.pass.Pkg.Path())
}

// repoRoot is the first three elements of an import path.
func repoRoot(path string) string {
	parts := strings.SplitN(path, "/", 4)
	return strings.Join(parts[:min(3, len(parts))], "/")
}

package taint

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRoutes checks how the taint pass treats each package and why it
// analyses one: a package that can neither hold nor send customer data
// takes the fast path (and exports no fact), the others are analysed
// with the first reason found. (The standard library is skipped: the
// CLI's TestVerboseLimits counts it.)
func TestRoutes(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Result{
		"routes/plain": {Route: FastPath},
		"routes/sends": {Route: Analysed, Why: "calls the sink net/http.Post"},
		"routes/typed": {Route: Analysed, Why: "declares c of the sensitive type *routes/typed.Customer"},
		"routes/uses":  {Route: Analysed, Why: "calls routes/sends.Post, which sends or returns sensitive data"},
	}
	for _, r := range analysistest.Run(t, dir, Analyzer, "routes/plain", "routes/sends", "routes/typed", "routes/uses") {
		res, ok := r.Result.(*Result)
		if !ok {
			t.Fatalf("%s: no result (%v)", r.Pass.Pkg.Path(), r.Err)
		}
		w := want[r.Pass.Pkg.Path()]
		if res.Route != w.Route || res.Why != w.Why {
			t.Errorf("%s: route %q why %q, want %q why %q", r.Pass.Pkg.Path(), res.Route, res.Why, w.Route, w.Why)
		}
	}
}

package taint

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestSDKSinks checks the sinks derived from catalog SDKs' code (the
// stubs' // want facts): a method no entry or rule names whose code
// sends its parameters gets an SDKSink fact, and nothing else of the
// SDK's analysis is exported (no summary, no Analyzed fact).
func TestSDKSinks(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range analysistest.Run(t, dir, Analyzer, "github.com/stripe/stripe-go/v85/checkout/session", "github.com/anthropics/anthropic-sdk-go/v2") {
		res, ok := r.Result.(*Result)
		if !ok || res.Route != Analysed {
			t.Fatalf("%s: result %+v (%v), want analysed", r.Pass.Pkg.Path(), res, r.Err)
		}
		for obj, facts := range r.Facts {
			for _, f := range facts {
				if _, ok := f.(*SDKSink); !ok {
					t.Errorf("%s: fact %T on %v: a catalog SDK exports only SDKSink facts", r.Pass.Pkg.Path(), f, obj)
				}
			}
		}
		var names []string
		for fn := range res.SDKSinks {
			names = append(names, fn.Name())
		}
		slices.Sort(names)
		t.Logf("%s: derived %v", r.Pass.Pkg.Path(), names)
	}
}

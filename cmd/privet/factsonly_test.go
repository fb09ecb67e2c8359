package main

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers"
)

// TestFactsOnly: in a unit go vet analyses only for its facts, the
// analyzers that only report (privet, privetdiscover) do nothing, and
// the passes they require, which have facts or results, keep their Run.
// Given a nil pass, a real Run panics or fails, so calling it shows
// whether it was replaced.
func TestFactsOnly(t *testing.T) {
	list := analyzers.New(analyzers.Settings{})
	for _, a := range list {
		if quiet(a) {
			t.Fatalf("%s does nothing before factsOnly: the test cannot tell", a.Name)
		}
	}
	factsOnly(list)
	for _, a := range list {
		if !quiet(a) {
			t.Errorf("%s still runs in a facts-only unit", a.Name)
		}
		for _, r := range a.Requires {
			if (len(r.FactTypes) > 0 || r.ResultType != nil) && quiet(r) {
				t.Errorf("%s, required by %s, no longer runs", r.Name, a.Name)
			}
		}
	}
}

// quiet reports whether a's Run, given no pass, returns nothing without
// failing.
func quiet(a *analysis.Analyzer) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	res, err := a.Run(nil)
	return res == nil && err == nil
}

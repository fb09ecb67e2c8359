package main

import "golang.org/x/tools/go/analysis"

// factsOnly makes the analyzers that only report do nothing in a unit go
// vet analyses for its facts alone (VetxOnly: a dependency of the
// packages vetted), whose diagnostics it drops. unitchecker keeps, in
// that mode, every analyzer that has facts or *requires* one that has
// (its own comment says the rule is backwards: it should be "is required
// by"), so privet's reporting pass and privetdiscover, which require the
// taint pass, ran on every dependency for nothing: privetdiscover alone
// cost about 70 s of CPU on stripe-go's root package (thousands of
// structs) in every module depending on it.
//
// An analyzer is left alone when it has facts, when an analyzer with
// facts requires it, or when it has a result (unitchecker checks its
// type even if nobody reads it).
func factsOnly(list []*analysis.Analyzer) {
	needed := map[*analysis.Analyzer]bool{}
	var need func(a *analysis.Analyzer)
	need = func(a *analysis.Analyzer) {
		if needed[a] {
			return
		}
		needed[a] = true
		for _, r := range a.Requires {
			need(r)
		}
	}
	seen := map[*analysis.Analyzer]bool{}
	var visit func(a *analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if seen[a] {
			return
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			need(a)
		}
		for _, r := range a.Requires {
			visit(r)
		}
	}
	for _, a := range list {
		visit(a)
	}
	for _, a := range list {
		if !needed[a] && a.ResultType == nil {
			a.Run = func(*analysis.Pass) (any, error) { return nil, nil }
		}
	}
}

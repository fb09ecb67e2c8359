// Command ssaonly is the "SSA-only" baseline vet tool for the privet
// benchmark (see bench/README.md). Its single analyzer requires
// buildssa.Analyzer and declares one fact type, so that `go vet` runs it on
// every dependency (as it does for privet), but it exports no facts and
// reports nothing: its cost is the cost of building SSA under go vet.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// unusedFact is declared but never exported.
type unusedFact struct{}

func (*unusedFact) AFact()         {}
func (*unusedFact) String() string { return "unused" }

var Analyzer = &analysis.Analyzer{
	Name:      "ssaonly",
	Doc:       "builds SSA for every package and does nothing else (benchmark baseline)",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(unusedFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		_ = pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		return nil, nil
	},
}

func main() { unitchecker.Main(Analyzer) }

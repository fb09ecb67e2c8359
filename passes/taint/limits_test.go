package taint

import (
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// limitsOf runs the analyzer on pkg and returns the limits it reports.
func limitsOf(t *testing.T, pkg string) []Limit {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	var out []Limit
	for _, r := range analysistest.Run(t, dir, Analyzer, pkg) {
		if res, ok := r.Result.(*Result); ok {
			out = append(out, res.Limits...)
		}
	}
	return out
}

// TestLimits checks that each bound of the engine, when it cuts the
// analysis short, is reported with the function it cut, and that the
// defaults leave the test packages alone but for the summary bound the
// summaries package exercises.
func TestLimits(t *testing.T) {
	t.Run("defaults", func(t *testing.T) {
		for _, pkg := range []string{"limits", "limitparts"} {
			if got := limitsOf(t, pkg); len(got) != 0 {
				t.Errorf("limits reported in %s with the default bounds: %v", pkg, got)
			}
		}
	})
	t.Run("summary flows", func(t *testing.T) {
		want := Limit{Kind: limitSummaryFlows, Func: "summaries.Spread"}
		if got := limitsOf(t, "summaries"); !slices.Contains(got, want) {
			t.Errorf("limits = %v, want %v among them", got, want)
		}
	})
	t.Run("summary parts", func(t *testing.T) {
		defer func(n int) { maxParts = n }(maxParts)
		maxParts = 4
		want := []Limit{{Kind: limitSummaryParts, Func: "limitparts.SendAddress"}}
		if got := limitsOf(t, "limitparts"); !slices.Equal(got, want) {
			t.Errorf("limits = %v, want %v among them", got, want)
		}
	})
	t.Run("rounds", func(t *testing.T) {
		defer func(n int) { maxRounds = n }(maxRounds)
		maxRounds = 2
		want := []Limit{{Kind: limitRounds, Func: "limits.Loop"}}
		if got := limitsOf(t, "limits"); !slices.Equal(got, want) {
			t.Errorf("limits = %v, want %v", got, want)
		}
	})
	t.Run("implementations", func(t *testing.T) {
		defer func(n int) { maxImpls = n }(maxImpls)
		maxImpls = 1
		want := Limit{Kind: limitImpls, Func: "limits.NotifyAll"}
		if got := limitsOf(t, "limits"); !slices.Contains(got, want) {
			t.Errorf("limits = %v, want %v among them", got, want)
		}
	})
	t.Run("budget", func(t *testing.T) {
		defer func(per, base int) { budgetPerFunc, budgetBase = per, base }(budgetPerFunc, budgetBase)
		budgetPerFunc, budgetBase = 0, 2
		got := limitsOf(t, "limits")
		if len(got) == 0 || got[0].Kind != limitBudget {
			t.Errorf("limits = %v, want the functions left by the budget", got)
		}
	})
}

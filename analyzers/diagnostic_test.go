package analyzers_test

import (
	"slices"
	"testing"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/taint"
)

// TestDiagnosticLoopFree: a path that comes back to a step it went
// through is printed without the loop, each step once.
func TestDiagnosticLoopFree(t *testing.T) {
	f := taint.Finding{Pos: 100, Trace: []taint.Step{
		{Pos: 10, What: "read Customer.Email"},
		{Pos: 20, What: "passed to a.B"},
		{Pos: 30, What: "through strings.Join"},
		{Pos: 20, What: "passed to a.B"},
		{Pos: 30, What: "through strings.Join"},
		{Pos: 40, What: "stored in T.F"},
		{Pos: 20, What: "passed to a.B"},
		{Pos: 50, What: "argument 0 of x.Send"},
	}}
	var got []string
	for _, r := range analyzers.Diagnostic(f).Related {
		got = append(got, r.Message)
	}
	want := []string{"read Customer.Email", "passed to a.B", "argument 0 of x.Send"}
	if !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
}

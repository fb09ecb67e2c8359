package analyzers_test

import (
	"go/token"
	"slices"
	"strings"
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

// TestDiagnosticSources: the report of one sink call carries the path of
// every source, each in turn, also those the message only counts.
func TestDiagnosticSources(t *testing.T) {
	var fs []taint.Finding
	for i, name := range []string{"A", "B", "C", "D"} {
		fs = append(fs, taint.Finding{Pos: 100, Source: "T." + name, Trace: []taint.Step{
			{Pos: token.Pos(10 + i), What: "read T." + name},
			{Pos: 50, What: "argument 0 of x.Send"},
		}})
	}
	d := analyzers.Diagnostic(fs...)
	var got []string
	for _, r := range d.Related {
		got = append(got, r.Message)
	}
	want := []string{"read T.A", "argument 0 of x.Send", "read T.B", "argument 0 of x.Send",
		"read T.C", "argument 0 of x.Send", "read T.D", "argument 0 of x.Send"}
	if !slices.Equal(got, want) {
		t.Errorf("related = %q, want %q", got, want)
	}
	if !strings.Contains(d.Message, "(T.A, T.B, T.C and 1 more)") {
		t.Errorf("message %q does not name the first three sources and count the fourth", d.Message)
	}
}

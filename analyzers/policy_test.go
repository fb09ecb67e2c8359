package analyzers_test

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
)

// TestPolicy runs a package whose .privet.yml declares sources, sinks,
// sanitizers, allowed flows and exclusions for code without annotations.
// The policy's diagnostics on the .privet.yml itself are checked here,
// since analysistest reads expectations from Go files only.
func TestPolicy(t *testing.T) {
	t.Parallel()
	var rec recorder
	results := analysistest.Run(&rec, testdata(t), analyzers.Analyzer, "policy/app")
	var policyWarnings []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if p := r.Pass.Fset.Position(d.Pos); strings.HasSuffix(p.Filename, ".privet.yml") {
				policyWarnings = append(policyWarnings, strings.TrimPrefix(p.String(), testdata(t)+"/src/")+": "+d.Message)
			}
		}
	}
	for _, e := range rec.errs {
		// analysistest flags diagnostics it has no want for; those on
		// the policy file are expected and checked below.
		if !strings.Contains(e, ".privet.yml") {
			t.Error(e)
		}
	}
	want := "policy/app/.privet.yml:21:5: source rule matches nothing: package policy/app has no type Missing"
	if len(policyWarnings) != 1 || policyWarnings[0] != want {
		t.Errorf("policy warnings = %q, want [%q]", policyWarnings, want)
	}
}

type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

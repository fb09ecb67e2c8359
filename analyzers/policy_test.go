package analyzers_test

import (
	"fmt"
	"slices"
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

// TestPolicySinkRules: sink rules naming arguments a function does not
// have, or nothing, are reported at the rule, and a rule that fits is
// not hidden by an earlier one that does not.
func TestPolicySinkRules(t *testing.T) {
	t.Parallel()
	var rec recorder
	results := analysistest.Run(&rec, testdata(t), analyzers.Analyzer, "policyargs/llm", "policyargs/app")
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if p := r.Pass.Fset.Position(d.Pos); strings.HasSuffix(p.Filename, ".privet.yml") {
				got = append(got, strings.TrimPrefix(p.String(), testdata(t)+"/src/")+": "+d.Message)
			}
		}
	}
	for _, e := range rec.errs {
		if !strings.Contains(e, ".privet.yml") {
			t.Error(e)
		}
	}
	want := []string{
		"policyargs/.privet.yml:5:12: args: 5 names no argument of llm.Send (2 parameters): the rule reports nothing through it (0 is the first argument after the receiver, -1 the receiver)",
		"policyargs/.privet.yml:9:12: args: 7 names no argument of llm.Asker.Ask (1 parameter), llm.Client.Ask (1 parameter): the rule reports nothing through it (0 is the first argument after the receiver, -1 the receiver)",
		"policyargs/.privet.yml:16:5: sink rule matches nothing: package policyargs/llm has no function or method Sned",
		"policyargs/.privet.yml:19:5: sink rule never applies: the rule at line 11 matches llm.Asker.Ask first",
		"policyargs/.privet.yml:24:5: sanitizer rule matches nothing: package policyargs/llm has no function or method Mask",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("policy warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestScopedPolicy: allow rules with from: lift a flow only where they
// say (the same flow from billing and from support), deny rules win over
// allow rules and //privet:ignore, and a suppression of a denied flow is
// reported (issue 22).
func TestScopedPolicy(t *testing.T) {
	t.Parallel()
	var rec recorder
	results := analysistest.Run(&rec, testdata(t), analyzers.Analyzer, "scoped/billing", "scoped/billing/invoice", "scoped/support", "scoped/clinic", "scoped/geo", "scoped/tracking", "scoped/reporting", "scoped/model")
	for _, e := range rec.errs {
		if !strings.Contains(e, ".privet.yml") {
			t.Error(e)
		}
	}
	// A from: entry naming a function its package does not have is a
	// warning at the entry, reported with that package.
	var got []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if p := r.Pass.Fset.Position(d.Pos); strings.HasSuffix(p.Filename, ".privet.yml") {
				got = append(got, strings.TrimPrefix(p.String(), testdata(t)+"/src/")+": "+d.Message)
			}
		}
	}
	want := `scoped/.privet.yml:9:62: "scoped/support.Replly" names no function: package scoped/support has no function Replly`
	if len(got) != 1 || got[0] != want {
		t.Errorf("policy warnings = %q, want [%q]", got, want)
	}
}

// TestPolicySourceMethod: a method the policy names as a source function
// is one through an interface it implements (paperless-gpt's
// ClientInterface.DownloadDocumentAsPDF, issue 19).
func TestPolicySourceMethod(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer, "policysourcefuncs")
}

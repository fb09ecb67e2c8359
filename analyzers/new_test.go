package analyzers_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/config"
)

// TestNew: New builds privet and privetdiscover, in that order, on
// passes of their own, with the settings as their flags; the default
// instances keep theirs.
func TestNew(t *testing.T) {
	s := analyzers.Settings{Config: "policy.yml", Kinds: []string{"ai", "http"}, MinConfidence: "high"}
	one, two := analyzers.New(s), analyzers.New(analyzers.Settings{})
	if err := analysis.Validate(one); err != nil {
		t.Fatal(err)
	}
	if len(one) != 2 || one[0].Name != "privet" || one[1].Name != "privetdiscover" {
		t.Fatalf("New() = %v, want privet, privetdiscover", one)
	}
	for name, want := range map[string]string{"config": "policy.yml", "kinds": "ai,http"} {
		if got := one[0].Flags.Lookup(name).Value.String(); got != want {
			t.Errorf("-privet.%s = %q, want %q", name, got, want)
		}
		if got := two[0].Flags.Lookup(name).Value.String(); got != "" {
			t.Errorf("another instance's -privet.%s = %q, want \"\"", name, got)
		}
		if got := analyzers.Analyzer.Flags.Lookup(name).Value.String(); got != "" {
			t.Errorf("the default -privet.%s = %q, want \"\"", name, got)
		}
	}
	if got := one[1].Flags.Lookup("min_confidence").Value.String(); got != "high" {
		t.Errorf("-privetdiscover.min_confidence = %q, want high", got)
	}
	// The passes that depend on the policy are fresh, and shared by the
	// two analyzers of one instance.
	seen := map[string]*analysis.Analyzer{}
	for _, a := range one {
		for _, req := range a.Requires {
			if prev := seen[req.Name]; prev != nil && prev != req {
				t.Errorf("privet and privetdiscover require different %s passes", req.Name)
			}
			seen[req.Name] = req
		}
	}
	defaults := map[string]*analysis.Analyzer{}
	for _, a := range analyzers.All() {
		for _, req := range a.Requires {
			defaults[req.Name] = req
		}
	}
	for _, name := range []string{"privetconfig", "privetannotations", "privettaint"} {
		if seen[name] == nil || seen[name] == defaults[name] || seen[name] == two[0].Requires[indexOf(two[0], name)] {
			t.Errorf("the %s pass of New is shared with another instance", name)
		}
	}
	if defaults["privetconfig"] != config.Analyzer {
		t.Errorf("analyzers.Analyzer requires %v, want config.Analyzer", defaults["privetconfig"])
	}
}

func indexOf(a *analysis.Analyzer, name string) int {
	for i, req := range a.Requires {
		if req.Name == name {
			return i
		}
	}
	return 0
}

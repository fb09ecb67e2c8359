package analyzers_test

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
)

// TestProvisional: in a package that neither declares a source nor
// imports one that does, the fields privetdiscover would report are
// provisional sources (auto mode), across packages too; a package that
// imports a declared source has none; discover.sources: always and never,
// and discover.ignore, are honoured.
func TestProvisional(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer,
		"provisional/fresh", "provisional/app", "provisional/tagapp",
		"provisional/always", "provisional/never", "provisional/ignored",
		"provisional/policyrule", "provisional/sensitive", "provisional/ownkey",
		"provisional/health", "provisional/chatturn", "provisional/filebytes",
		"provisional/boxed")
}

// TestProvisionalFlag: -privetdiscover.sources=always (Settings.Sources)
// adds provisional sources to an annotated package.
func TestProvisionalFlag(t *testing.T) {
	t.Parallel()
	as := analyzers.New(analyzers.Settings{Sources: "always"})
	analysistest.Run(t, testdata(t), as[0], "provisional/flagged")
}

// TestProvisionalFixes: a leak from a provisional source declared in the
// package offers to tag the field or to mark it reviewed.
func TestProvisionalFixes(t *testing.T) {
	t.Parallel()
	var got []string
	for _, r := range analysistest.RunWithSuggestedFixes(t, testdata(t), analyzers.Analyzer, "provisional/fixes") {
		for _, d := range r.Diagnostics {
			for _, f := range d.SuggestedFixes {
				got = append(got, f.Message)
			}
		}
	}
	if want := []string{`add privet:"pii" to Lead.Phone`, `mark Lead.Phone reviewed: privet:"-"`}; !slices.Equal(got, want) {
		t.Errorf("fixes = %q, want %q", got, want)
	}
}

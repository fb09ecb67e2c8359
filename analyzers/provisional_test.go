package analyzers_test

import (
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
		"provisional/always", "provisional/never", "provisional/ignored")
}

// TestProvisionalFlag: -privetdiscover.sources=always (Settings.Sources)
// adds provisional sources to an annotated package.
func TestProvisionalFlag(t *testing.T) {
	t.Parallel()
	as := analyzers.New(analyzers.Settings{Sources: "always"})
	analysistest.Run(t, testdata(t), as[0], "provisional/flagged")
}

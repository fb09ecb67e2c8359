package analyzers_test

import (
	"strings"
	"testing"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/sinks"
)

// TestKindsFlagHelp checks that -privet.kinds names every built-in kind.
func TestKindsFlagHelp(t *testing.T) {
	usage := analyzers.Analyzer.Flags.Lookup("kinds").Usage
	for _, info := range sinks.Kinds {
		if !strings.Contains(usage, string(info.Kind)) {
			t.Errorf("-privet.kinds help does not name %s: %q", info.Kind, usage)
		}
	}
}

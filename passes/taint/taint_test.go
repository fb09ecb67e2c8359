package taint_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/passes/taint"
)

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSummaries checks the facts the taint pass exports.
func TestSummaries(t *testing.T) {
	analysistest.Run(t, testdata(t), taint.Analyzer, "summaries", "interproc/a", "interproc/b", "injection/service", "interfaces/structural/emb", "interfaces/structural/desk")
}

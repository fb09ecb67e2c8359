package guard_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/internal/guard"
)

// recorder collects the errors analysistest would report.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func TestPanicBecomesError(t *testing.T) {
	broken := &analysis.Analyzer{
		Name: "broken",
		Doc:  "broken: panics on purpose",
		Run: guard.Run(func(pass *analysis.Pass) (any, error) {
			var m map[string]int
			m["boom"]++ // a nil map write: a real runtime panic
			return nil, nil
		}),
	}
	dir, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	var r recorder
	analysistest.Run(&r, dir, broken, "annotated")
	got := strings.Join(r.errs, "\n")
	for _, want := range []string{"internal error in broken while analysing package annotated", "assignment to entry in nil map"} {
		if !strings.Contains(got, want) {
			t.Errorf("error %q does not contain %q", got, want)
		}
	}
}

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/vetjson"
)

// manyFindings writes a file with n leaking calls in one function, as
// the many_findings_quadratic reliability case does, and returns it
// with go vet's diagnostics for it.
func manyFindings(tb testing.TB, n int) (string, []vetjson.Diagnostic) {
	tb.Helper()
	var b strings.Builder
	b.WriteString("package app\n\ntype U struct{ E string `privet:\"pii\"` }\n\ntype C struct{}\n\nfunc (C) Ask(string) {}\n\nfunc Leak(c C, u U) {\n")
	const first = 10 // the line of the first call
	for i := range n {
		fmt.Fprintf(&b, "\tc.Ask(u.E + \"%d\")\n", i)
	}
	b.WriteString("}\n")
	file := filepath.Join(tb.TempDir(), "app.go")
	if err := os.WriteFile(file, []byte(b.String()), 0o666); err != nil {
		tb.Fatal(err)
	}
	diags := make([]vetjson.Diagnostic, n)
	for i := range diags {
		line := first + i
		diags[i] = vetjson.Diagnostic{
			Category: "ai",
			Posn:     fmt.Sprintf("%s:%d:2", file, line),
			Message:  "pii data (U.E) reaches an AI service (app C.Ask) without an approved sanitizer",
			Related: []vetjson.Related{
				{Posn: fmt.Sprintf("%s:%d:10", file, line), Message: "read U.E"},
				{Posn: fmt.Sprintf("%s:%d:8", file, line), Message: "argument 0 of app C.Ask"},
			},
		}
	}
	return file, diags
}

// BenchmarkFindings converts go vet's diagnostics into findings, n of
// them in one function. The time per finding (ns/finding) stays flat as
// n grows: each finding is a lookup in an index of the file built once,
// where it used to walk the file (astutil.PathEnclosingInterval), which
// made 10,000 findings in one function take minutes.
func BenchmarkFindings(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			file, diags := manyFindings(b, n)
			c := newConverter(filepath.Dir(file))
			b.ResetTimer()
			for range b.N {
				files := newSourceFiles()
				for _, d := range diags {
					if f, ok := c.finding("example.com/app", files, d); !ok || f.Function != "Leak" || f.Argument != fmt.Sprintf("u.E + %q", f.Argument[len(`u.E + "`):len(f.Argument)-1]) {
						b.Fatalf("finding %+v", f)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/finding")
		})
	}
}

// TestFindingsLinear checks what BenchmarkFindings shows, coarsely
// enough for a loaded machine: 16 times the findings take well under
// 16*16 times as long.
func TestFindingsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	per := func(n int) float64 {
		file, diags := manyFindings(t, n)
		c := newConverter(filepath.Dir(file))
		r := testing.Benchmark(func(b *testing.B) {
			for range b.N {
				files := newSourceFiles()
				for _, d := range diags {
					c.finding("example.com/app", files, d)
				}
			}
		})
		return float64(r.NsPerOp()) / float64(n)
	}
	small, large := per(500), per(8000)
	if large > 4*small {
		t.Errorf("%.0f ns per finding with 8000 findings in one function, %.0f with 500: not linear", large, small)
	}
}

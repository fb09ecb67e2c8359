package coverage_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/internal/coverage"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

// TestClassify classifies the stub of stripe-go v85 (a catalog module:
// entries and rules) and example.org/crm (an SDK the catalog does not
// know: derived from its code).
func TestClassify(t *testing.T) {
	testdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(testdata, "src"),
		Env:  append(os.Environ(), "GOPATH="+testdata, "GO111MODULE=off", "GOFLAGS="),
	}
	m := sinks.NewMatcher(sinks.Builtin(), nil, nil)
	for _, tc := range []struct {
		module string
		want   map[string]coverage.Status // package-relative Func -> status
		sinks  map[string]string          // Func -> sink display
	}{
		{
			module: "github.com/stripe/stripe-go/v85",
			want: map[string]coverage.Status{
				"v1ProductService.Create":  coverage.Rule,
				"v1CustomerService.Search": coverage.Rule,
				"customer.New":             coverage.Entry,
				"customer.Get":             coverage.Rule,
				"customer.Client.New":      coverage.Rule,
				"Params.AddMetadata":       coverage.NotSink,
				"String":                   coverage.NotSink,
			},
			sinks: map[string]string{"v1ProductService.Create": "stripe V1Products.Create"},
		},
		{
			module: "example.org/crm",
			want: map[string]coverage.Status{
				"Client.CreateContact": coverage.Derived,
				"Pager.Page":           coverage.Derived,
				"HTTPClient.Do":        coverage.Rule, // an HTTP doer: a sink wherever declared
			},
			sinks: map[string]string{"Client.CreateContact": "http.Client.Do"},
		},
	} {
		pkgs, err := packages.Load(cfg, tc.module+"/...")
		if err != nil {
			t.Fatal(err)
		}
		fam := m.FamilyOf(tc.module)
		var in []coverage.Package
		var sums = map[*packages.Package]coverage.Package{}
		if fam == nil {
			graph, err := checker.Analyze([]*analysis.Analyzer{taint.Analyzer}, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			for _, act := range graph.Roots {
				res, _ := act.Result.(*taint.Result)
				if res != nil {
					sums[act.Package] = coverage.Package{Types: act.Package.Types, Summaries: res.Summaries}
				}
			}
		}
		for _, p := range pkgs {
			if c, ok := sums[p]; ok {
				in = append(in, c)
			} else {
				in = append(in, coverage.Package{Types: p.Types})
			}
		}
		rep := &coverage.Report{Module: tc.module}
		coverage.Classify(rep, m, fam, in)
		got := map[string]coverage.Row{}
		for _, r := range rep.Rows {
			rel := r.Func
			if r.Package != tc.module {
				rel = filepath.Base(r.Package) + "." + r.Func
			}
			got[rel] = r
		}
		for fn, want := range tc.want {
			if r, ok := got[fn]; !ok || r.Status != want {
				t.Errorf("%s %s: status %q, want %q (row %+v)", tc.module, fn, r.Status, want, r)
			} else if want == coverage.NotSink && r.Why == "" {
				t.Errorf("%s %s: not a sink, and no reason given", tc.module, fn)
			}
		}
		for fn, want := range tc.sinks {
			if got[fn].Sink != want {
				t.Errorf("%s %s: sink %q, want %q", tc.module, fn, got[fn].Sink, want)
			}
		}
		total := 0
		for _, s := range coverage.Statuses {
			total += rep.Counts[s]
		}
		if total != len(rep.Rows) {
			t.Errorf("%s: counts %v add up to %d, want %d rows", tc.module, rep.Counts, total, len(rep.Rows))
		}
	}
}

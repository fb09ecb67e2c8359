package analyzers_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/passes/sinks"
)

// Every SDK family of the catalog has a test package under testdata/src,
// found by convention so that a forgotten one fails TestFamilyCases:
//
//   - aisdk/<name> for a family of kind ai, thirdparty/<name> for the
//     others, <name> being the family name without its non-letters
//     (go-openai: goopenai, net/http: nethttp);
//   - the package has a leak case, a // want line naming one of the
//     family's sinks, and a clean case, a func whose name ends in Clean,
//     calls one of the family's sink methods and has no // want;
//   - an optional family's package shows it off by default (no want), and
//     <name>on, whose .privet.yml enables it, has the leak and clean cases.
//
// The packages import the SDK stubs under testdata/src (real signatures;
// passes/sinks' TestCatalogMatchesStubs checks every entry against them).
// Families known by their hosts only (no entries) have no package: their
// hosts are tested in passes/sinks.

// policyPackages are the other packages of aisdk/ and thirdparty/: the
// catalog under a policy or without its SDK.
var policyPackages = []string{
	"thirdparty/rawhttp",     // raw HTTP to the hosts of the families
	"thirdparty/stripeallow", // allow payment -> stripe
}

// familyDir is a family's test package, and the one with its cases.
func familyDir(fam sinks.Family) (dir, cases string) {
	group := "thirdparty"
	if fam.Kind == sinks.KindAI {
		group = "aisdk"
	}
	dir = group + "/" + regexp.MustCompile(`[^a-z0-9]`).ReplaceAllString(fam.Name, "")
	if fam.Optional {
		return dir, dir + "on"
	}
	return dir, dir
}

// familyPackages lists the test packages of the families of kind ai (or
// of the other kinds), and the policy packages with the latter.
func familyPackages(ai bool) []string {
	var out []string
	for _, fam := range sinks.Builtin() {
		if len(fam.Entries) == 0 || (fam.Kind == sinks.KindAI) != ai {
			continue
		}
		dir, cases := familyDir(fam)
		out = append(out, dir)
		if cases != dir {
			out = append(out, cases)
		}
	}
	if !ai {
		out = append(out, policyPackages...)
	}
	return out
}

// TestAISDK runs the package of every AI SDK family. One run for all
// families: the standard library is loaded once, and failures name the
// file and line.
func TestAISDK(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer, familyPackages(true)...)
}

// TestThirdParty runs the package of every other family of the catalog
// (analytics, monitoring, telemetry, messaging, payment, HTTP clients,
// RPC) and the policy packages.
func TestThirdParty(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer, familyPackages(false)...)
}

// TestFamilyCases checks the convention above for every family, and that
// every package of aisdk/ and thirdparty/ is run by TestAISDK or
// TestThirdParty.
func TestFamilyCases(t *testing.T) {
	src := filepath.Join(testdata(t), "src")
	run := append(familyPackages(true), familyPackages(false)...)
	for _, group := range []string{"aisdk", "thirdparty"} {
		entries, err := os.ReadDir(filepath.Join(src, group))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if pkg := group + "/" + e.Name(); e.IsDir() && !slices.Contains(run, pkg) {
				t.Errorf("testdata/src/%s is neither a family's package nor in policyPackages: it is not run", pkg)
			}
		}
	}
	for _, fam := range sinks.Builtin() {
		if len(fam.Entries) == 0 {
			continue
		}
		dir, cases := familyDir(fam)
		if dir != cases {
			if c := readCases(t, src, dir, fam); c != nil && c.wants > 0 {
				t.Errorf("family %s is optional: testdata/src/%s shows it off by default and wants nothing, has %d wants", fam.Name, dir, c.wants)
			}
		}
		c := readCases(t, src, cases, fam)
		if c == nil {
			continue
		}
		if !c.leak {
			t.Errorf("family %s: testdata/src/%s has no leak case (a // want naming one of its sinks, e.g. %q)", fam.Name, cases, fam.Entries[0].Display)
		}
		if !c.clean {
			t.Errorf("family %s: testdata/src/%s has no clean case (a func ...Clean calling one of its sinks, with no // want)", fam.Name, cases)
		}
	}
}

type familyCases struct {
	wants       int
	leak, clean bool
}

// readCases parses a family's test package; nil if it has none.
func readCases(t *testing.T, src, pkg string, fam sinks.Family) *familyCases {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(src, pkg, "*.go"))
	if len(files) == 0 {
		t.Errorf("family %s has no test package testdata/src/%s", fam.Name, pkg)
		return nil
	}
	methods := map[string]bool{}
	for _, e := range fam.Entries {
		methods[e.Name] = true
	}
	// A sink a family rule finds has no entry: a want naming the family
	// ("(stripe V1Products.Create") is a leak case, and its method
	// ("Create") counts for the clean case.
	ruled := regexp.MustCompile(`\(` + regexp.QuoteMeta(fam.Name) + ` [A-Za-z0-9_.]*?([A-Za-z0-9_]+)\)`)
	c := &familyCases{}
	fset := token.NewFileSet()
	var parsed []*ast.File
	wantLines := map[*ast.File][]int{}
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, g := range f.Comments {
			for _, cm := range g.List {
				text, ok := strings.CutPrefix(cm.Text, "// want ")
				if !ok {
					continue
				}
				c.wants++
				wantLines[f] = append(wantLines[f], fset.Position(cm.Pos()).Line)
				text = strings.ReplaceAll(text, `\`, "")
				c.leak = c.leak || slices.ContainsFunc(fam.Entries, func(e sinks.Entry) bool { return strings.Contains(text, "("+e.Display) })
				if m := ruled.FindStringSubmatch(text); m != nil && len(fam.Rules) > 0 {
					c.leak = true
					methods[m[1]] = true
				}
			}
		}
	}
	for _, f := range parsed {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil || !strings.HasSuffix(fn.Name.Name, "Clean") {
				continue
			}
			from, to := fset.Position(fn.Pos()).Line, fset.Position(fn.End()).Line
			if slices.ContainsFunc(wantLines[f], func(l int) bool { return from <= l && l <= to }) {
				continue
			}
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := call.Fun.(*ast.SelectorExpr); ok && methods[sel.Sel.Name] {
						c.clean = true
					}
				}
				return !c.clean
			})
		}
	}
	return c
}

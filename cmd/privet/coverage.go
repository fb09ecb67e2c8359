package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/internal/coverage"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

// coverageCmd is "privet sinks -coverage MODULE[@VERSION]": what privet
// makes of every exported function and method of a module in the build
// list of the module in the current directory, or, with @VERSION, of
// that version fetched on its own.
func coverageCmd(module, format string, stdout, stderr io.Writer) int {
	if format != "text" && format != "json" {
		fmt.Fprintf(stderr, "privet sinks: -format %s: want text or json\n", format)
		return exitError
	}
	rep, err := moduleCoverage(module)
	if err != nil {
		fmt.Fprintf(stderr, "privet sinks -coverage %s: %v\n", module, err)
		return exitError
	}
	if format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, err)
			return exitError
		}
		return exitClean
	}
	printCoverage(stdout, rep)
	return exitClean
}

// printCoverage prints the table and the counts.
func printCoverage(w io.Writer, rep *coverage.Report) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PACKAGE\tFUNC\tSTATUS\tSINK\tWHY")
	for _, r := range rep.Rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Package, r.Func, r.Status, r.Sink, r.Why)
	}
	tw.Flush()
	var counts []string
	for _, s := range coverage.Statuses {
		counts = append(counts, fmt.Sprintf("%s %d", s, rep.Counts[s]))
	}
	name := rep.Module
	if rep.Version != "" {
		name += "@" + rep.Version
	}
	if rep.Family != "" {
		name += " (family " + rep.Family + ")"
	}
	fmt.Fprintf(w, "%s: %d exported functions and methods: %s\n", name, len(rep.Rows), strings.Join(counts, ", "))
}

// moduleCoverage loads the module's packages and classifies their
// exported functions. A catalog module is judged by its entries and
// rules, then by the sinks its code derives; another is analysed for
// sinks its parameters reach.
func moduleCoverage(arg string) (*coverage.Report, error) {
	module, version, _ := strings.Cut(arg, "@")
	dir := "."
	if version != "" {
		tmp, err := os.MkdirTemp("", "privet-coverage-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		if err := fetchModule(tmp, module, version); err != nil {
			return nil, err
		}
		dir = tmp
	}
	m := sinks.NewMatcher(sinks.Builtin(), nil, nil)
	fam := m.FamilyOf(module)
	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod")}
	pkgs, err := packages.Load(cfg, module+"/...")
	if err != nil {
		return nil, err
	}
	var roots []*packages.Package
	for _, p := range pkgs {
		if p.Module == nil || p.Module.Path != module || p.Name == "main" || isInternal(p.PkgPath) {
			continue
		}
		for _, e := range p.Errors {
			return nil, errors.New(e.Error())
		}
		roots = append(roots, p)
	}
	if len(roots) == 0 {
		return nil, fmt.Errorf("no packages of module %s in the build list of %s (go get %s first, or name a version: %s@latest)", module, dir, module, module)
	}
	rep := &coverage.Report{Module: module, Version: roots[0].Module.Version}
	if fam != nil {
		rep.Family = fam.Name
	}
	results := map[*packages.Package]*taint.Result{}
	graph, err := checker.Analyze([]*analysis.Analyzer{taint.Analyzer}, roots, nil)
	if err != nil {
		return nil, err
	}
	for _, act := range graph.Roots {
		if res, ok := act.Result.(*taint.Result); ok && act.Err == nil {
			results[act.Package] = res
		}
	}
	in := make([]coverage.Package, len(roots))
	for i, p := range roots {
		in[i] = coverage.Package{Types: p.Types}
		if res := results[p]; res != nil {
			in[i].Summaries, in[i].SDKSinks = res.Summaries, res.SDKSinks
		}
	}
	coverage.Classify(rep, m, fam, in)
	return rep, nil
}

// isInternal reports whether users of the module cannot import the
// package.
func isInternal(path string) bool {
	return strings.HasSuffix(path, "/internal") || strings.Contains(path, "/internal/")
}

// fetchModule makes dir a module that requires module@version.
func fetchModule(dir, module, version string) error {
	if err := os.WriteFile(dir+"/go.mod", []byte("module privet.coverage/check\n"), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("go", "get", module+"@"+version)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go get %s@%s: %v\n%s", module, version, err, out)
	}
	return nil
}

// sinksFlags parses the flags of privet sinks.
func sinksFlags(args []string, stderr io.Writer) (module, format string, ok bool) {
	fs := flag.NewFlagSet("privet sinks", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&module, "coverage", "", "MODULE[@VERSION]: what privet makes of every exported function and method of the module")
	fs.StringVar(&format, "format", "text", "output of -coverage: text or json")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 {
		if err == nil {
			fmt.Fprintf(stderr, "privet sinks: unexpected argument %q\n", fs.Arg(0))
		}
		return "", "", false
	}
	return module, format, true
}

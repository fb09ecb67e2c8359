// Command freshness checks the sink catalog against the SDKs as the
// module proxy serves them today (bench/freshness.sh drives it; not part
// of CI, since it needs the network and the newest versions move):
//
//	freshness -list          # each catalog module root and the newest major stubbed in testdata/src
//	freshness -dir DIR       # check the catalog against the SDKs in DIR's build list
//
// With -dir, for every catalog module in the build list (its highest
// major), it prints the entries that no longer resolve (STALE: the
// function is gone or its arguments moved), and the exported functions
// and methods that look like they send (New, Create, Send, ...) and that
// no entry or rule covers (UNCOVERED), then a line of counts per module.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/internal/coverage"
	"github.com/privetlint/privet/passes/sinks"
)

func main() {
	list := flag.Bool("list", false, "print each catalog module root and the newest major stubbed in testdata/src")
	dir := flag.String("dir", "", "a module whose build list holds the SDKs to check")
	flag.Parse()
	switch {
	case *list:
		printRoots()
	case *dir != "":
		if err := check(*dir); err != nil {
			fmt.Fprintln(os.Stderr, "freshness:", err)
			os.Exit(2)
		}
	default:
		flag.Usage()
		os.Exit(2)
	}
}

// printRoots prints "root major path" for every module root of the
// catalog, path being the import path of that major.
func printRoots() {
	src := filepath.Join("testdata", "src")
	for _, fam := range sinks.Builtin() {
		for _, root := range fam.Modules {
			n := 1
			if majors := sinks.StubbedMajors(src, root); len(majors) > 0 {
				n = majors[len(majors)-1]
			}
			fmt.Println(root, n, sinks.Versioned(root, root, n))
		}
	}
}

// sends matches the Receiver.Method names that look like they send
// something: a verb of sending, on a service or client type.
var sends = regexp.MustCompile(`(?i:service|client|api|impl)\.(New|Create|Update|Upsert|Send|Post|Put|Patch|Upload|Execute|Invoke|Chat|Complete|Generate|Embed|Track|Identify|Enqueue|Capture|Notify|Publish|Add|Set|Submit|Search|Count)([A-Z]|$)`)

func check(dir string) error {
	mods, err := buildList(dir)
	if err != nil {
		return err
	}
	m := sinks.NewMatcher(sinks.Builtin(), nil, nil)
	for _, fam := range sinks.Builtin() {
		for _, root := range fam.Modules {
			path, version, major := newest(mods, root)
			if path == "" {
				continue
			}
			stale, checked := 0, 0
			var paths []string
			for _, e := range fam.Entries {
				if e.InMajor(major) && strings.HasPrefix(e.Package, root) {
					paths = append(paths, sinks.Versioned(root, e.Package, major))
				}
			}
			pkgs, err := load(dir, packages.NeedName|packages.NeedTypes, append(paths, path+"/...")...)
			if err != nil {
				return err
			}
			byPath := map[string]*packages.Package{}
			for _, p := range pkgs {
				byPath[p.PkgPath] = p
			}
			for _, e := range fam.Entries {
				if !e.InMajor(major) || !strings.HasPrefix(e.Package, root) {
					continue
				}
				checked++
				p := byPath[sinks.Versioned(root, e.Package, major)]
				if p == nil || p.Types == nil {
					fmt.Printf("STALE %s: %s: package %s does not resolve\n", fam.Name, e.Display, sinks.Versioned(root, e.Package, major))
					stale++
					continue
				}
				for _, problem := range sinks.EntryProblems(p.Types, e) {
					fmt.Printf("STALE %s: %s (%s.%s.%s): %s\n", fam.Name, e.Display, p.PkgPath, e.Receiver, e.Name, problem)
					stale++
				}
			}
			var in []coverage.Package
			for _, p := range pkgs {
				if p.Types != nil && p.Module != nil && p.Module.Path == path && p.Name != "main" && !strings.Contains(p.PkgPath+"/", "/internal/") {
					in = append(in, coverage.Package{Types: p.Types})
				}
			}
			slices.SortFunc(in, func(a, b coverage.Package) int { return strings.Compare(a.Types.Path(), b.Types.Path()) })
			in = slices.CompactFunc(in, func(a, b coverage.Package) bool { return a.Types.Path() == b.Types.Path() })
			rep := &coverage.Report{Module: path, Version: version}
			coverage.Classify(rep, m, &fam, in)
			uncovered := 0
			for _, r := range rep.Rows {
				if r.Status == coverage.NotSink && sends.MatchString(r.Func) {
					fmt.Printf("UNCOVERED %s: %s %s\n", fam.Name, r.Package, r.Func)
					uncovered++
				}
			}
			fmt.Printf("%s@%s (family %s): %d entries checked, %d stale; entry %d, rule %d, not a sink %d; %d uncovered that look like sends\n",
				path, version, fam.Name, checked, stale, rep.Counts[coverage.Entry], rep.Counts[coverage.Rule], rep.Counts[coverage.NotSink], uncovered)
		}
	}
	return nil
}

// module is a row of go list -m -json all.
type module struct{ Path, Version string }

func buildList(dir string) ([]module, error) {
	cmd := exec.Command("go", "list", "-m", "-json", "all")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -m all in %s: %v", dir, err)
	}
	var mods []module
	dec := json.NewDecoder(bufio.NewReader(strings.NewReader(string(out))))
	for dec.More() {
		var m module
		if err := dec.Decode(&m); err != nil {
			return nil, err
		}
		mods = append(mods, m)
	}
	return mods, nil
}

// newest finds the highest major of root in the build list.
func newest(mods []module, root string) (path, version string, major int) {
	for _, m := range mods {
		for n := 1; n < 200; n++ {
			if m.Path == sinks.Versioned(root, root, n) && n > major {
				path, version, major = m.Path, m.Version, n
			}
		}
	}
	return path, version, major
}

func load(dir string, mode packages.LoadMode, patterns ...string) ([]*packages.Package, error) {
	cfg := &packages.Config{Mode: mode | packages.NeedModule, Dir: dir}
	return packages.Load(cfg, patterns...)
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privetlint/privet/internal/host/report"
	"github.com/privetlint/privet/internal/host/vetjson"
	"github.com/privetlint/privet/passes/config"
)

// The standalone command does not load the program itself: it runs
//
//	go vet -vettool=<this executable> -json -privetstats.emit [flags] <packages>
//
// and turns go vet's output into its report. go vet analyses each package
// in its own vet tool process from export data and its dependencies'
// facts, in dependency order, and caches the facts and the output in the
// go build cache, keyed on the package's inputs: memory stays that of a
// few packages at a time whatever the size of the dependency graph, a
// second run analyses only what changed, and GOCACHEPROG shares the
// cache between machines. Loading the whole graph in one process (as
// the first standalone command did with go/packages and x/tools'
// checker) grew with the dependency graph: 7.7 GB on paperless-gpt,
// out of memory on k8sgpt.
//
// go vet (1.26) caches a package's output under one key whether the
// package was vetted to report or only for its facts, as a dependency,
// which prints nothing (README, "Beware of go vet's result cache"). Two
// things keep the standalone command's reports whole: -privetstats.emit
// is part of go vet's cache key, so entries written by a user's go vet
// are never replayed here; and every package of the main module that the
// requested packages import is vetted as a root too (its report is
// dropped unless it was requested), so every entry this command writes
// for the module's packages is a full report.

// listedPackage is what go list says of a package.
type listedPackage struct {
	ImportPath string
	Dir        string
	Name       string
	Standard   bool
	DepOnly    bool
	ForTest    string
	Imports    []string
	Module     *struct {
		Main          bool
		Path, Version string
		Dir           string
	}
	Error *struct{ Pos, Err string }
}

// vetPlan is what the driver learnt from go list before running go vet.
type vetPlan struct {
	requested map[string]bool   // import paths the patterns matched
	roots     []string          // the packages go vet vets as roots
	dirs      map[string]string // import path -> directory
	imports   map[string][]string
	units     int // the units go vet will analyse, about (progress)
	errors    []report.Error
}

// goCmd is the go command the driver runs.
var goCmd = "go"

// buildFlags returns the go command's build flags for the options.
func buildFlags(o *options) []string {
	if o.tags != "" {
		return []string{"-tags=" + o.tags}
	}
	return nil
}

// plan lists the packages the patterns match and their dependencies.
func plan(o *options, wd string, c *converter) (*vetPlan, error) {
	args := []string{"list", "-e", "-deps", "-json=ImportPath,Dir,Name,Standard,DepOnly,ForTest,Imports,Module,Error"}
	if o.tests {
		args = append(args, "-test")
	}
	args = append(args, buildFlags(o)...)
	args = append(args, "--")
	args = append(args, o.patterns...)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(goCmd, args...)
	cmd.Dir, cmd.Stdout, cmd.Stderr = wd, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, strings.TrimSpace(stderr.String()))
	}
	p := &vetPlan{requested: map[string]bool{}, dirs: map[string]string{}, imports: map[string][]string{}}
	dec := json.NewDecoder(&stdout)
	var module []string
	bad := map[string]bool{}
	for {
		var lp listedPackage
		if err := dec.Decode(&lp); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list output: %v", err)
		}
		testMain := lp.Name == "main" && strings.HasSuffix(lp.ImportPath, ".test")
		if !testMain {
			p.units++
		}
		if lp.ForTest != "" || testMain {
			continue // a test variant: vetted with its package
		}
		p.dirs[lp.ImportPath] = lp.Dir
		p.imports[lp.ImportPath] = lp.Imports
		c.addModule(lp)
		if lp.Error != nil {
			bad[lp.ImportPath] = true
			p.errors = append(p.errors, c.listError(lp.ImportPath, lp.Error.Pos, lp.Error.Err))
			continue
		}
		if !lp.DepOnly {
			p.requested[lp.ImportPath] = true
			p.roots = append(p.roots, lp.ImportPath)
		} else if lp.Module != nil && lp.Module.Main && !lp.Standard {
			module = append(module, lp.ImportPath)
		}
	}
	if len(p.requested) == 0 && len(p.errors) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(o.patterns, " "))
	}
	p.roots = append(p.roots, module...)
	return p, nil
}

// vet runs go vet on the plan's roots and returns the report of the
// requested packages. seen is called with each unit's statistics as go
// vet prints them.
func vet(o *options, wd string, p *vetPlan, c *converter, seen func(unit string, st packageStats)) (*report.Report, error) {
	rep := &report.Report{Errors: p.errors}
	if len(p.roots) == 0 {
		return rep, nil
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	// Every unmarked field is reported: the standalone command prints
	// them as advice, apart from the findings, and they do not fail it
	// (finish); privet annotate tags them.
	args := []string{"vet", "-vettool=" + exe, "-json", "-" + statsName + ".emit", "-privetdiscover.all_fields"}
	args = append(args, buildFlags(o)...)
	var env []string
	if o.config != "" {
		// PRIVET_CONFIG rather than -privet.config: the vet tool's
		// identity (privet -V=full, which go vet runs without the
		// analyzers' flags) then hashes and checks this file instead of
		// the .privet.yml files below the working directory, so an edit
		// of it invalidates go vet's cache. Absolute: go vet runs the
		// tool in each package's directory.
		file, err := filepath.Abs(o.config)
		if err != nil {
			return nil, err
		}
		env = append(os.Environ(), config.EnvVar+"="+file)
	}
	if o.policy != "" {
		args = append(args, "-privet.policy="+o.policy)
	}
	if o.kinds != "" {
		args = append(args, "-privet.kinds="+o.kinds)
	}
	args = append(args, o.vetFlags...)
	args = append(args, "--")
	args = append(args, p.roots...)
	cmd := exec.Command(goCmd, args...)
	cmd.Dir, cmd.Env = wd, env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	units := vetjson.Units{}
	analysed := map[string]bool{}
	readErr := vetjson.Read(bufio.NewReader(out), func(id string, entries map[string]json.RawMessage) {
		pkg := vetjson.Package(id)
		if raw, ok := entries[statsName]; ok {
			var st packageStats
			if json.Unmarshal(raw, &st) == nil {
				analysed[pkg] = true
				if seen != nil {
					seen(pkg, st)
				}
			}
			delete(entries, statsName)
		}
		if !p.requested[pkg] || len(entries) == 0 {
			return // a dependency's (replayed) report, or statistics only
		}
		if units[id] == nil {
			units[id] = map[string]json.RawMessage{}
		}
		for a, raw := range entries {
			units[id][a] = raw
		}
	})
	if readErr != nil {
		io.Copy(io.Discard, out)
	}
	runErr := cmd.Wait()
	if readErr != nil {
		return nil, fmt.Errorf("go vet output: %v", readErr)
	}
	failed := c.vetErrors(&stderr, rep)
	if runErr != nil && len(failed) == 0 && len(rep.Errors) == len(p.errors) {
		return nil, fmt.Errorf("go vet: %v\n%s", runErr, strings.TrimSpace(stderr.String()))
	}
	for pkg := range p.requested {
		if !analysed[pkg] && !failed[pkg] {
			if bad := p.brokenImports(pkg, failed); len(bad) > 0 {
				rep.Errors = append(rep.Errors, report.Error{Package: pkg,
					Message: "not analysed: it imports packages with errors: " + strings.Join(bad, ", ")})
			}
		}
	}
	ids := make([]string, 0, len(units))
	for id := range units {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	files := newSourceFiles()
	dup := map[string]bool{}
	for _, id := range ids {
		pkg := vetjson.Package(id)
		names := make([]string, 0, len(units[id]))
		for a := range units[id] {
			if o.analyzer == "" || a == o.analyzer {
				names = append(names, a)
			}
		}
		slices.Sort(names)
		for _, a := range names {
			diags, errMsg, err := vetjson.Entry(units[id][a])
			switch {
			case err != nil:
				rep.Errors = append(rep.Errors, report.Error{Package: pkg, Message: a + ": " + err.Error()})
				continue
			case errMsg != "":
				rep.Errors = append(rep.Errors, report.Error{Package: pkg, Message: errMsg})
				continue
			}
			for _, vd := range diags {
				f, ok := c.finding(pkg, files, vd)
				if !ok {
					continue
				}
				if !o.tests && strings.HasSuffix(f.File, "_test.go") {
					continue
				}
				// Test variants analyse a package's files twice.
				key := f.Location.String() + "\x00" + f.Message
				if dup[key] {
					continue
				}
				dup[key] = true
				rep.Findings = append(rep.Findings, f)
			}
		}
	}
	return rep, nil
}

// brokenImports lists the packages of failed that pkg imports, directly
// or not.
func (p *vetPlan) brokenImports(pkg string, failed map[string]bool) []string {
	var bad []string
	seen := map[string]bool{pkg: true}
	stack := []string{pkg}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, imp := range p.imports[cur] {
			if seen[imp] {
				continue
			}
			seen[imp] = true
			if failed[imp] {
				bad = append(bad, imp)
			}
			stack = append(stack, imp)
		}
	}
	slices.Sort(bad)
	return bad
}

// vetErrors turns go vet's standard error into report errors: compile
// errors under a "# package" header, and any other line as it is. It
// returns the packages that had errors.
func (c *converter) vetErrors(stderr *bytes.Buffer, rep *report.Report) map[string]bool {
	failed := map[string]bool{}
	pkg := ""
	seen := map[string]bool{}
	for line := range strings.Lines(stderr.String()) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case strings.HasPrefix(line, "# "):
			pkg = vetjson.Package(strings.TrimPrefix(line, "# "))
			failed[pkg] = true
			continue
		}
		e := report.Error{Package: pkg, Message: strings.TrimSpace(line)}
		if m := errorLine.FindStringSubmatch(line); m != nil {
			e.Posn, e.Message = c.rel(m[1])+m[2], m[3]
		}
		if key := e.String(); !seen[key] {
			seen[key] = true
			rep.Errors = append(rep.Errors, e)
		}
	}
	return failed
}

package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/privetlint/privet/analyzers/discover"
	"github.com/privetlint/privet/internal/host/fix"
	"github.com/privetlint/privet/internal/host/report"
)

const annotateUsage = `usage: privet annotate [-w] [flags] [packages]

privet annotate runs privetdiscover over the packages (default ./...) and
adds the suggested privet tag to every struct field that looks like
customer data but is not marked: privet:"pii", privet:"credential", ...
Without -w it prints the change as a unified diff; with -w it writes the
files (gofmt-aligned when they were gofmt-clean). Review the result: keep
the tags that are right, and turn the others into privet:"-" (reviewed,
not sensitive), which privetdiscover then leaves alone.

With -from-findings, only the fields that reach a sink are tagged: the
provisional sources of the leaks privet finds.

The .privet.yml discover section applies (enabled, min_confidence,
ignore); source rules and //privet:ignore are respected.

Flags:
`

// annotate is "privet annotate"; it returns the exit status: 0 done (with
// or without changes), 2 usage, load or analysis error.
func annotate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, annotateUsage)
		fs.PrintDefaults()
	}
	write := fs.Bool("w", false, "write the tags into the files instead of printing a diff")
	list := fs.Bool("list", false, "list the findings (file:line:col: message) instead of printing a diff")
	minConf := fs.String("min-confidence", "", "annotate only fields found with at least this `confidence`: low, medium or high (default: the policy's, else medium)")
	cfgPath := fs.String("config", "", "policy `file` to use instead of the .privet.yml found walking up from each package")
	tags := fs.String("tags", "", "comma-separated build `tags`")
	fromFindings := fs.Bool("from-findings", false, "tag only the fields that reach a sink: the provisional sources of the leaks privet finds (the whole analysis runs, with discover.sources: always)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *minConf != "" {
		if _, err := discover.ParseConfidence(*minConf); err != nil {
			fmt.Fprintf(stderr, "privet annotate: -min-confidence: %v\n", err)
			return 2
		}
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(stderr, "privet annotate:", err)
		return 2
	}
	// privet annotate runs go vet as the standalone command does, for
	// privetdiscover's findings only.
	o := &options{patterns: patterns, tags: *tags, config: *cfgPath, tests: true, analyzer: discover.Analyzer.Name}
	if *minConf != "" {
		o.vetFlags = []string{"-" + discover.Analyzer.Name + ".min_confidence=" + *minConf}
	}
	if *fromFindings {
		o.analyzer = ""
		o.vetFlags = append(o.vetFlags, "-"+discover.Analyzer.Name+".sources=always")
	}
	res, err := analyze(o, wd, newProgress(stdout, stderr, false))
	if err != nil {
		fmt.Fprintln(stderr, "privet annotate:", err)
		return 2
	}
	status := 0
	for _, e := range res.report.Errors {
		fmt.Fprintln(stderr, "privet annotate:", e)
		status = 2
	}
	var reaching func(*report.Finding) bool
	if *fromFindings {
		reaching = reachingFields(res.report.Findings)
	}
	set := fix.NewSet()
	fields := 0
	for _, f := range res.report.Findings {
		if len(f.Fixes) == 0 || f.Category != discover.CategoryField || reaching != nil && !reaching(f) {
			continue
		}
		fields++
		if *list {
			fmt.Fprintf(stdout, "%s: %s\n", f.Location, f.Message)
		}
		if !set.Add(f.Fixes[0]) {
			fmt.Fprintf(stderr, "privet annotate: %s: conflicting tags suggested for one field; left alone\n", f.Location)
			status = 2
		}
	}
	files := set.Files()
	for _, name := range files {
		if *list && !*write {
			break
		}
		file := filepath.FromSlash(name)
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(stderr, "privet annotate:", err)
			status = 2
			continue
		}
		out, err := set.Apply(name, src)
		if err != nil {
			fmt.Fprintf(stderr, "privet annotate: %v\n", err)
			status = 2
			continue
		}
		out = gofmtAgain(src, out)
		if *write {
			st, err := os.Stat(file)
			if err == nil {
				err = os.WriteFile(file, out, st.Mode().Perm())
			}
			if err != nil {
				fmt.Fprintln(stderr, "privet annotate:", err)
				status = 2
				continue
			}
			fmt.Fprintln(stdout, annotatePath(file))
			continue
		}
		// gofmt realigns the lines around the tags: the diff shows the
		// file as written.
		shown := annotatePath(file)
		d, err := fix.Rewrite(shown, src, out).Diff(shown, src)
		if err != nil {
			fmt.Fprintf(stderr, "privet annotate: %v\n", err)
			status = 2
			continue
		}
		io.WriteString(stdout, d)
	}
	switch {
	case fields == 0:
		fmt.Fprintln(stderr, "privet annotate: no unmarked fields found")
	case *list && !*write:
		fmt.Fprintf(stderr, "privet annotate: %d fields in %d files\n", fields, len(files))
	case *write:
		fmt.Fprintf(stderr, "privet annotate: tagged %d fields in %d files; review them, and write privet:\"-\" on those that are not sensitive\n", fields, len(files))
	default:
		fmt.Fprintf(stderr, "privet annotate: %d fields in %d files would be tagged; run with -w to write\n", fields, len(files))
	}
	return status
}

// sourceStep finds where a source enters a leak's path: the first step
// of each source's path in the trace ("read Customer.Email", "value of
// type Lead used as a whole"). The trace, not the message, because the
// message names the first three sources of a call only ("and 2 more").
var sourceStep = regexp.MustCompile(`^(?:read ([A-Za-z_][A-Za-z0-9_.]*)$|value of type ([A-Za-z_][A-Za-z0-9_.]*) (?:used|printed) as a whole)`)

// fieldSuggestion finds the field a privetdiscover suggestion is about.
var fieldSuggestion = regexp.MustCompile(`^field ([A-Za-z_][A-Za-z0-9_.]*) looks like `)

// reachingFields returns a test for privetdiscover's field suggestions:
// whether the field is a source of a leak with a provisional source (for
// a whole value, any field of its type). A declared source met there is
// tagged already, so privetdiscover suggests nothing for it.
func reachingFields(findings []*report.Finding) func(*report.Finding) bool {
	fields, types := map[string]bool{}, map[string]bool{}
	for _, f := range findings {
		if !f.Provisional {
			continue
		}
		for _, s := range f.Trace {
			switch m := sourceStep.FindStringSubmatch(s.Message); {
			case m == nil:
			case m[1] != "":
				fields[m[1]] = true
			default:
				types[m[2]] = true
			}
		}
	}
	return func(f *report.Finding) bool {
		m := fieldSuggestion.FindStringSubmatch(f.Message)
		if m == nil {
			return false
		}
		typ := m[1][:strings.LastIndex(m[1], ".")]
		return fields[m[1]] || types[typ]
	}
}

// gofmtAgain formats fixed, the fixed text of src, when src was
// gofmt-clean, so that struct tags stay aligned.
func gofmtAgain(src, fixed []byte) []byte {
	if clean, err := format.Source(src); err == nil && bytes.Equal(clean, src) {
		if formatted, err := format.Source(fixed); err == nil {
			return formatted
		}
	}
	return fixed
}

// annotatePath names a file relative to the working directory when it is
// below it.
func annotatePath(file string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, file); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

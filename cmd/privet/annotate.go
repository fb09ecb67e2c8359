package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/analyzers/discover"
)

const annotateUsage = `usage: privet annotate [-w] [flags] [packages]

privet annotate runs privetdiscover over the packages (default ./...) and
adds the suggested privet tag to every struct field that looks like
customer data but is not marked: privet:"pii", privet:"credential", ...
Without -w it prints the change as a unified diff; with -w it writes the
files (gofmt-aligned when they were gofmt-clean). Review the result: keep
the tags that are right, and turn the others into privet:"-" (reviewed,
not sensitive), which privetdiscover then leaves alone.

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
	// New returns privet, then privetdiscover.
	disc := analyzers.New(analyzers.Settings{Config: *cfgPath, MinConfidence: *minConf})[1]
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	cfg := &packages.Config{Mode: packages.LoadAllSyntax}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintln(stderr, "privet annotate:", err)
		return 2
	}
	status := 0
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			fmt.Fprintln(stderr, e)
			status = 2
		}
	})
	if len(pkgs) == 0 {
		fmt.Fprintln(stderr, "privet annotate: no packages match", strings.Join(patterns, " "))
		return 2
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{disc}, pkgs, nil)
	if err != nil {
		fmt.Fprintln(stderr, "privet annotate:", err)
		return 2
	}
	edits := map[string][]annotateEdit{}
	fields := 0
	for _, act := range graph.Roots {
		if act.Err != nil {
			// A package that failed to load was reported above.
			if len(act.Package.Errors) == 0 {
				fmt.Fprintf(stderr, "privet annotate: %s: %v\n", act.Package.PkgPath, act.Err)
			}
			status = 2
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			fields++
			if *list {
				posn := fset.Position(d.Pos)
				fmt.Fprintf(stdout, "%s:%d:%d: %s\n", annotatePath(posn.Filename), posn.Line, posn.Column, d.Message)
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				f := fset.File(e.Pos)
				fe := annotateEdit{f.Offset(e.Pos), f.Offset(e.End), string(e.NewText)}
				if !slices.Contains(edits[f.Name()], fe) {
					edits[f.Name()] = append(edits[f.Name()], fe)
				}
			}
		}
	}
	files := make([]string, 0, len(edits))
	for f := range edits {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, file := range files {
		if *list && !*write {
			break
		}
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(stderr, "privet annotate:", err)
			status = 2
			continue
		}
		out, err := annotateApply(src, edits[file])
		if err != nil {
			fmt.Fprintf(stderr, "privet annotate: %s: %v\n", file, err)
			status = 2
			continue
		}
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
		io.WriteString(stdout, annotateDiff(annotatePath(file), src, out))
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

// annotateEdit replaces src[start:end] with text.
type annotateEdit struct {
	start, end int
	text       string
}

// annotateApply applies non-overlapping edits and, when the file was
// gofmt-clean, formats the result so that struct tags stay aligned.
func annotateApply(src []byte, edits []annotateEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b annotateEdit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("overlapping or stale edit at offset %d (was the file changed since it was loaded?)", e.start)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	if clean, err := format.Source(src); err == nil && bytes.Equal(clean, src) {
		if formatted, err := format.Source(out.Bytes()); err == nil {
			return formatted, nil
		}
	}
	return out.Bytes(), nil
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

// annotateDiff renders old → new as a unified diff with three lines of
// context (a/ and b/ prefixes, for patch -p1 and git apply). Tag edits
// and gofmt realignment keep the line count, so lines are compared pair
// by pair; otherwise the differing middle is one hunk.
func annotateDiff(name string, old, new []byte) string {
	a, b := annotateLines(old), annotateLines(new)
	if slices.Equal(a, b) {
		return ""
	}
	// changed[i] pairs old and new line ranges that differ.
	type span struct{ a0, a1, b0, b1 int } // [a0,a1) of a replaced by [b0,b1) of b
	var spans []span
	if len(a) == len(b) {
		for i := 0; i < len(a); i++ {
			if a[i] == b[i] {
				continue
			}
			j := i
			for j < len(a) && a[j] != b[j] {
				j++
			}
			spans = append(spans, span{i, j, i, j})
			i = j
		}
	} else {
		pre := 0
		for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
			pre++
		}
		suf := 0
		for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
			suf++
		}
		spans = append(spans, span{pre, len(a) - suf, pre, len(b) - suf})
	}
	const ctx = 3
	var out strings.Builder
	fmt.Fprintf(&out, "--- a/%s\n+++ b/%s\n", name, name)
	for i := 0; i < len(spans); {
		// Group spans whose context overlaps into one hunk.
		j := i
		for j+1 < len(spans) && spans[j+1].a0-spans[j].a1 <= 2*ctx {
			j++
		}
		a0 := max(spans[i].a0-ctx, 0)
		a1 := min(spans[j].a1+ctx, len(a))
		b0 := spans[i].b0 - (spans[i].a0 - a0)
		b1 := spans[j].b1 + (a1 - spans[j].a1)
		fmt.Fprintf(&out, "@@ -%s +%s @@\n", annotateHunk(a0, a1-a0), annotateHunk(b0, b1-b0))
		pos := a0
		for k := i; k <= j; k++ {
			s := spans[k]
			for ; pos < s.a0; pos++ {
				annotateDiffLine(&out, " ", a[pos])
			}
			for _, l := range a[s.a0:s.a1] {
				annotateDiffLine(&out, "-", l)
			}
			for _, l := range b[s.b0:s.b1] {
				annotateDiffLine(&out, "+", l)
			}
			pos = s.a1
		}
		for ; pos < a1; pos++ {
			annotateDiffLine(&out, " ", a[pos])
		}
		i = j + 1
	}
	return out.String()
}

func annotateHunk(start0, count int) string {
	if count == 0 {
		return fmt.Sprintf("%d,0", start0)
	}
	if count == 1 {
		return fmt.Sprint(start0 + 1)
	}
	return fmt.Sprintf("%d,%d", start0+1, count)
}

func annotateLines(text []byte) []string {
	var out []string
	for line := range strings.Lines(string(text)) {
		out = append(out, line)
	}
	return out
}

func annotateDiffLine(out *strings.Builder, prefix, line string) {
	out.WriteString(prefix)
	out.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		out.WriteString("\n\\ No newline at end of file\n")
	}
}

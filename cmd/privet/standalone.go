package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/internal/host/baseline"
	"github.com/privetlint/privet/internal/host/fix"
	"github.com/privetlint/privet/internal/host/report"
	"github.com/privetlint/privet/internal/version"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// Exit statuses of the standalone command.
const (
	exitClean    = 0 // no findings
	exitFindings = 1 // findings (new ones, with -baseline)
	exitError    = 2 // usage, policy, load or analysis error
)

// options are the standalone command's flags.
type options struct {
	format        string
	json          bool
	trace         bool
	output        string
	baseline      string
	baselineWrite string
	fix, diff     bool
	config, kinds string
	policy        string
	tests         bool
	reportTests   bool
	tags          string
	explain       string
	cpuprofile    string
	verbose       bool
	version       bool
	patterns      []string

	// Set by other commands that use the driver (privet annotate).
	vetFlags []string // more flags for the vet tool
	sources  string   // -sources: discover.sources for this run
	analyzer string   // report only this analyzer's diagnostics; "": all
}

// standaloneFlags returns the standalone command's flags, bound to o.
func standaloneFlags(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("privet", flag.ContinueOnError)
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json or sarif")
	fs.BoolVar(&o.json, "json", false, "shorthand for -format json")
	fs.BoolVar(&o.trace, "trace", false, "text output: print the path of each finding, one \"file:line:col: \\tstep\" line per step (position first, as go vet prints it)")
	fs.StringVar(&o.output, "o", "", "write the findings (or the -diff) to `file` instead of standard output")
	fs.StringVar(&o.baseline, "baseline", "", "report only findings not recorded in the baseline `file`")
	fs.StringVar(&o.baselineWrite, "baseline-write", "", "record the current findings in the baseline `file` and exit 0")
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes (wrap the read of the source in a sanitizer) to the files")
	fs.BoolVar(&o.diff, "diff", false, "print the suggested fixes as a unified diff instead of the findings; change no file")
	for _, name := range []string{"config", "privet.config"} {
		fs.StringVar(&o.config, name, "", "policy `file` to use instead of the .privet.yml found walking up from each package (also: PRIVET_CONFIG)")
	}
	for _, name := range []string{"policy", "privet.policy"} {
		fs.StringVar(&o.policy, name, "", "the policy itself, as YAML `text` or @FILE; wins over -config and any .privet.yml")
	}
	for _, name := range []string{"kinds", "privet.kinds"} {
		fs.StringVar(&o.kinds, name, "", "report only flows into these sink `kinds`, comma-separated ("+sinks.KindList()+", or a custom kind)")
	}
	for _, name := range []string{"sources", "privetdiscover.sources"} {
		fs.StringVar(&o.sources, name, "", "when unmarked fields that look like customer data are provisional sources: auto, always or never (overrides discover.sources)")
	}
	fs.BoolVar(&o.tests, "test", true, "also analyse test files")
	for _, name := range []string{"tests", "privet.tests"} {
		fs.BoolVar(&o.reportTests, name, false, "also report findings in _test.go files (off by default; the policy's tests: true turns them on too)")
	}
	fs.StringVar(&o.tags, "tags", "", "comma-separated build `tags`")
	fs.BoolVar(&o.verbose, "v", false, "also print on stderr where a bound of the engine cut the analysis short (the function and what it means)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the command to `file` (the analysis itself runs in go vet's vet tool processes: set PRIVET_VET_CPUPROFILE_DIR=dir for a profile per package)")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of a `topic` (same as privet explain topic)")
	fs.BoolVar(&o.version, "version", false, "print privet's version, VCS revision and Go version, and exit")
	return fs
}

// takesValue reports whether name is a standalone flag that takes a
// value (so "-name value" is one flag, which vetArgs must not mistake
// for a vet tool's flags and *.cfg file).
func takesValue(name string) bool {
	f := standaloneFlags(&options{}).Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

func parseFlags(args []string, stderr io.Writer) (*options, int) {
	o := &options{}
	fs := standaloneFlags(o)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(stderr) }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitClean
		}
		return nil, exitError
	}
	if o.json {
		o.format = "json"
	}
	usageErr := func(format string, args ...any) (*options, int) {
		fmt.Fprintf(stderr, "privet: "+format+"\n", args...)
		fmt.Fprintln(stderr, "run 'privet -h' for usage")
		return nil, exitError
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return usageErr("unknown -format %q: want text, json or sarif", o.format)
	}
	if o.baseline != "" && o.baselineWrite != "" {
		return usageErr("-baseline and -baseline-write exclude each other")
	}
	if err := analyzers.CheckKindsSpelling(o.kinds); err != nil {
		return usageErr("-kinds: %v", err)
	}
	if o.sources != "" {
		if !slices.Contains(config.SourceModes, o.sources) {
			return usageErr("-sources: unknown mode %q (known: %s)", o.sources, strings.Join(config.SourceModes, ", "))
		}
		o.vetFlags = append(o.vetFlags, "-privetdiscover.sources="+o.sources)
	}
	if o.reportTests {
		o.vetFlags = append(o.vetFlags, "-privet.tests")
	}
	if (o.fix || o.diff) && o.format != "text" {
		return usageErr("-fix and -diff print no %s; drop -format", o.format)
	}
	if o.fix && o.diff {
		o.fix = false // -diff shows what -fix would do
	}
	o.patterns = fs.Args()
	if len(o.patterns) == 0 {
		o.patterns = []string{"./..."}
	}
	return o, -1
}

// standalone is the standalone command: privet [flags] [packages]. It
// returns the exit status.
func standalone(args []string, stdout, stderr io.Writer) int {
	o, code := parseFlags(args, stderr)
	if o == nil {
		return code
	}
	if o.explain != "" {
		return explainCmd([]string{o.explain}, stdout, stderr)
	}
	if o.version {
		return versionCmd(nil, stdout, stderr)
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "privet:", err)
			return exitError
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(stderr, "privet:", err)
			return exitError
		}
		defer pprof.StopCPUProfile()
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "privet: %v\n", err)
		return exitError
	}
	if err := checkPolicy(config.Settings{File: o.config, Text: o.policy}); err != nil {
		fmt.Fprintln(stderr, err)
		return exitError
	}
	if err := o.inlinePolicy(); err != nil {
		fmt.Fprintf(stderr, "privet: %v\n", err)
		return exitError
	}
	if err := checkPolicyKinds(config.Settings{File: o.config, Text: o.policy}, o.kinds); err != nil {
		fmt.Fprintf(stderr, "privet: -kinds: %v\nrun 'privet -h' for usage\n", err)
		return exitError
	}
	prog := newProgress(stdout, stderr, o.format == "text")
	res, err := analyze(o, wd, prog)
	prog.done()
	if err != nil {
		fmt.Fprintf(stderr, "privet: %v\n", err)
		return exitError
	}
	return finish(o, res, stdout, stderr)
}

// checkPolicy rejects an invalid policy before anything is loaded: the
// -config file, or the file found for the working directory and those in
// its subdirectories (the ones privet -V=full hashes for go vet). Policy
// files that apply to packages elsewhere are checked by the analysis.
func checkPolicy(s config.Settings) error {
	if s.Text != "" {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		_, err = sinks.LoadPolicy(s, wd)
		return err
	}
	files, err := policyFiles(s)
	if err != nil {
		return err
	}
	return checkPolicies(s, files)
}

// inlinePolicy reads a -policy=@FILE into the policy text, so that go
// vet, which keys its cache on the vet tool's flags, sees an edit of the
// file as a change of input.
func (o *options) inlinePolicy() error {
	file, ok := strings.CutPrefix(o.policy, "@")
	if !ok {
		return nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("-policy: %v", err)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("-policy: %s is empty", file)
	}
	o.policy = string(data)
	return nil
}

// result is what one analysis produced, before baselines and output.
type result struct {
	report *report.Report
	// limits are the bounds of the engine reached, one line each (-v).
	limits []string
}

// analyze runs go vet with privet on the packages (vetdriver.go) and
// collects the report.
func analyze(o *options, wd string, prog *progress) (*result, error) {
	prog.phase("listing packages")
	c := newConverter(wd)
	p, err := plan(o, wd, c)
	if err != nil {
		return nil, err
	}
	c.pkgDirs = p.dirs
	counted, stop := prog.count(p.units)
	var lim limitsSeen
	rep, err := vet(o, wd, p, c, func(unit string, st packageStats) {
		counted()
		lim.add(unit, st)
	})
	stop()
	if err != nil {
		return nil, err
	}
	rep.Sort()
	rep.Notes = lim.bounds()
	res := &result{report: rep}
	if o.verbose {
		res.limits = lim.report()
	}
	return res, nil
}

// kindList splits the -kinds flag.
func kindList(kinds string) []string {
	if kinds == "" {
		return nil
	}
	return strings.Split(kinds, ",")
}

// finish applies the baseline, fixes and output format to a result and
// returns the exit status.
func finish(o *options, res *result, stdout, stderr io.Writer) int {
	rep := res.report
	for _, e := range rep.Errors {
		fmt.Fprintf(stderr, "privet: %s\n", e)
	}
	if o.verbose {
		for _, l := range res.limits {
			fmt.Fprintf(stderr, "privet: %s\n", l)
		}
	}
	status := exitClean
	if len(rep.Errors) > 0 {
		status = exitError
	}
	if o.baselineWrite != "" {
		var buf bytes.Buffer
		baseline.New(rep.Findings).Write(&buf)
		if err := os.WriteFile(o.baselineWrite, buf.Bytes(), 0o666); err != nil {
			fmt.Fprintf(stderr, "privet: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "privet: recorded %d findings in %s\n", len(rep.Findings), o.baselineWrite)
		return status
	}
	if o.baseline != "" {
		b, err := baseline.Read(o.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "privet: %v\n", err)
			return exitError
		}
		rep = &report.Report{Findings: b.Filter(rep.Findings), Errors: rep.Errors, Notes: rep.Notes}
	}
	var out bytes.Buffer
	switch {
	case o.fix || o.diff:
		remaining, err := applyFixes(o, rep, &out, stderr)
		if err != nil {
			fmt.Fprintf(stderr, "privet: %v\n", err)
			return exitError
		}
		if o.fix {
			// Print what is left to do by hand.
			report.Text(&out, &report.Report{Findings: remaining}, o.trace)
			rep = &report.Report{Findings: remaining}
		}
	case o.format == "json":
		report.JSON(&out, rep)
	case o.format == "sarif":
		if err := report.SARIF(&out, rep, toolInfo(), nil); err != nil {
			fmt.Fprintf(stderr, "privet: %v\n", err)
			return exitError
		}
	default:
		report.Text(&out, rep, o.trace)
		if n := countAdvice(rep.Findings); n > 0 {
			defer fmt.Fprintf(stderr, "privet: the last %d of %d findings are advice, not leaks: unmarked fields that look like customer data (privet annotate -w tags them, privet:\"-\" marks one reviewed) and interfaces whose implementations send; advice alone exits 0\n", n, len(rep.Findings))
		}
	}
	if o.output != "" {
		if err := os.WriteFile(o.output, out.Bytes(), 0o666); err != nil {
			fmt.Fprintf(stderr, "privet: %v\n", err)
			return exitError
		}
	} else if _, err := stdout.Write(out.Bytes()); err != nil {
		return exitError
	}
	if status == exitClean && slices.ContainsFunc(rep.Findings, func(f *report.Finding) bool { return !f.Advice() }) {
		status = exitFindings
	}
	return status
}

// countAdvice counts the findings that are advice (report.Finding.Advice).
func countAdvice(findings []*report.Finding) int {
	n := 0
	for _, f := range findings {
		if f.Advice() {
			n++
		}
	}
	return n
}

// applyFixes applies (-fix) or prints as a diff (-diff, into out) the
// first suggested fix of each finding, and returns the findings no fix
// resolved.
func applyFixes(o *options, rep *report.Report, out io.Writer, stderr io.Writer) ([]*report.Finding, error) {
	set := fix.NewSet()
	var remaining []*report.Finding
	for _, f := range rep.Findings {
		if len(f.Fixes) == 0 && f.Fingerprint != "" && !strings.HasSuffix(f.File, ".go") && o.fix {
			// A finding placed by a //line directive: its fix would
			// edit the Go file at offsets go vet reports against the
			// other file, so none is offered (analyzers.remapped).
			fmt.Fprintf(stderr, "privet: %s: no fix: the position comes from a //line directive; change the file it names, or the generator\n", f.Location)
		}
		if len(f.Fixes) == 0 || !set.Add(f.Fixes[0]) {
			remaining = append(remaining, f)
		}
	}
	files := set.Files()
	for _, file := range files {
		src, err := os.ReadFile(filepath.FromSlash(file))
		if err != nil {
			return nil, err
		}
		if o.diff {
			d, err := set.Diff(file, src)
			if err != nil {
				return nil, err
			}
			io.WriteString(out, d)
			continue
		}
		fixed, err := set.Apply(file, src)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.FromSlash(file), fixed, 0o666); err != nil {
			return nil, err
		}
	}
	if o.fix {
		fmt.Fprintf(stderr, "privet: fixed %d of %d findings in %d files\n", len(rep.Findings)-len(remaining), len(rep.Findings), len(files))
	}
	if o.diff {
		// Findings stay findings until the diff is applied.
		return rep.Findings, nil
	}
	return remaining, nil
}

// toolInfo describes privet in SARIF output.
func toolInfo() report.Tool {
	v := version.Get()
	return report.Tool{Name: "privet", InformationURI: "https://github.com/privetlint/privet",
		Version: v.Short(), SemanticVersion: v.Semantic()}
}

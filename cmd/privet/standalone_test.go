package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The standalone command's tests run privet in process (run, or analyze
// and finish to share one analysis between output formats) on the
// modules in testdata/cli, which use only their own packages and the
// standard library, so that they need no network. The command runs go
// vet with the test binary as its vet tool (TestMain).

// TestMain lets the test binary be privet's vet tool: the standalone
// command runs go vet with its own executable as -vettool.
// With PRIVET_TEST_VETLOG set, each unit the vet tool analyses is logged
// there, one line each, so tests can tell analysis from the cache.
func TestMain(m *testing.M) {
	// Run as privet itself under that name (a link made by a test that
	// needs the command on PATH, such as the completion scripts').
	if filepath.Base(os.Args[0]) == "privet" {
		vetTool(os.Args[1:])
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if log := os.Getenv("PRIVET_TEST_VETLOG"); log != "" {
		if args := os.Args[1:]; len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
			if f, err := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o666); err == nil {
				fmt.Fprintln(f, vetUnitID(args))
				f.Close()
			}
		}
	}
	vetTool(os.Args[1:])
	os.Exit(m.Run())
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cli/golden")

// cliDir is testdata/cli, absolute (tests change directory).
var cliDir = func() string {
	d, err := filepath.Abs(filepath.Join("..", "..", "testdata", "cli"))
	if err != nil {
		panic(err)
	}
	return d
}()

// inModule makes dir the working directory for the test, with a go
// environment that cannot reach the network or switch toolchains.
func inModule(t *testing.T, dir string) {
	t.Helper()
	t.Setenv("GOWORK", "off")
	t.Setenv("GOTOOLCHAIN", "local")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("PRIVET_CONFIG", "")
	t.Chdir(dir)
}

// copyModule copies testdata/cli/name into a temporary directory and
// makes it the working directory.
func copyModule(t *testing.T, name string) string {
	t.Helper()
	dst := t.TempDir()
	src := filepath.Join(cliDir, name)
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o777)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
	inModule(t, dst)
	return dst
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join(cliDir, "golden", name)
	if *update {
		if err := os.WriteFile(file, got, 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", file, got, want)
	}
}

// analyzeLeaks analyses testdata/cli/leaks with the default flags.
func analyzeLeaks(t *testing.T, prog *progress) *result {
	t.Helper()
	inModule(t, filepath.Join(cliDir, "leaks"))
	o, _ := parseFlags(nil, os.Stderr)
	wd, _ := os.Getwd()
	res, err := analyze(o, wd, prog)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.report.Errors) > 0 {
		t.Fatalf("errors loading testdata/cli/leaks: %v", res.report.Errors)
	}
	return res
}

// TestOutputFormats loads and analyses testdata/cli/leaks once and
// renders it in every format.
func TestOutputFormats(t *testing.T) {
	res := analyzeLeaks(t, newProgress(nil, nil, false))
	outputs := map[string][]byte{}
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"leaks.txt", nil},
		{"leaks.trace.txt", []string{"-trace"}},
		{"leaks.json", []string{"-format", "json"}},
		{"leaks.sarif", []string{"-format", "sarif"}},
		{"leaks.diff", []string{"-diff"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			o, code := parseFlags(tc.args, os.Stderr)
			if o == nil {
				t.Fatalf("parseFlags(%q) = exit %d", tc.args, code)
			}
			var stdout, stderr bytes.Buffer
			if got := finish(o, res, &stdout, &stderr); got != exitFindings {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, exitFindings, stderr.Bytes())
			}
			golden(t, tc.golden, stdout.Bytes())
			outputs[tc.golden] = stdout.Bytes()
			// Same input, same bytes.
			var again bytes.Buffer
			finish(o, res, &again, &stderr)
			if !bytes.Equal(again.Bytes(), stdout.Bytes()) {
				t.Error("second rendering differs from the first")
			}
		})
	}
	t.Run("sarif schema", func(t *testing.T) { checkSARIF(t, outputs["leaks.sarif"]) })
	t.Run("json", func(t *testing.T) {
		var doc struct {
			Version  int
			Findings []struct {
				Category, Fingerprint string
				Trace                 []struct{ File string }
				Fixes                 []struct{ Edits []struct{ New string } }
			}
			Errors []any
		}
		if err := json.Unmarshal(outputs["leaks.json"], &doc); err != nil {
			t.Fatal(err)
		}
		if doc.Version != 1 || len(doc.Findings) != 5 || doc.Errors == nil {
			t.Errorf("JSON: version %d, %d findings, errors %v", doc.Version, len(doc.Findings), doc.Errors)
		}
		for _, f := range doc.Findings {
			// privetdiscover's suggestion has no trace.
			if f.Category == "" || f.Fingerprint == "" || len(f.Trace) == 0 && f.Category != "unmarked" {
				t.Errorf("JSON finding lacks category, fingerprint or trace: %+v", f)
			}
		}
		if len(doc.Findings) < 2 || len(doc.Findings[1].Fixes) != 1 || doc.Findings[1].Fixes[0].Edits[0].New != "privacy.Mask(" {
			t.Errorf("first leak's fix: %+v", doc.Findings)
		}
	})
}

// checkSARIF validates a SARIF log against the official 2.1.0 schema and
// checks that a trace through three packages became a code flow.
func checkSARIF(t *testing.T, data []byte) {
	checkSARIFSchema(t, data)
	checkSARIFFlows(t, data)
}

// checkSARIFSchema validates a SARIF log against the official 2.1.0
// schema.
func checkSARIFSchema(t *testing.T, data []byte) {
	t.Helper()
	schemaFile := filepath.Join(cliDir, "sarif-schema-2.1.0.json")
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("sarif-schema-2.1.0.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		detail := err.Error()
		if ve, ok := err.(*jsonschema.ValidationError); ok {
			out, _ := json.MarshalIndent(ve.BasicOutput(), "", "  ")
			detail = string(out)
		}
		t.Fatalf("SARIF output does not validate against %s: %s", schemaFile, detail)
	}
}

// checkSARIFFlows checks that a trace through three packages became a
// code flow, and that every result has its rule and fingerprint.
func checkSARIFFlows(t *testing.T, data []byte) {

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string
						Help struct{ Text, Markdown string }
					}
				}
			}
			Results []struct {
				RuleID              string
				PartialFingerprints map[string]string
				CodeFlows           []struct {
					ThreadFlows []struct {
						Locations []struct {
							Location struct {
								PhysicalLocation struct {
									ArtifactLocation struct{ URI string }
									Region           struct{ StartColumn int }
								}
							}
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	rules := map[string]bool{}
	for _, r := range run.Tool.Driver.Rules {
		rules[r.ID] = true
		if r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("rule %s has no help", r.ID)
		}
	}
	multi := false
	for _, res := range run.Results {
		if !rules[res.RuleID] {
			t.Errorf("result with ruleId %q has no rule", res.RuleID)
		}
		if res.PartialFingerprints["privet/v1"] == "" {
			t.Errorf("result %s has no partial fingerprint", res.RuleID)
		}
		for _, cf := range res.CodeFlows {
			for _, tf := range cf.ThreadFlows {
				dirs := map[string]bool{}
				for _, l := range tf.Locations {
					dirs[path.Dir(l.Location.PhysicalLocation.ArtifactLocation.URI)] = true
				}
				if dirs["customer"] && dirs["support"] && dirs["llm"] {
					multi = true
				}
			}
		}
	}
	if !rules["ai"] || !rules["analytics"] {
		t.Errorf("rules lack ai or analytics: %v", rules)
	}
	if !multi {
		t.Error("no code flow goes through customer/, support/ and llm/")
	}
}

// TestProgress: on a terminal, the progress line counts every package
// of the graph, and the findings are those of a run without it.
func TestProgress(t *testing.T) {
	plain := analyzeLeaks(t, newProgress(nil, nil, false))
	var line bytes.Buffer
	shown := analyzeLeaks(t, &progress{w: &line, on: true})
	if len(shown.report.Findings) != len(plain.report.Findings) {
		t.Errorf("%d findings with the progress line, %d without", len(shown.report.Findings), len(plain.report.Findings))
	}
	m := regexp.MustCompile(`analysed (\d+)/(\d+) packages$`).FindStringSubmatch(line.String())
	if m == nil || m[1] != m[2] || m[1] == "0" {
		t.Errorf("progress line ends %q, want every package counted", line.String()[max(0, line.Len()-60):])
	}
}

// policyUserID is a one-line policy (for -policy) that makes User.ID of
// testdata/cli/clean sensitive.
const policyUserID = "{version: 1, sources: [{package: example.com/clean/app, type: User, fields: [ID], category: pii}]}"

// TestExitStatus runs the command on small modules and checks its exit
// status and the gist of its output.
func TestExitStatus(t *testing.T) {
	for _, tc := range []struct {
		name, module string
		args         []string
		status       int
		stdout       []string
		stderr       []string
	}{
		{name: "clean", module: "clean", status: exitClean},
		{name: "findings", module: "leaks", args: []string{"-kinds", "analytics", "./support"}, status: exitFindings,
			stdout: []string{"support/support.go:34:2: payment data (Customer.Card) reaches an analytics service (track Event)"}},
		// Unmarked fields alone are advice: listed, said so, exit 0.
		{name: "advice only", module: "leaks", args: []string{"./customer"}, status: exitClean,
			stdout: []string{`customer/customer.go:11:2: field Customer.Phone looks like pii (name "Phone") but is not marked`},
			stderr: []string{"privet: the last 1 of 1 findings are advice, not leaks"}},
		{name: "bad config", module: "badconfig", status: exitError,
			stderr: []string{`.privet.yml:2:1: unknown key "sinkz" in the policy file; did you mean "sinks"?`}},
		{name: "broken package", module: "broken", status: exitError,
			stdout: []string{"ok/ok.go:16:23: pii data (User.Email) reaches an AI service (ok Send)"},
			stderr: []string{
				"privet: broken/broken.go:5:28: cannot use",
				"privet: example.com/broken/user: not analysed: it imports packages with errors: example.com/broken/broken",
			}},
		{name: "missing package", module: "clean", args: []string{"./nosuchdir"}, status: exitError},
		{name: "bad flag", module: "clean", args: []string{"-nosuchflag"}, status: exitError,
			stderr: []string{"flag provided but not defined: -nosuchflag"}},
		{name: "bad format", module: "clean", args: []string{"-format", "xml"}, status: exitError,
			stderr: []string{`unknown -format "xml"`}},
		{name: "missing config file", module: "clean", args: []string{"-config", "nosuch.yml"}, status: exitError,
			stderr: []string{"nosuch.yml"}},
		{name: "policy flag", module: "clean", args: []string{"-policy", policyUserID}, status: exitFindings,
			stdout: []string{"app/app.go:20:2: pii data (User.ID) reaches an AI service (app Send)"}},
		{name: "policy flag under go vet's name", module: "clean", args: []string{"-privet.policy=" + policyUserID}, status: exitFindings,
			stdout: []string{"pii data (User.ID)"}},
		{name: "bad policy flag", module: "clean", args: []string{"-policy", "{version: 1, sourcez: []}"}, status: exitError,
			stderr: []string{`-privet.policy:1:14: unknown key "sourcez" in the policy file; did you mean "sources"?`}},
		{name: "policy flag file", module: "clean", args: []string{"-policy", "@nosuch.yml"}, status: exitError,
			stderr: []string{"-privet.policy: open nosuch.yml"}},
		{name: "help", module: "clean", args: []string{"-h"}, status: exitClean,
			stderr: []string{"usage: privet [flags] [packages]", "Exit status: 0 no findings, 1 findings, 2"}},
		{name: "explain", module: "clean", args: []string{"explain", "ai"}, status: exitClean,
			stdout: []string{"ai: sensitive customer data reaches an AI service", "How to fix it", "//privet:ignore"}},
		{name: "explain topics", module: "clean", args: []string{"explain"}, status: exitClean,
			stdout: []string{"leak ", "analytics ", "policy "}},
		{name: "explain unknown", module: "clean", args: []string{"-explain", "nosuch"}, status: exitError},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inModule(t, filepath.Join(cliDir, tc.module))
			var stdout, stderr bytes.Buffer
			if got := run(tc.args, &stdout, &stderr); got != tc.status {
				t.Errorf("privet %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s",
					strings.Join(tc.args, " "), got, tc.status, stdout.Bytes(), stderr.Bytes())
			}
			for _, want := range tc.stdout {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout lacks %q:\n%s", want, stdout.Bytes())
				}
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr.Bytes())
				}
			}
		})
	}
}

// TestBaseline: a baseline written today keeps the same findings quiet
// after unrelated lines move, and a new leak is reported alone.
func TestBaseline(t *testing.T) {
	dir := copyModule(t, "leaks")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"-baseline-write", "privet-baseline.json"}, &stdout, &stderr); got != exitClean {
		t.Fatalf("-baseline-write: exit status %d\n%s", got, stderr.Bytes())
	}
	data, err := os.ReadFile("privet-baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "leaks.baseline.json", data)

	support := filepath.Join(dir, "support", "support.go")
	src, err := os.ReadFile(support)
	if err != nil {
		t.Fatal(err)
	}
	// Move every finding down: lines above them, and inside the function.
	moved := strings.Replace(string(src), "// Greeting asks", "// Pad is new.\nfunc Pad() {}\n\n// Greeting asks", 1)
	moved = strings.Replace(moved, "func Greeting(c *llm.Client, cust *customer.Customer) string {\n",
		"func Greeting(c *llm.Client, cust *customer.Customer) string {\n\t// A comment.\n\n", 1)
	write(t, support, moved)
	stdout.Reset()
	stderr.Reset()
	if got := run([]string{"-baseline", "privet-baseline.json"}, &stdout, &stderr); got != exitClean || stdout.Len() > 0 {
		t.Fatalf("after moving lines: exit status %d, want 0, and findings:\n%s%s", got, stdout.Bytes(), stderr.Bytes())
	}

	// A new leak, and a second copy of a baselined one in its function.
	leaky := moved + `
// Export is a new leak.
func Export(cust *customer.Customer) {
	track.Event("export", map[string]string{"email": cust.Email})
}
`
	leaky = strings.Replace(leaky, "\treturn c.Ask(\"Write a greeting for \" + cust.Name)\n",
		"\tc.Ask(\"Write a greeting for \" + cust.Name)\n\treturn c.Ask(\"Write a greeting for \" + cust.Name)\n", 1)
	write(t, support, leaky)
	stdout.Reset()
	stderr.Reset()
	got := run([]string{"-baseline", "privet-baseline.json"}, &stdout, &stderr)
	want := "support/support.go:19:9: pii data (Customer.Name) reaches an AI service (llm Client.Ask) without an approved sanitizer\n" +
		"support/support.go:49:2: pii data (Customer.Email) reaches an analytics service (track Event) without an approved sanitizer\n"
	if got != exitFindings || stdout.String() != want {
		t.Errorf("after adding leaks: exit status %d, want 1, and\n%s\nwant\n%s\nstderr:\n%s", got, stdout.Bytes(), want, stderr.Bytes())
	}

	// A second source into a baselined call: the call's one report now
	// names both, and is new.
	more := strings.Replace(moved, `c.Ask("Write a greeting for " + cust.Name)`, `c.Ask("Write a greeting for " + cust.Name + cust.Email)`, 1)
	write(t, support, more)
	stdout.Reset()
	stderr.Reset()
	got = run([]string{"-baseline", "privet-baseline.json"}, &stdout, &stderr)
	want = "support/support.go:18:9: pii data (Customer.Email, Customer.Name) reaches an AI service (llm Client.Ask) without an approved sanitizer\n"
	if got != exitFindings || stdout.String() != want {
		t.Errorf("after adding a source: exit status %d, want 1, and\n%s\nwant\n%s\nstderr:\n%s", got, stdout.Bytes(), want, stderr.Bytes())
	}
}

// TestTestFiles: a leak in a _test.go file is left out by default, and
// reported with -tests.
func TestTestFiles(t *testing.T) {
	dir := copyModule(t, "leaks")
	write(t, filepath.Join(dir, "support", "support_test.go"), `package support

import (
	"testing"

	"example.com/leaks/customer"
	"example.com/leaks/llm"
)

func TestGreeting(t *testing.T) {
	c := &customer.Customer{Name: "Ada"}
	new(llm.Client).Ask("hello " + c.Name)
}
`)
	want := "support/support_test.go:12:2: pii data (Customer.Name) reaches an AI service (llm Client.Ask) without an approved sanitizer\n"
	for _, tc := range []struct {
		args []string
		in   bool
	}{{nil, false}, {[]string{"-tests"}, true}} {
		var stdout, stderr bytes.Buffer
		run(tc.args, &stdout, &stderr)
		if got := strings.Contains(stdout.String(), want); got != tc.in {
			t.Errorf("privet %v: test file finding reported: %v, want %v\n%s%s", tc.args, got, tc.in, stdout.Bytes(), stderr.Bytes())
		}
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

// TestFix applies the suggested fixes to a copy of testdata/cli/leaks,
// compares the result with the golden file, and analyses the fixed
// module again: it type-checks and only the findings without a fix are
// left: the one without a sanitizer, and the one whose source is read
// in another package (customer.Contact), where wrapping the argument
// here could mask more than the address.
func TestFix(t *testing.T) {
	dir := copyModule(t, "leaks")
	var stdout, stderr bytes.Buffer
	remaining := "support/support.go:18:9: pii data (Customer.Email) reaches an AI service (llm Client.Ask) without an approved sanitizer\n" +
		"support/support.go:34:2: payment data (Customer.Card) reaches an analytics service (track Event) without an approved sanitizer\n"
	if got := run([]string{"-fix"}, &stdout, &stderr); got != exitFindings || stdout.String() != remaining {
		t.Fatalf("-fix: exit status %d, want 1, and findings\n%s\nwant\n%s\nstderr:\n%s", got, stdout.Bytes(), remaining, stderr.Bytes())
	}
	// The discovery tag on Customer.Phone is a fix too.
	if want := "privet: fixed 3 of 5 findings in 2 files\n"; stderr.String() != want {
		t.Errorf("-fix stderr:\n%s\nwant\n%s", stderr.Bytes(), want)
	}
	fixed, err := os.ReadFile(filepath.Join(dir, "support", "support.go"))
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "support.go.fixed", fixed)
	stdout.Reset()
	stderr.Reset()
	if got := run(nil, &stdout, &stderr); got != exitFindings || stdout.String() != remaining || stderr.Len() > 0 {
		t.Errorf("after -fix: exit status %d, want 1, and findings\n%s\nwant\n%s\nstderr:\n%s", got, stdout.Bytes(), remaining, stderr.Bytes())
	}
}

// TestOutputFile: -o writes the output to a file, nothing to stdout.
func TestOutputFile(t *testing.T) {
	inModule(t, filepath.Join(cliDir, "clean"))
	out := filepath.Join(t.TempDir(), "privet.sarif")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"-format", "sarif", "-o", out, "./..."}, &stdout, &stderr); got != exitClean || stdout.Len() > 0 || stderr.Len() > 0 {
		t.Fatalf("exit status %d, stdout %q, stderr %q", got, stdout.Bytes(), stderr.Bytes())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var log struct{ Runs []struct{ Results []any } }
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 || log.Runs[0].Results == nil || len(log.Runs[0].Results) != 0 {
		t.Errorf("%s: %v\n%s", out, err, data)
	}
}

func TestVetProtocol(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"-V=full"}, true},
		{[]string{"-V"}, true},
		{[]string{"-flags"}, true},
		{[]string{"help", "privet"}, true},
		{[]string{"help", "privet", "privetdiscover"}, true},
		{[]string{"help", "vet"}, false},
		{[]string{"/tmp/go-build1/b001/vet.cfg"}, true},
		{[]string{"-json", "-privet.kinds=ai", "/tmp/go-build1/b001/vet.cfg"}, true},
		{nil, false},
		{[]string{"help"}, false},
		{[]string{"help", "explain"}, false},
		{[]string{"./..."}, false},
		{[]string{"-trace", "./..."}, false},
		{[]string{"-format", "sarif", "-o", "out.cfg"}, false},
		{[]string{"explain", "ai"}, false},
		{[]string{"-o", "report.cfg"}, false},
		{[]string{"-o=report.cfg"}, false},
		{[]string{"-cpuprofile", "x.cfg"}, false},
		{[]string{"-cpuprofile", "x.cfg", "./..."}, false},
		{[]string{"config", "x.cfg"}, false},
	} {
		if _, got := vetArgs(tc.args); got != tc.want {
			t.Errorf("vetArgs(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestTakesValue: the flags that take a value are those of the
// standalone flag set, which vetArgs consults.
func TestTakesValue(t *testing.T) {
	for name, want := range map[string]bool{
		"o": true, "format": true, "config": true, "privet.config": true, "kinds": true, "cpuprofile": true,
		"json": false, "trace": false, "fix": false, "test": false, "nosuchflag": false,
	} {
		if got := takesValue(name); got != want {
			t.Errorf("takesValue(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestHelp: "privet help" prints to stdout what "privet -h" prints to
// stderr, which lists every command.
func TestHelp(t *testing.T) {
	var help, helpErr, h, hOut bytes.Buffer
	if got := run([]string{"help"}, &help, &helpErr); got != exitClean || helpErr.Len() > 0 {
		t.Fatalf("privet help: exit status %d, stderr %q", got, helpErr.Bytes())
	}
	if got := run([]string{"-h"}, &hOut, &h); got != exitClean || hOut.Len() > 0 {
		t.Fatalf("privet -h: exit status %d, stdout %q", got, hOut.Bytes())
	}
	if help.String() != h.String() {
		t.Errorf("privet help:\n%s\nprivet -h:\n%s", help.Bytes(), h.Bytes())
	}
	for _, c := range commands() {
		if !strings.Contains(help.String(), "\n  privet "+c.name) {
			t.Errorf("privet help does not list privet %s:\n%s", c.name, help.Bytes())
		}
	}
	// privet's own text: what privet is, the commands, the standalone
	// flags, and the analyzers' flags under go vet; nothing of
	// unitchecker's text about vet tools in general.
	for _, want := range []string{"usage: privet [flags] [packages]", "privet help privet", "  -cpuprofile file",
		"go vet -vettool=$(which privet)", "  -privet.kinds kinds", "  -privet.config", "  -privetdiscover.min_confidence string"} {
		if !strings.Contains(help.String(), want) {
			t.Errorf("privet help lacks %q:\n%s", want, help.Bytes())
		}
	}
	var vet, vetErr bytes.Buffer
	if got := run([]string{"help", "vet"}, &vet, &vetErr); got != exitClean || !strings.Contains(vet.String(), "  -privet.kinds kinds") {
		t.Errorf("privet help vet: exit status %d\n%s%s", got, vet.Bytes(), vetErr.Bytes())
	}
	for _, out := range []string{help.String(), vet.String()} {
		for _, unwanted := range []string{"Printf", "strings.Split", "(deprecated)", "is a tool for static analysis"} {
			if strings.Contains(out, unwanted) {
				t.Errorf("help has unitchecker's generic text %q:\n%s", unwanted, out)
			}
		}
	}
	var stdout, stderr bytes.Buffer
	if got := run([]string{"help", "nosuch"}, &stdout, &stderr); got != exitError || !strings.Contains(stderr.String(), `no help for "nosuch"`) {
		t.Errorf("privet help nosuch: exit status %d, stderr %q", got, stderr.Bytes())
	}
}

// TestVerboseLimits checks that -v names the functions where a bound of
// the engine cut the analysis short and counts the packages per route
// (wide is analysed, plain takes the fast path, the standard library is
// skipped), and that without -v nothing is said.
func TestVerboseLimits(t *testing.T) {
	inModule(t, filepath.Join(cliDir, "bounds"))
	want := "privet: bound reached in example.com/bounds/wide.Spread: summary-flows: "
	for _, tc := range []struct {
		args []string
		says bool
	}{{[]string{"-v", "./..."}, true}, {[]string{"./..."}, false}} {
		var stdout, stderr bytes.Buffer
		if got := standalone(tc.args, &stdout, &stderr); got != exitFindings {
			t.Errorf("privet %v: exit status %d, want %d; stderr:\n%s", tc.args, got, exitFindings, stderr.String())
		}
		if got := strings.Contains(stderr.String(), want); got != tc.says {
			t.Errorf("privet %v: stderr says the bound: %v, want %v; stderr:\n%s", tc.args, got, tc.says, stderr.String())
		}
		if got := strings.Contains(stderr.String(), "privet: analysed example.com/bounds/wide: calls the sink example.com/bounds/wide.Send\n"); got != tc.says {
			t.Errorf("privet %v: stderr says why wide is analysed: %v, want %v; stderr:\n%s", tc.args, got, tc.says, stderr.String())
		}
		routes := regexp.MustCompile(`privet: packages: 1 analysed, 1 on the fast path, [1-9]\d* skipped`)
		if got := routes.MatchString(stderr.String()); got != tc.says {
			t.Errorf("privet %v: stderr counts the routes: %v, want %v; stderr:\n%s", tc.args, got, tc.says, stderr.String())
		}
	}
}

// TestLimitsInReports: JSON and SARIF carry the bounds reached without
// -v, as notes (level note in SARIF), so a CI log never hides them.
func TestLimitsInReports(t *testing.T) {
	inModule(t, filepath.Join(cliDir, "bounds"))
	want := "bound reached in example.com/bounds/wide.Spread: summary-flows: "
	for _, format := range []string{"json", "sarif"} {
		var stdout, stderr bytes.Buffer
		if got := standalone([]string{"-format", format, "./..."}, &stdout, &stderr); got != exitFindings {
			t.Fatalf("privet -format %s: exit status %d; stderr:\n%s", format, got, stderr.String())
		}
		var out struct {
			Notes []string
			Runs  []struct {
				Invocations []struct {
					ToolExecutionNotifications []struct {
						Level   string
						Message struct{ Text string }
					}
				}
			}
		}
		if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
			t.Fatal(err)
		}
		var notes []string
		if format == "json" {
			notes = out.Notes
		} else {
			for _, n := range out.Runs[0].Invocations[0].ToolExecutionNotifications {
				if n.Level == "note" {
					notes = append(notes, n.Message.Text)
				}
			}
		}
		if len(notes) != 1 || !strings.HasPrefix(notes[0], want) {
			t.Errorf("privet -format %s: notes %q, want one starting %q", format, notes, want)
		}
	}
}

// TestGoVetCache: the standalone command keeps its results in the go
// build cache. A second run analyses nothing; after an edit of one
// package only it and its importers are analysed again; the findings are
// the same each time. A subset vetted first — by privet or by the user's
// go vet — does not hide the findings of the packages it imports from a
// later run on the whole module (go vet's report cache problem).
func TestGoVetCache(t *testing.T) {
	dir := copyModule(t, "leaks")
	t.Setenv("GOCACHE", t.TempDir())
	log := filepath.Join(t.TempDir(), "vet.log")
	t.Setenv("PRIVET_TEST_VETLOG", log)
	analysed := func() []string {
		t.Helper()
		data, _ := os.ReadFile(log)
		os.Remove(log)
		units := strings.Fields(string(data))
		slices.Sort(units)
		return units
	}
	runPrivet := func(args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if got := standalone(args, &stdout, &stderr); got != exitFindings {
			t.Fatalf("privet %v: exit status %d; stderr:\n%s", args, got, stderr.String())
		}
		return stdout.String()
	}
	const unmarked = "customer/customer.go:11:2: field Customer.Phone looks like pii"

	// The user's go vet on a subset first, then privet on a subset.
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	vet := exec.Command("go", "vet", "-vettool="+exe, "./support")
	vet.Dir = dir
	if out, err := vet.CombinedOutput(); err == nil || strings.Contains(string(out), "customer/customer.go:11") {
		t.Fatalf("go vet ./support: %v, want findings of support alone:\n%s", err, out)
	}
	runPrivet("./support")
	analysed()

	first := runPrivet("./...")
	if !strings.Contains(first, unmarked) {
		t.Errorf("privet ./... after subsets lacks the finding of an imported package %q:\n%s", unmarked, first)
	}
	if units := analysed(); len(units) == 0 {
		t.Log("every unit came from the cache") // the subsets analysed them as roots
	}
	if again := runPrivet("./..."); again != first {
		t.Errorf("second run differs:\n%s\nfirst:\n%s", again, first)
	}
	if units := analysed(); len(units) > 0 {
		t.Errorf("second run analysed %v, want everything from the cache", units)
	}

	// Edit a package that only support imports.
	file := filepath.Join(dir, "track", "track.go")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, append(src, "\nfunc unused() {}\n"...), 0o666); err != nil {
		t.Fatal(err)
	}
	if edited := runPrivet("./..."); edited != first {
		t.Errorf("run after the edit differs:\n%s\nfirst:\n%s", edited, first)
	}
	units := analysed()
	if !slices.Contains(units, "example.com/leaks/track") || slices.Contains(units, "example.com/leaks/customer") {
		t.Errorf("after editing track, analysed %v: want track and its importers only", units)
	}
}

// TestDependencyDemand: a call of a built-in sanitizer makes the user's
// own packages relevant (their hashing helpers get summaries that say the
// result is clean) but not a dependency's: testdata/cli/vendored's
// hashlib (vendored, so it has a module version) takes the fast path,
// and a flow through its Digest is reported as through any pass-through
// helper.
func TestDependencyDemand(t *testing.T) {
	inModule(t, filepath.Join(cliDir, "vendored"))
	t.Setenv("GOFLAGS", "-mod=vendor")
	var stdout, stderr bytes.Buffer
	if got := standalone([]string{"-v", "./..."}, &stdout, &stderr); got != exitFindings {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", got, exitFindings, stderr.String())
	}
	want := "app/app.go:34:32: pii data (Customer.Email) reaches an AI service (app Send) without an approved sanitizer\n"
	if stdout.String() != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout.String(), want)
	}
	for _, line := range []string{
		"privet: analysed example.com/vendored/app: calls the sanitizer crypto/sha256.Sum256\n",
		"privet: packages: 1 analysed, 1 on the fast path, ",
	} {
		if !strings.Contains(stderr.String(), line) {
			t.Errorf("stderr lacks %q:\n%s", line, stderr.String())
		}
	}
}

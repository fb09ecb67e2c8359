package main

import (
	"bytes"
	"cmp"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/vetjson"
)

// The reliability table (issue 20: nothing silent). Each case is a bad
// input — a struct tag, a directive, a policy file, a flag, a package
// pattern, code that does not type-check, a //line directive — run
// through the standalone command (in process) and through go vet with
// this test binary as the vet tool, on a module of testdata/reliability
// (or testdata/cli). It asserts the exact first line each prints and the
// exit status: a bad input that makes privet say nothing fails it.
//
// The first line is, for the standalone command, that of standard error
// when the status is 2 (usage, policy or load error) and of standard
// output otherwise; for go vet, the first of its output lines (standard
// output and error) once its "# package" headers are dropped and the
// lines sorted, since go vet prints packages in the order they finish.
// go vet's own status is 1 whatever the vet tool's (2 for its own usage
// errors).

// reliabilityDir is testdata/reliability, absolute.
var reliabilityDir = func() string {
	d, err := filepath.Abs(filepath.Join("..", "..", "testdata", "reliability"))
	if err != nil {
		panic(err)
	}
	return d
}()

type outcome struct {
	line   string
	status int
}

type reliabilityCase struct {
	name   string
	module string // under testdata/reliability, or "cli/NAME" for testdata/cli/NAME
	setup  func(t *testing.T, dir string)
	env    []string // for both hosts
	args   []string // the standalone command's (packages: ./...)
	vet    []string // go vet's flags (packages: ./...)
	// want and wantVet are the outcomes of the standalone command and of
	// go vet.
	want, wantVet outcome
	// absent is text neither host may print.
	absent string
}

func reliabilityCases() []reliabilityCase {
	symlink := func(target string) func(*testing.T, string) {
		return func(t *testing.T, dir string) {
			if err := os.Symlink(target, filepath.Join(dir, ".privet.yml")); err != nil {
				t.Skip(err)
			}
		}
	}
	huge := func(t *testing.T, dir string) {
		write(t, filepath.Join(dir, ".privet.yml"), strings.Repeat("x", 5_000_000)+"\n")
	}
	template := func(t *testing.T, dir string) {
		var b strings.Builder
		for i := range 200 {
			b.WriteString("template line " + string(rune('0'+i%10)) + ": {{.Name}} hello world this is the template\n")
		}
		write(t, filepath.Join(dir, "app", "template.tmpl"), b.String())
	}
	hugeTag := func(t *testing.T, dir string) {
		write(t, filepath.Join(dir, "app", "aa.go"), "package app\n\ntype Big struct{ V string `privet:"+strings.Repeat("p", 100_000)+"` }\n")
	}
	return []reliabilityCase{
		// Struct tags and directives.
		{name: "malformed tags, alias, near-miss directive", module: "silent_annotations",
			want:    outcome{"app/app.go:6:25: malformed struct tag `privet:pii`: the value of privet is not quoted (want privet:\"value\", no space after the colon), so the privet key is not read; did you mean `privet:\"pii\"`?", 1},
			wantVet: outcome{"app/app.go:6:25: malformed struct tag `privet:pii`: the value of privet is not quoted (want privet:\"value\", no space after the colon), so the privet key is not read; did you mean `privet:\"pii\"`?", 1}},
		{name: "huge malformed tag", module: "kinds_typo", setup: hugeTag,
			want:    outcome{`app/aa.go:3:27: malformed struct tag "privet:ppppppppppppppppppppppppppppppppppppppppp"... (100007 bytes): the value of privet is not quoted (want privet:"value", no space after the colon), so the privet key is not read`, 1},
			wantVet: outcome{`app/aa.go:3:27: malformed struct tag "privet:ppppppppppppppppppppppppppppppppppppppppp"... (100007 bytes): the value of privet is not quoted (want privet:"value", no space after the colon), so the privet key is not read`, 1}},
		{name: "directive wording", module: "directive_messages",
			want:    outcome{"app/app.go:8:1: //privet:sensitive above a grouped type declaration marks no type: it must be in the doc comment of one type spec, inside the parentheses", 1},
			wantVet: outcome{"app/app.go:8:1: //privet:sensitive above a grouped type declaration marks no type: it must be in the doc comment of one type spec, inside the parentheses", 1}},

		// Flags.
		{name: "kinds case", module: "kinds_typo", args: []string{"-kinds", "AI"}, vet: []string{"-privet.kinds=AI"},
			want:    outcome{`privet: -kinds: unknown sink kind "AI"; did you mean "ai"?`, 2},
			wantVet: outcome{`privet: -privet.kinds: unknown sink kind "AI"; did you mean "ai"?`, 1}},
		{name: "kinds typo", module: "kinds_typo", args: []string{"-kinds", "ia"}, vet: []string{"-privet.kinds=ia"},
			want:    outcome{`privet: -kinds: unknown sink kind "ia"; did you mean "ai"?`, 2},
			wantVet: outcome{`privet: -privet.kinds: unknown sink kind "ia"; did you mean "ai"?`, 1}},
		{name: "sources mode", module: "kinds_typo", args: []string{"-sources", "sometimes"}, vet: []string{"-privetdiscover.sources=sometimes"},
			want:    outcome{`privet: -sources: unknown mode "sometimes" (known: auto, always, never)`, 2},
			wantVet: outcome{`privet: -privetdiscover.sources: unknown mode "sometimes" (known: auto, always, never)`, 1}},
		{name: "kinds ate the pattern", module: "kinds_typo", args: []string{"-kinds", "./..."}, vet: []string{"-privet.kinds=./..."},
			want:    outcome{`privet: -kinds: "./..." looks like a package pattern, not a sink kind: the kinds come first, e.g. -kinds=ai ./... (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash)`, 2},
			wantVet: outcome{`privet: -privet.kinds: "./..." looks like a package pattern, not a sink kind: the kinds come first, e.g. -kinds=ai ./... (kinds: ai, http, analytics, monitoring, telemetry, messaging, payment, rpc, crash)`, 1}},
		{name: "kinds declared", module: "kinds_custom", args: []string{"-kinds", "crm"}, vet: []string{"-privet.kinds=crm"},
			want:    outcome{"app/app.go:11:2: pii data (User.Email) reaches a crm sink (crm Note) without an approved sanitizer", 1},
			wantVet: outcome{"app/app.go:11:2: pii data (User.Email) reaches a crm sink (crm Note) without an approved sanitizer", 1}},
		{name: "unknown flag", module: "cli/clean", args: []string{"-nosuchflag"}, vet: []string{"-nosuchflag"},
			want:    outcome{"flag provided but not defined: -nosuchflag", 2},
			wantVet: outcome{"flag provided but not defined: -nosuchflag", 2}},

		// Policy files.
		{name: "second YAML document", module: "multidoc_policy",
			want:    outcome{".privet.yml:2:1: a second YAML document (after ---): a policy file is one document; merge its keys into the first", 2},
			wantVet: outcome{".privet.yml:2:1: a second YAML document (after ---): a policy file is one document; merge its keys into the first", 1}},
		{name: "garbage YAML document", module: "multidoc_policy", env: []string{"PRIVET_CONFIG=garbage.yml"},
			want:    outcome{"garbage.yml:2:1: did not find expected node content", 2},
			wantVet: outcome{"garbage.yml:2:1: did not find expected node content", 1}},
		{name: "config flag", module: "config_flag", args: []string{"-config", "single.yml"}, vet: []string{"-privet.config=single.yml"},
			want:    outcome{"app/app.go:11:9: pii data (User.Email) reaches an AI service (llm Client.Ask) without an approved sanitizer", 1},
			wantVet: outcome{"privet: policy file: stat single.yml: no such file or directory (go vet runs privet in each package's directory: give -privet.config the policy file's absolute path)", 1}},
		{name: "hosts and globs", module: "policy_unvalidated",
			want:    outcome{`.privet.yml:3:31: invalid path pattern "[unclosed": syntax error in pattern (wildcards are *, **, ? and [...] as in path.Match)`, 2},
			wantVet: outcome{`.privet.yml:3:31: invalid path pattern "[unclosed": syntax error in pattern (wildcards are *, **, ? and [...] as in path.Match)`, 1}},
		{name: "glob class", module: "exclude_glob", absent: "gen_1.go",
			want:    outcome{"app/app.go:11:9: pii data (User.Email) reaches an AI service (llm Client.Ask) without an approved sanitizer", 1},
			wantVet: outcome{"app/app.go:11:9: pii data (User.Email) reaches an AI service (llm Client.Ask) without an approved sanitizer", 1}},
		{name: "sink args out of range", module: "sink_args_out_of_range",
			want:    outcome{".privet.yml:5:12: args: 5 names no argument of llm.Send (2 parameters): the rule reports nothing through it (0 is the first argument after the receiver, -1 the receiver)", 1},
			wantVet: outcome{".privet.yml:5:12: args: 5 names no argument of llm.Send (2 parameters): the rule reports nothing through it (0 is the first argument after the receiver, -1 the receiver)", 1}},
		{name: "symbolic link loop", module: "symlink_policy", setup: symlink(".privet.yml"),
			want:    outcome{".privet.yml: cannot read the policy file: too many levels of symbolic links", 2},
			wantVet: outcome{".privet.yml: cannot read the policy file: too many levels of symbolic links", 1}},
		{name: "dangling symbolic link", module: "symlink_policy", setup: symlink("/nonexistent/policy.yml"),
			want:    outcome{".privet.yml: cannot read the policy file: no such file or directory", 2},
			wantVet: outcome{".privet.yml: cannot read the policy file: no such file or directory", 1}},
		{name: "huge scalar", module: "huge_scalar_message", setup: huge,
			want:    outcome{`.privet.yml:1:1: the policy file must be a mapping, not "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (5000000 bytes)`, 2},
			wantVet: outcome{`.privet.yml:1:1: the policy file must be a mapping, not "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"... (5000000 bytes)`, 1}},

		// Code.
		{name: "line directive", module: "line_directive", setup: template,
			want:    outcome{"app/template.tmpl:100: pii data (U.E) reaches an AI service (llm Client.Ask) without an approved sanitizer", 1},
			wantVet: outcome{"app/template.tmpl:100: pii data (U.E) reaches an AI service (llm Client.Ask) without an approved sanitizer", 1}},
		{name: "does not type-check", module: "cli/broken",
			want:    outcome{`privet: broken/broken.go:5:28: cannot use "forty-two" (untyped string constant) as int value in return statement`, 2},
			wantVet: outcome{`broken/broken.go:5:28: cannot use "forty-two" (untyped string constant) as int value in return statement`, 1}},
		// An internal error of the engine names its cause under both
		// hosts, not "failed prerequisites: privettaint".
		{name: "internal error", module: "cli/clean", env: []string{"PRIVET_TEST_CRASH_IN=example.com/clean/app"},
			want:    outcome{"privet: example.com/clean/app: internal error in privettaint while analysing package example.com/clean/app: crash asked for by PRIVET_TEST_CRASH_IN (please report it with this trace)", 2},
			wantVet: outcome{"example.com/clean/app: internal error in privettaint while analysing package example.com/clean/app: crash asked for by PRIVET_TEST_CRASH_IN (please report it with this trace)", 1}},
		{name: "no such package", module: "cli/clean", args: []string{"./nosuchdir"}, vet: []string{"./nosuchdir"},
			want:    outcome{"privet: ./nosuchdir: stat nosuchdir: directory not found", 2},
			wantVet: outcome{"stat nosuchdir: directory not found", 1}},
	}
}

// reliabilityModule copies a module of the table into a temporary
// directory and makes it the working directory.
func reliabilityModule(t *testing.T, name string) string {
	t.Helper()
	if rest, ok := strings.CutPrefix(name, "cli/"); ok {
		return copyModule(t, rest)
	}
	dst := t.TempDir()
	if err := os.CopyFS(dst, os.DirFS(filepath.Join(reliabilityDir, name))); err != nil {
		t.Fatal(err)
	}
	inModule(t, dst)
	return dst
}

func TestReliability(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range reliabilityCases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := reliabilityModule(t, tc.module)
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			for _, kv := range tc.env {
				k, v, _ := strings.Cut(kv, "=")
				t.Setenv(k, v)
			}

			// The standalone command, in process.
			args := tc.args
			if len(args) == 0 || strings.HasPrefix(args[len(args)-1], "-") || len(args) == 2 && takesValue(strings.TrimLeft(args[0], "-")) {
				args = append(slices.Clone(args), "./...")
			}
			var stdout, stderr bytes.Buffer
			status := run(args, &stdout, &stderr)
			out := stdout.String()
			if status == exitError {
				out = stderr.String()
			}
			got := outcome{strings.ReplaceAll(firstLine(out), dir+string(filepath.Separator), ""), status}
			if got != tc.want {
				t.Errorf("privet %s:\n got %d %q\nwant %d %q\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), got.status, got.line, tc.want.status, tc.want.line, limit(stdout.String()), limit(stderr.String()))
			}

			// go vet with this binary as the vet tool.
			vetArgs := append([]string{"vet", "-vettool=" + exe}, tc.vet...)
			if len(tc.vet) == 0 || strings.HasPrefix(tc.vet[len(tc.vet)-1], "-") {
				vetArgs = append(vetArgs, "./...")
			}
			cmd := exec.Command("go", vetArgs...)
			cmd.Dir = dir
			combined, err := cmd.CombinedOutput()
			vetStatus := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				vetStatus = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			gotVet := outcome{vetFirstLine(string(combined), dir), vetStatus}
			if gotVet != tc.wantVet {
				t.Errorf("go %s:\n got %d %q\nwant %d %q\noutput:\n%s", strings.Join(vetArgs[1:], " "), gotVet.status, gotVet.line, tc.wantVet.status, tc.wantVet.line, limit(string(combined)))
			}
			if tc.absent != "" && (strings.Contains(stdout.String()+stderr.String(), tc.absent) || strings.Contains(string(combined), tc.absent)) {
				t.Errorf("output names %q:\n%s%s%s", tc.absent, stdout.String(), stderr.String(), combined)
			}
		})
	}
}

// vetFirstLine is the first line of go vet's output as the table
// counts it: "# package" headers and the steps of a path (related
// information, "posn: \tstep") dropped; the lines with a position
// first (diagnostics, policy problems), by file, line and column, as the
// standalone command sorts them; then the others (usage errors, the go
// command's) in the order printed. The
// module's directory is cut from file names (go vet prints a file
// outside the package directory, such as a //line directive's, whole).
func vetFirstLine(out, dir string) string {
	type line struct {
		text      string
		file      string
		line, col int
		posn      bool
	}
	var lines []line
	for _, l := range strings.Split(out, "\n") {
		l = strings.ReplaceAll(l, dir+string(filepath.Separator), "")
		// Also dropped: the frames of an internal error's stack
		// trace, indented.
		if l == "" || strings.HasPrefix(l, "# ") || strings.Contains(l, ": \t") || strings.HasPrefix(l, "\t") {
			continue
		}
		posn, _, _ := strings.Cut(l, ": ")
		file, ln, col, ok := vetjson.SplitPosn(posn)
		lines = append(lines, line{l, file, ln, col, ok})
	}
	slices.SortStableFunc(lines, func(a, b line) int {
		switch {
		case a.posn != b.posn && a.posn:
			return -1
		case a.posn != b.posn:
			return 1
		case !a.posn:
			return 0
		}
		return cmp.Or(cmp.Compare(a.file, b.file), cmp.Compare(a.line, b.line), cmp.Compare(a.col, b.col))
	})
	if len(lines) == 0 {
		return ""
	}
	return lines[0].text
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// limit cuts long output for a test log.
func limit(s string) string {
	if len(s) > 4000 {
		return s[:4000] + "..."
	}
	return s
}

// TestFixLineDirective: -fix does not write into the file a //line
// directive names (it once wrote the sanitizer edit into the template at
// the Go file's offsets, and said it had fixed it): the finding stays,
// with a message, and no file changes.
func TestFixLineDirective(t *testing.T) {
	dir := reliabilityModule(t, "line_directive")
	var b strings.Builder
	for i := range 200 {
		b.WriteString("template line: {{.Name}} hello world this is the template " + strings.Repeat("x", i%7) + "\n")
	}
	tmpl := filepath.Join(dir, "app", "template.tmpl")
	write(t, tmpl, b.String())
	goFile := filepath.Join(dir, "app", "app.go")
	before, _ := os.ReadFile(goFile)
	var stdout, stderr bytes.Buffer
	if got := run([]string{"-fix"}, &stdout, &stderr); got != exitFindings {
		t.Errorf("-fix: exit status %d, want %d\n%s%s", got, exitFindings, stdout.Bytes(), stderr.Bytes())
	}
	want := "privet: app/template.tmpl:100: no fix: the position comes from a //line directive; change the file it names, or the generator\nprivet: fixed 0 of 1 findings in 0 files\n"
	if stderr.String() != want {
		t.Errorf("-fix stderr:\n%s\nwant\n%s", stderr.Bytes(), want)
	}
	if after, _ := os.ReadFile(tmpl); string(after) != b.String() {
		t.Error("-fix changed the template a //line directive names")
	}
	if after, _ := os.ReadFile(goFile); string(after) != string(before) {
		t.Error("-fix changed app.go")
	}
	// SARIF stays valid: no column 0.
	stdout.Reset()
	if got := run([]string{"-format", "sarif"}, &stdout, &stderr); got != exitFindings {
		t.Fatalf("-format sarif: exit status %d", got)
	}
	if strings.Contains(stdout.String(), `"startColumn": 0`) {
		t.Errorf("SARIF has a column 0:\n%s", stdout.Bytes())
	}
	checkSARIFSchema(t, stdout.Bytes())
}

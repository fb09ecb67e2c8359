// Package golangci runs privet inside a real golangci-lint v2, built with
// the plugin compiled in the way the README's offline recipe does it: a
// throwaway module whose main blank-imports
// github.com/privetlint/privet/analyzers/golangci and calls golangci-lint's
// command entry point (what `golangci-lint custom` generates, without its git
// clone). Modules come from the module proxy or the module cache.
//
// The binary is cached in os.UserCacheDir()/privet-e2e, keyed by the
// golangci-lint version, the go version and the contents of the privet
// packages the plugin imports (plus go.mod and go.sum): the first build
// takes minutes, later runs reuse it; binaries unused for a day are
// removed when a new one is built. TestGolangciLint lays
// testdata/e2e/golangci/example.txtar over a copy of testdata/example and
// compares golangci-lint's output with its want sections; run
// `go test ./internal/e2e/golangci -update` to rewrite them. The test skips
// only when the go command is missing. It lives in its own package so that
// a cold build has go test's whole default timeout to itself.
package golangci

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/privetlint/privet/internal/e2e"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/e2e/golangci/example.txtar")

// golangciVersion is the golangci-lint release the test builds.
const golangciVersion = "v2.15.0"

// mainGo is the main package of the custom binary, as in the README.
const mainGo = `// Command golangci-lint is golangci-lint v2 with privet compiled in.
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/privetlint/privet/analyzers/golangci"
)

func main() {
	// "(devel)" keys golangci-lint's cache on this binary's hash, so a
	// rebuilt privet never reuses results of an older one.
	info := commands.BuildInfo{Version: "(devel)", Commit: "privet", Date: "(unknown)", GoVersion: runtime.Version()}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}
`

// buildCommands make the custom binary's module next to main.go, as the
// README's "Without git" recipe does; %[1]s is the privet checkout, %[2]s
// the golangci-lint version.
var buildCommands = [][]string{
	{"go", "mod", "init", "example.com/golangci-privet"},
	{"go", "mod", "edit", "-require=github.com/privetlint/privet@v0.0.0", "-replace=github.com/privetlint/privet=%[1]s"},
	{"go", "get", "github.com/golangci/golangci-lint/v2@%[2]s"},
	{"go", "mod", "tidy"},
	{"go", "build", "-o", "golangci-lint-privet", "."},
}

func TestGolangciLint(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("go command not on PATH: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := e2e.RepoRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	bin := buildGolangci(t, root)

	script := filepath.Join(root, "testdata", "e2e", "golangci", "example.txtar")
	ar, err := txtar.ParseFile(script)
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string][]byte{}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "want") {
			sections[f.Name] = f.Data
		}
	}
	dir := layout(t, root, ar)

	// A fresh golangci-lint cache: every package is analysed.
	// Each run has its own cache, so parallel runs (another go test) are safe.
	stdout, stderr, status := run(t, bin, dir, "run", "--allow-parallel-runners", "./...")
	t.Logf("golangci-lint run ./... exited %d; stderr:\n%s", status, stderr)
	if status != 1 {
		t.Errorf("golangci-lint run exited %d, want 1 (issues found)", status)
	}
	compare(t, ar, sections, "want", stdout, true)

	// With golangci-lint's default issue settings, each finding is one
	// issue, its path in its text.
	out := "\n" + string(stdout)
	for _, want := range []string{
		"summarize/summarize.go:41:9: pii data (Customer.Email) reaches an AI service (openai Chat.Completions.New) without an approved sanitizer [path: prompt.Summary → Summarizer.complete → openai.UserMessage] (privet)",
		"summarize/summarize.go:76:15: pii data (Customer.Name) reaches an AI service (http.Post to api.openai.com) without an approved sanitizer [path: json.Marshal → bytes.NewReader] (privet)",
		// Cross-package sink: notify.Send sends; the report is at the caller.
		"billing/billing.go:11:9: pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer [path: notify.Send → strings.NewReader] (privet)",
		"3 issues:",
	} {
		if !strings.Contains(out, "\n"+want+"\n") {
			t.Errorf("missing from golangci-lint output: %s", want)
		}
	}
	if strings.Contains(out, "related information") {
		t.Errorf("golangci-lint output has steps as issues:\n%s", out)
	}

	// trace: issues: each step is an issue of its own.
	stdout, _, status = run(t, bin, dir, "run", "--allow-parallel-runners", "--config", "trace.golangci.yml", "./...")
	if status != 1 {
		t.Errorf("golangci-lint run --config trace.golangci.yml exited %d, want 1 (issues found)", status)
	}
	compare(t, ar, sections, "want-trace", stdout, true)

	// What the want-trace section must show, spelt out.
	out = "\n" + string(stdout)
	for _, want := range []string{
		// Cross-package: summary fact of prompt.Summary, tag fact of customer.Customer.
		"summarize/summarize.go:41:9: pii data (Customer.Email) reaches an AI service (openai Chat.Completions.New) without an approved sanitizer (privet)",
		"summarize/summarize.go:40:7: privet(related information): through prompt.Summary (privet)",
		// Cross-package sink: notify.Send sends; the report is at the caller.
		"billing/billing.go:11:9: pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer (privet)",
		// Trace steps in another file are shown at the finding's position.
		"billing/billing.go:11:9: privet(related information): argument 2 of http.Post (example.com/support/notify/notify.go:11:15) (privet)",
	} {
		if !strings.Contains(out, "\n"+want+"\n") {
			t.Errorf("missing from golangci-lint output: %s", want)
		}
	}
	for _, unwanted := range []string{
		"billing/billing.go:17:", // payment data into http: allowed by the inline policy
		"billing/billing.go:23:", // //nolint:privet
		"billing/billing.go:28:", // the trace of the //nolint:privet finding on line 29
		"billing/billing.go:29:",
		"notify/", // the sink inside the helper is not reported for this flow
	} {
		if strings.Contains(out, "\n"+unwanted) {
			t.Errorf("golangci-lint output has %q:\n%s", unwanted, out)
		}
	}

	// run --fix on a fresh copy: the fixable findings go, nothing of
	// them stays behind.
	fixDir := layout(t, root, ar)
	stdout, stderr, status = run(t, bin, fixDir, "run", "--allow-parallel-runners", "--fix", "./...")
	t.Logf("golangci-lint run --fix ./... exited %d; stderr:\n%s", status, stderr)
	if status != 1 {
		t.Errorf("golangci-lint run --fix exited %d, want 1 (billing's finding has no fix)", status)
	}
	compare(t, ar, sections, "want-fix", stdout, true)
	fixed, err := os.ReadFile(filepath.Join(fixDir, "summarize", "summarize.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"privacy.MaskEmail(t.Customer.Email))\n", "return s.complete(ctx, p)\n", `"Greet " + privacy.Redact(t.Customer.Name) + ": "`} {
		if !strings.Contains(string(fixed), want) {
			t.Errorf("summarize.go after run --fix lacks %q:\n%s", want, fixed)
		}
	}
	stdout, _, status = run(t, bin, fixDir, "run", "--allow-parallel-runners", "./...")
	if status != 1 || strings.Count(string(stdout), ": pii data") != 1 {
		t.Errorf("golangci-lint run after --fix exited %d, want 1 and billing's finding only:\n%s", status, stdout)
	}

	// Invalid settings stop golangci-lint with privet's message.
	_, stderr, status = run(t, bin, dir, "run", "--allow-parallel-runners", "--config", "bad.golangci.yml", "./...")
	if status != 3 {
		t.Errorf("golangci-lint run --config bad.golangci.yml exited %d, want 3", status)
	}
	compare(t, ar, sections, "want-bad", stderr, false)

	// The repository's example configuration passes golangci-lint's
	// schema and builds the plugin with its settings.
	example := filepath.Join(root, ".golangci.example.yml")
	if _, stderr, status := run(t, bin, dir, "config", "verify", "--config", example); status != 0 {
		t.Errorf("golangci-lint config verify .golangci.example.yml exited %d:\n%s", status, stderr)
	}
	stdout, stderr, status = run(t, bin, dir, "linters", "--config", example)
	enabled, _, _ := strings.Cut(string(stdout), "Disabled")
	if status != 0 || !strings.Contains(enabled, "\nprivet: ") {
		t.Errorf("golangci-lint linters --config .golangci.example.yml exited %d, want privet enabled:\n%s%s", status, stdout, stderr)
	}

	if *update {
		if err := os.WriteFile(script, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// layout copies testdata/example into a new directory, lays the files
// of the script over it and resolves its modules (no download noise, and
// the timings of the runs are golangci-lint's).
func layout(t *testing.T, root string, ar *txtar.Archive) string {
	t.Helper()
	dir := t.TempDir()
	if err := e2e.CopyDir(dir, filepath.Join(root, "testdata", "example"), "vet.golden"); err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "want") {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	list := exec.CommandContext(t.Context(), "go", "list", "-deps", "-test", "./...")
	list.Dir, list.Env = dir, e2e.GoEnv()
	if out, err := list.CombinedOutput(); err != nil {
		t.Fatalf("go list -deps -test ./...: %v\n%s", err, out)
	}
	return dir
}

// run runs the custom golangci-lint in dir with its own cache directory
// and returns stdout, stderr and the exit status.
func run(t *testing.T, bin, dir string, args ...string) (stdout, stderr []byte, status int) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Dir = dir
	cmd.Env = append(e2e.GoEnv(), "GOLANGCI_LINT_CACHE="+t.TempDir())
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	start := time.Now()
	err := cmd.Run()
	t.Logf("golangci-lint %s took %v", strings.Join(args, " "), time.Since(start).Round(time.Millisecond))
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		status, err = ee.ExitCode(), nil
	}
	if err != nil {
		t.Fatalf("golangci-lint %s: %v", strings.Join(args, " "), err)
	}
	return e2e.Normalize(o.Bytes(), dir), e2e.Normalize(e.Bytes(), dir), status
}

// compare checks got against the named want section (as sets of lines
// when unordered), or rewrites the section under -update.
func compare(t *testing.T, ar *txtar.Archive, sections map[string][]byte, name string, got []byte, unordered bool) {
	t.Helper()
	if *update {
		for i := range ar.Files {
			if ar.Files[i].Name == name {
				ar.Files[i].Data = got
			}
		}
		return
	}
	want := sections[name]
	if unordered {
		want, got = sortLines(want), sortLines(got)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("golangci-lint output differs from section %q (run with -update to accept):\n--- want\n%s--- got\n%s", name, want, got)
	}
}

func sortLines(b []byte) []byte {
	lines := strings.SplitAfter(string(b), "\n")
	slices.Sort(lines)
	return []byte(strings.Join(lines, ""))
}

// buildGolangci returns the custom golangci-lint binary, building it into
// the cache when no binary with the current key is there.
func buildGolangci(t *testing.T, root string) string {
	t.Helper()
	ctx := t.Context()
	cacheDir, err := os.UserCacheDir()
	if err != nil {
		cacheDir = os.TempDir()
	}
	cacheDir = filepath.Join(cacheDir, "privet-e2e")
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		t.Fatal(err)
	}
	_, key, err := buildKey(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(cacheDir, "golangci-lint-"+golangciVersion+"-"+key)
	if _, err := os.Stat(bin); err == nil {
		t.Logf("using cached %s", bin)
		now := time.Now()
		os.Chtimes(bin, now, now) // in use: keep it from pruning below
		return bin
	}

	start := time.Now()
	mod, err := os.MkdirTemp(cacheDir, "build-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(mod)
	if err := os.WriteFile(filepath.Join(mod, "main.go"), []byte(mainGo), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range buildCommands {
		args := make([]string, len(c))
		for i, a := range c {
			if strings.Contains(a, "%[") {
				a = fmt.Sprintf(a, root, golangciVersion)
			}
			args[i] = a
		}
		cmd := exec.CommandContext(ctx, args[0], args[1:]...)
		// GOFLAGS=-mod=mod would let go build complete go.mod; the
		// recipe's commands must do it themselves.
		cmd.Dir, cmd.Env = mod, append(e2e.GoEnv(), "GOFLAGS=")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("building golangci-lint %s with privet: %s: %v\n%s", golangciVersion, strings.Join(args, " "), err, out)
		}
	}
	tmp := filepath.Join(mod, "golangci-lint-privet")
	// Drop binaries not used for a day (about 70 MB each); other
	// checkouts on this machine may be using recent ones.
	old, _ := filepath.Glob(filepath.Join(cacheDir, "golangci-lint-*"))
	for _, o := range old {
		if st, err := os.Stat(o); err == nil && time.Since(st.ModTime()) > 24*time.Hour {
			os.Remove(o)
		}
	}
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
	}
	t.Logf("built %s in %v", bin, time.Since(start).Round(time.Second))
	return bin
}

// buildKey returns the go version and a hash of everything the custom
// binary is built from: the golangci-lint version, the go version, the
// generated files, privet's go.mod and go.sum, and the sources of the
// privet packages the plugin imports.
func buildKey(ctx context.Context, root string) (goVersion, key string, err error) {
	env := exec.CommandContext(ctx, "go", "env", "GOVERSION")
	env.Dir = root
	out, err := env.Output()
	if err != nil {
		return "", "", fmt.Errorf("go env GOVERSION: %v", err)
	}
	full := strings.TrimSpace(string(out))                             // go1.26.8
	goVersion, _, _ = strings.Cut(strings.TrimPrefix(full, "go"), " ") // 1.26.8

	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n%q\n", golangciVersion, full, mainGo, buildCommands)
	add := func(path string) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		rel, err := filepath.Rel(root, path) // the same key in any clone
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "file %s\n", filepath.ToSlash(rel))
		_, err = io.Copy(h, f)
		return err
	}
	for _, name := range []string{"go.mod", "go.sum"} {
		if err := add(filepath.Join(root, name)); err != nil {
			return "", "", err
		}
	}
	list := exec.CommandContext(ctx, "go", "list", "-deps", "-json=Dir,GoFiles,EmbedFiles,Module", "./analyzers/golangci")
	list.Dir = root
	var stderr bytes.Buffer
	list.Stderr = &stderr
	if out, err = list.Output(); err != nil {
		return "", "", fmt.Errorf("go list -deps ./analyzers/golangci: %v\n%s", err, stderr.Bytes())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p struct {
			Dir                 string
			GoFiles, EmbedFiles []string
			Module              *struct{ Path string }
		}
		if err := dec.Decode(&p); err != nil {
			return "", "", err
		}
		if p.Module == nil || p.Module.Path != "github.com/privetlint/privet" {
			continue
		}
		for _, f := range slices.Concat(p.GoFiles, p.EmbedFiles) {
			if err := add(filepath.Join(p.Dir, f)); err != nil {
				return "", "", err
			}
		}
	}
	return goVersion, hex.EncodeToString(h.Sum(nil))[:16], nil
}

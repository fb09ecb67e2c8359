package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// linkable is what tools that link positions at the start of a line
// read (Emacs compilation-mode's gnu rule, Vim's %f:%l:%c: errorformat,
// GoLand's $FILE_PATH$:$LINE$:$COLUMN$: filter): a file name without
// blanks, then line and column, at the very start of the line.
var linkable = regexp.MustCompile(`^([^\s:]+\.go):(\d+):(\d+): `)

// TestTraceLines: with -trace, every line of the output, the steps
// included, starts with its position, as go vet prints related
// information ("file:line:col: \tstep"), and holds no control sequence.
func TestTraceLines(t *testing.T) {
	copyModule(t, "leaks")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"-trace"}, &stdout, &stderr); got != exitFindings {
		t.Fatalf("privet -trace: exit status %d, want 1\n%s", got, stderr.Bytes())
	}
	steps := 0
	for line := range strings.Lines(stdout.String()) {
		if !linkable.MatchString(line) {
			t.Errorf("line does not start with file:line:col: %q", line)
		}
		if strings.Contains(line, ": \t") {
			steps++
		}
	}
	if steps == 0 {
		t.Errorf("no step lines (\"file:line:col: \\tstep\") in:\n%s", stdout.Bytes())
	}
	if bytes.ContainsRune(stdout.Bytes(), '\033') || bytes.ContainsRune(stderr.Bytes(), '\033') {
		t.Errorf("control sequences in the output of a run that is not on a terminal:\n%q\n%q", stdout.Bytes(), stderr.Bytes())
	}
}

// TestTerminal: the progress line's control sequences are written only
// when stdout and stderr are terminals that interpret them.
func TestTerminal(t *testing.T) {
	dev, err := os.Open(os.DevNull) // a character device, like a terminal
	if err != nil {
		t.Fatal(err)
	}
	defer dev.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for _, tc := range []struct {
		term, emacs    string
		stdout, stderr *os.File
		want           bool
	}{
		{"xterm-256color", "", dev, dev, true},
		{"dumb", "", dev, dev, false},
		{"", "", dev, dev, false},
		{"xterm-256color", "28.2,compile", dev, dev, false}, // M-x compile on a pty
		{"xterm-256color", "", w, dev, false},               // privet ... | less
		{"xterm-256color", "", dev, w, false},               // privet ... 2>log
	} {
		t.Setenv("TERM", tc.term)
		t.Setenv("INSIDE_EMACS", tc.emacs)
		if got := newProgress(tc.stdout, tc.stderr, true).on; got != tc.want {
			t.Errorf("TERM=%q INSIDE_EMACS=%q stdout %s stderr %s: progress %v, want %v", tc.term, tc.emacs, tc.stdout.Name(), tc.stderr.Name(), got, tc.want)
		}
	}
	t.Setenv("TERM", "xterm")
	t.Setenv("INSIDE_EMACS", "")
	if newProgress(dev, dev, false).on {
		t.Error("progress on for JSON or SARIF output")
	}
}

const depSource = `package dep

//privet:sink ai
func Ask(prompt string) {}

// Send asks with the text in a prompt.
func Send(text string) {
	Ask("summarize: " + text)
}
`

const depUser = `package app

import "example.com/dep"

type Customer struct {
	Email string ` + "`privet:\"pii\"`" + `
}

func Run(c *Customer) {
	dep.Send(c.Email)
}
`

// TestDependencyPaths: a step inside a dependency in the module cache is
// printed as module@version/file:line:col, not as a climb out of the
// working directory into the module cache.
func TestDependencyPaths(t *testing.T) {
	proxy := t.TempDir()
	at := filepath.Join(proxy, "example.com", "dep", "@v")
	if err := os.MkdirAll(at, 0o777); err != nil {
		t.Fatal(err)
	}
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, data := range map[string]string{"go.mod": "module example.com/dep\n\ngo 1.26\n", "dep.go": depSource} {
		f, err := zw.Create("example.com/dep@v1.0.0/" + name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(data))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"list":        []byte("v1.0.0\n"),
		"v1.0.0.info": []byte(`{"Version":"v1.0.0","Time":"2026-01-01T00:00:00Z"}`),
		"v1.0.0.mod":  []byte("module example.com/dep\n\ngo 1.26\n"),
		"v1.0.0.zip":  zbuf.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(at, name), data, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/app\n\ngo 1.26\n\nrequire example.com/dep v1.0.0\n")
	write(t, filepath.Join(dir, "app.go"), depUser)
	inModule(t, dir)
	t.Setenv("GOPROXY", "file://"+filepath.ToSlash(proxy))
	t.Setenv("GOSUMDB", "off")
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOFLAGS", "-mod=mod -modcacherw")

	var stdout, stderr bytes.Buffer
	if got := run([]string{"-trace"}, &stdout, &stderr); got != exitFindings {
		t.Fatalf("privet -trace: exit status %d, want 1\n%s%s", got, stdout.Bytes(), stderr.Bytes())
	}
	// dep is another module: the report names the call into it and the
	// sink inside (passes/taint/thirdparty.go).
	want := "app.go:10:2: pii data (Customer.Email) reaches an AI service (dep Send → dep Ask) without an approved sanitizer\n" +
		"app.go:10:13: \tread Customer.Email\n" +
		"app.go:10:2: \tpassed to dep.Send\n" +
		"example.com/dep@v1.0.0/dep.go:8:2: \targument 0 of dep Ask\n"
	if got := stdout.String(); got != want {
		t.Errorf("privet -trace:\n%s\nwant\n%s", got, want)
	}
}

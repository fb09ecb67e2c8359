package e2e

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite testdata/example/vet.golden and the want sections of testdata/e2e/*.txtar")

// privet is the binary built once per test binary and shared by all tests.
var privet struct {
	once sync.Once
	dir  string // temporary directory holding the binary, removed by TestMain
	bin  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if privet.dir != "" {
		os.RemoveAll(privet.dir)
	}
	os.Exit(code)
}

// setup skips without a go command and returns the repository root and the
// privet binary.
func setup(t *testing.T) (root, bin string) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("go command not on PATH: %v", err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err = RepoRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	privet.once.Do(func() {
		privet.dir, privet.err = os.MkdirTemp("", "privet-e2e-bin-")
		if privet.err == nil {
			privet.bin, privet.err = BuildPrivet(t.Context(), root, privet.dir)
		}
	})
	if privet.err != nil {
		t.Fatal(privet.err)
	}
	return root, privet.bin
}

func TestGoVetExample(t *testing.T) {
	root, bin := setup(t)
	src := filepath.Join(root, "testdata", "example")
	golden := filepath.Join(src, "vet.golden")

	vetCopy := func() ([]byte, int) {
		t.Helper()
		dir := t.TempDir()
		if err := CopyDir(dir, src, "vet.golden"); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		out, status, err := Vet(t.Context(), bin, dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("go vet took %v", time.Since(start).Round(time.Millisecond))
		return out, status
	}

	out, status := vetCopy()
	t.Logf("go vet -vettool=privet ./... exited %d:\n%s", status, out)
	if *update {
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("go vet output differs from %s (run with -update to accept):\n%s", golden, diff(want, out))
	}
	checkStatus(t, status, len(want) > 0, -1)

	again, status2 := vetCopy()
	if !bytes.Equal(out, again) || status != status2 {
		t.Errorf("second run differs: exit %d then %d\n%s", status, status2, diff(out, again))
	}
}

func TestGoVetScripts(t *testing.T) {
	root, bin := setup(t)
	scripts, err := filepath.Glob(filepath.Join(root, "testdata", "e2e", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no testdata/e2e/*.txtar scripts")
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".txtar")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runScript(t, bin, script)
		})
	}
}

// runScript writes the archive's files into a temporary module, vets it
// (with the vet flags of the "flags" section, if any) and compares the
// output with the "want" section and the status with "exit".
func runScript(t *testing.T, bin, script string) {
	ar, err := txtar.ParseFile(script)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var want []byte
	var flags []string
	unordered := false
	wantStatus, hasWant := -1, false
	for _, f := range ar.Files {
		switch f.Name {
		case "want":
			want, hasWant = f.Data, true
		case "flags":
			flags = strings.Fields(string(f.Data))
		case "unordered":
			// go vet prints packages as they finish: with output from
			// several packages, compare the lines as a set.
			unordered = true
		case "exit":
			n, err := strconv.Atoi(strings.TrimSpace(string(f.Data)))
			if err != nil {
				t.Fatalf("%s: exit section: %v", script, err)
			}
			wantStatus = n
		default:
			path := filepath.Join(dir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !hasWant && !*update {
		t.Fatalf("%s: no want section (run with -update to add it)", script)
	}

	out, status, err := Vet(t.Context(), bin, dir, flags...)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("go vet -vettool=privet ./... exited %d:\n%s", status, out)
	if *update {
		setSection(ar, "want", out)
		if err := os.WriteFile(script, txtar.Format(ar), 0o644); err != nil {
			t.Fatal(err)
		}
		want = out
	}
	if unordered {
		want, out = sortLines(want), sortLines(out)
	}
	if !bytes.Equal(out, want) {
		t.Errorf("go vet output differs from the want section of %s (run with -update to accept):\n%s", script, diff(want, out))
	}
	checkStatus(t, status, len(want) > 0, wantStatus)
}

// checkStatus compares go vet's exit status with the expected one, or, when
// exact is negative, requires a failure exactly when findings are expected.
func checkStatus(t *testing.T, status int, findings bool, exact int) {
	t.Helper()
	switch {
	case exact >= 0:
		if status != exact {
			t.Errorf("go vet exited %d, want %d", status, exact)
		}
	case findings && status == 0:
		t.Errorf("go vet exited 0, want non-zero: the expected output has findings")
	case !findings && status != 0:
		t.Errorf("go vet exited %d, want 0: the expected output is empty", status)
	}
}

func setSection(ar *txtar.Archive, name string, data []byte) {
	for i := range ar.Files {
		if ar.Files[i].Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}

// diff shows the expected and actual text line by line, marking the first
// difference; enough for short vet output.
func diff(want, got []byte) string {
	w := strings.SplitAfter(strings.TrimSuffix(string(want), "\n"), "\n")
	g := strings.SplitAfter(strings.TrimSuffix(string(got), "\n"), "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			fmt.Fprintf(&b, "  %q\n", wl)
			continue
		}
		if i < len(w) {
			fmt.Fprintf(&b, "- %q\n", wl)
		}
		if i < len(g) {
			fmt.Fprintf(&b, "+ %q\n", gl)
		}
	}
	return b.String()
}

func sortLines(b []byte) []byte {
	lines := strings.SplitAfter(string(b), "\n")
	sort.Strings(lines)
	return []byte(strings.Join(lines, ""))
}

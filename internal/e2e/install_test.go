package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// userSource is a module of a user's with one leak.
const userSource = `package app

import (
	"net/http"
	"strings"
)

type Customer struct {
	Email string ` + "`privet:\"pii\"`" + `
}

func Send(c *Customer) {
	http.Post("https://partner.example.org/x", "text/plain", strings.NewReader(c.Email))
}
`

// TestInstallRoutes runs the README's install routes that work from a
// clone today ("Use it on your code"): go install ./cmd/privet, and
// privet as a tool of a user's module at go 1.26.0 with the clone as a
// replacement, built with GOTOOLCHAIN=local. privet's go.mod declares
// go 1.26.0, so the user's go line stays where it was.
func TestInstallRoutes(t *testing.T) {
	root, _ := setup(t)
	// -buildvcs=auto: a build inside a clone records its revision (a
	// go env file may say otherwise, as on the machines that run CI).
	env := append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=-buildvcs=auto")
	gorun := func(dir string, args ...string) ([]byte, int) {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), args[0], args[1:]...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if cmd.ProcessState == nil {
			t.Fatalf("%s: %v", strings.Join(args, " "), err)
		}
		return out, cmd.ProcessState.ExitCode()
	}

	// A binary on your PATH.
	gobin := t.TempDir()
	env = append(env, "GOBIN="+gobin)
	if out, code := gorun(root, "go", "install", "./cmd/privet"); code != 0 {
		t.Fatalf("go install ./cmd/privet: exit %d\n%s", code, out)
	}
	bin := filepath.Join(gobin, "privet")
	if out, code := gorun(root, bin, "-version"); code != 0 || !strings.HasPrefix(string(out), "privet ") {
		t.Errorf("privet -version: exit %d\n%s", code, out)
	}
	// In a clone, the version names the revision. The go command sees a
	// repository only where .git is a directory (not in a git worktree):
	// there, install from a clone of it.
	if git, err := exec.LookPath("git"); err == nil {
		clone := root
		if st, err := os.Stat(filepath.Join(root, ".git")); err != nil || !st.IsDir() {
			clone = filepath.Join(t.TempDir(), "privet")
			if out, code := gorun(root, git, "clone", "-q", root, clone); code != 0 {
				t.Fatalf("git clone: exit %d\n%s", code, out)
			}
		}
		head, _ := gorun(clone, git, "rev-parse", "HEAD")
		if out, code := gorun(clone, "go", "install", "./cmd/privet"); code != 0 {
			t.Fatalf("go install ./cmd/privet in a clone: exit %d\n%s", code, out)
		}
		out, code := gorun(clone, bin, "-version")
		if want := "revision " + string(head[:12]); code != 0 || !strings.Contains(string(out), want) {
			t.Errorf("privet -version built in a clone: exit %d\n%s\nwant %q", code, out, want)
		}
	}

	// A tool of your module, with the clone next to it as ../privet.
	work := t.TempDir()
	if err := os.Symlink(root, filepath.Join(work, "privet")); err != nil {
		t.Fatal(err)
	}
	app := filepath.Join(work, "app")
	os.MkdirAll(app, 0o755)
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(app, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/app\n\ngo 1.26.0\n")
	write("app.go", userSource)
	for _, c := range [][]string{
		{"go", "mod", "edit", "-require=github.com/privetlint/privet@v0.0.0", "-replace=github.com/privetlint/privet=../privet", "-tool=github.com/privetlint/privet/cmd/privet"},
		{"go", "mod", "tidy"},
	} {
		if out, code := gorun(app, c...); code != 0 {
			t.Fatalf("%s: exit %d\n%s", strings.Join(c, " "), code, out)
		}
	}
	gomod, err := os.ReadFile(filepath.Join(app, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(gomod, []byte("\ngo 1.26.0\n")) || !bytes.Contains(gomod, []byte("\ntool github.com/privetlint/privet/cmd/privet\n")) {
		t.Errorf("go.mod after adding privet as a tool:\n%s\nwant go 1.26.0 kept and the tool line", gomod)
	}
	out, code := gorun(app, "go", "tool", "privet", "./...")
	want := "app.go:13:2: pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer\n"
	if code != 1 || !strings.HasSuffix(string(out), want) {
		t.Errorf("go tool privet ./...: exit %d\n%s\nwant exit 1 and\n%s", code, out, want)
	}
}

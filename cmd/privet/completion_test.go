package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// privetOnPath puts a link named privet to the test binary (which runs
// as privet under that name, see TestMain) first on PATH.
func privetOnPath(t *testing.T) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(exe, filepath.Join(dir, "privet")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir+string(os.PathListSeparator)+os.Getenv("PATH"))
}

// script writes privet completion SHELL to a file.
func script(t *testing.T, shell string) string {
	t.Helper()
	out, err := exec.Command("privet", "completion", shell).Output()
	if err != nil {
		t.Fatalf("privet completion %s: %v", shell, err)
	}
	f := filepath.Join(t.TempDir(), "privet."+shell)
	if err := os.WriteFile(f, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestCompletion checks the completion scripts with the shells: each
// parses (bash -n, zsh -n, fish -n; zsh and fish when installed), and
// bash (and fish when installed) complete real command lines through
// privet __complete.
func TestCompletion(t *testing.T) {
	privetOnPath(t)
	cases := []struct {
		words []string // after privet; the last is being completed
		want  string   // the candidates, space-separated
	}{
		{[]string{"ex"}, "explain"},
		{[]string{"explain", "a"}, "access ai analytics annotation"},
		{[]string{"-format", ""}, "text json sarif"},
		{[]string{"-tr"}, "-trace"},
		{[]string{"help", ""}, "privet privetdiscover vet"},
		{[]string{"completion", ""}, "bash zsh fish"},
		{[]string{"-kinds", "m"}, "monitoring messaging"},
		{[]string{"lsp", "-d"}, "-debounce"},
		{[]string{"g"}, "gopls"},
		{[]string{"gopls", "-privet.d"}, "-privet.debounce"},
		{[]string{"gopls", "-privet.kinds", "m"}, "monitoring messaging"},
		{[]string{"-trace", "./"}, "./..."},
	}
	for _, tc := range cases {
		if got := strings.Join(complete(tc.words), " "); got != tc.want {
			t.Errorf("complete(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}

	bash := script(t, "bash")
	if out, err := exec.Command("bash", "-n", bash).CombinedOutput(); err != nil {
		t.Fatalf("bash -n: %v\n%s", err, out)
	}
	for _, tc := range cases {
		words := "privet"
		for _, w := range tc.words {
			words += " '" + w + "'"
		}
		prog := `source "$1"; COMP_WORDS=(` + words + `); COMP_CWORD=` + itoa(len(tc.words)) + `; _privet; echo "${COMPREPLY[*]}"`
		out, err := exec.Command("bash", "-c", prog, "bash", bash).CombinedOutput()
		if got := strings.TrimSpace(string(out)); err != nil || got != tc.want {
			t.Errorf("bash completion of %q: %v %q, want %q", tc.words, err, got, tc.want)
		}
	}

	if zsh, err := exec.LookPath("zsh"); err == nil {
		if out, err := exec.Command(zsh, "-n", script(t, "zsh")).CombinedOutput(); err != nil {
			t.Errorf("zsh -n: %v\n%s", err, out)
		}
	}
	if fish, err := exec.LookPath("fish"); err == nil {
		f := script(t, "fish")
		if out, err := exec.Command(fish, "-n", f).CombinedOutput(); err != nil {
			t.Errorf("fish -n: %v\n%s", err, out)
		}
		for _, tc := range cases[:4] {
			line := "privet " + strings.Join(tc.words, " ")
			cmd := exec.Command(fish, "-c", `source $argv[1]; complete -C $argv[2]`, f, line)
			cmd.Dir = t.TempDir()
			out, err := cmd.CombinedOutput()
			var got []string
			for l := range strings.Lines(string(out)) {
				got = append(got, strings.Fields(l)[0])
			}
			if err != nil || strings.Join(got, " ") != tc.want {
				t.Errorf("fish completion of %q: %v %q, want %q", line, err, got, tc.want)
			}
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

package goplsproxy

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSplitArgs(t *testing.T) {
	privet, gopls := SplitArgs(strings.Fields("-rpc.trace -privet.gopls /x/gopls --privet.kinds=ai -privet.help -logfile /tmp/l serve -privet.debounce 1s"), map[string]bool{"help": true})
	if want := strings.Fields("-privet.gopls /x/gopls --privet.kinds=ai -privet.help -privet.debounce 1s"); !slices.Equal(privet, want) {
		t.Errorf("privet's = %q, want %q", privet, want)
	}
	if want := strings.Fields("-rpc.trace -logfile /tmp/l serve"); !slices.Equal(gopls, want) {
		t.Errorf("gopls's = %q, want %q", gopls, want)
	}
}

func TestServerMode(t *testing.T) {
	for args, want := range map[string]bool{
		"":                        true,
		"serve":                   true,
		"-rpc.trace":              true,
		"-mode=stdio":             true,
		"-logfile /tmp/x serve":   true,
		"-remote=auto -rpc.trace": true,
		"-logfile serve":          true, // serve is -logfile's value
		"version":                 false,
		"version -json":           false,
		"-v check a.go":           false,
		"-logfile /tmp/x version": false,
		"serve -listen=:4389":     false,
		"-listen :4389":           false,
		"-- serve":                true,
		"help":                    false,
	} {
		if got := ServerMode(strings.Fields(args)); got != want {
			t.Errorf("ServerMode(%q) = %v, want %v", args, got, want)
		}
	}
}

// TestFind checks the order (flag, environment, PATH) and that a gopls
// on PATH that is this very executable (privet installed as gopls) is
// skipped.
func TestFind(t *testing.T) {
	dir := t.TempDir()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	first, second := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	for _, d := range []string{first, second} {
		os.MkdirAll(d, 0o755)
	}
	if err := os.Symlink(self, filepath.Join(first, "gopls")); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(second, "gopls")
	if err := os.WriteFile(real, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", first+string(filepath.ListSeparator)+second)
	t.Setenv(EnvVar, "")
	if got, err := Find(""); err != nil || got != real {
		t.Errorf("Find on PATH = %q, %v; want %q (the one that is not this executable)", got, err, real)
	}
	other := filepath.Join(dir, "other-gopls")
	os.WriteFile(other, []byte("#!/bin/sh\n"), 0o755)
	t.Setenv(EnvVar, other)
	if got, err := Find(""); err != nil || got != other {
		t.Errorf("Find with $%s = %q, %v; want %q", EnvVar, got, err, other)
	}
	if got, err := Find(real); err != nil || got != real {
		t.Errorf("Find(flag) = %q, %v; want %q", got, err, real)
	}
	t.Setenv(EnvVar, "")
	t.Setenv("PATH", first)
	if _, err := Find(""); err == nil || !strings.Contains(err.Error(), "no gopls on PATH") {
		t.Errorf("Find with only privet on PATH: err = %v", err)
	}
	if _, err := Find(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("Find(missing) succeeded")
	}
}

package config

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestFilesBelow: policy files in subdirectories are found, those in
// directories the go command ignores are not, and the limit stops the
// walk.
func TestFilesBelow(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{".privet.yml", "a/.privet.yaml", "a/b/.privet.yml", "testdata/.privet.yml", "vendor/x/.privet.yml", ".git/.privet.yml", "_old/.privet.yml", "a/other.yml"} {
		path := filepath.Join(root, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("version: 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{filepath.Join(root, ".privet.yml"), filepath.Join(root, "a", ".privet.yaml"), filepath.Join(root, "a", "b", ".privet.yml")}
	if got := FilesBelow(root, 0); !slices.Equal(got, want) {
		t.Errorf("FilesBelow = %q, want %q", got, want)
	}
	if got := FilesBelow(root, 2); len(got) > 1 {
		t.Errorf("FilesBelow with limit 2 = %q, want at most the root's file", got)
	}
}

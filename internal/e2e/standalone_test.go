package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestStandaloneSDKs runs the standalone driver, `privet ./...`, on the
// real-SDK scripts (the newest majors and endpoints, and SDKs the catalog
// does not know): it must report the same findings as go vet, the want
// sections' diagnostic lines.
func TestStandaloneSDKs(t *testing.T) {
	root, bin := setup(t)
	for _, name := range []string{"sdk_majors", "uncatalogued_sdks"} {
		t.Run(name, func(t *testing.T) {
			ar, err := txtar.ParseFile(filepath.Join(root, "testdata", "e2e", name+".txtar"))
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var want []string
			for _, f := range ar.Files {
				switch f.Name {
				case "want":
					for _, l := range strings.Split(string(f.Data), "\n") {
						if strings.HasSuffix(l, "without an approved sanitizer") {
							want = append(want, l)
						}
					}
				case "exit", "unordered", "flags":
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
			cmd := exec.CommandContext(t.Context(), bin, "./...")
			cmd.Dir, cmd.Env = dir, GoEnv()
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, _ := cmd.Output()
			var got []string
			for _, l := range strings.Split(string(Normalize(out, dir)), "\n") {
				if strings.HasSuffix(l, "without an approved sanitizer") {
					got = append(got, l)
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("privet ./... reports\n%s\nwant (go vet's)\n%s\nstderr:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), stderr.Bytes())
			}
		})
	}
}

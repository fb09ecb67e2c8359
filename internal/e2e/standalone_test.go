package e2e

import (
	"bytes"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestStandaloneSDKs runs the standalone driver, `privet ./...`, on the
// real-SDK scripts (the newest majors and endpoints, and SDKs the catalog
// does not know): it must report the same findings as go vet, the want
// sections' diagnostic lines.
func TestStandaloneSDKs(t *testing.T) {
	root, bin := setup(t)
	for _, name := range []string{"sdk_majors", "uncatalogued_sdks"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			want, err := LayScript(dir, filepath.Join(root, "testdata", "e2e", name+".txtar"))
			if err != nil {
				t.Fatal(err)
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

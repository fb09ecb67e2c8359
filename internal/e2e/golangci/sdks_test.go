package golangci

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/e2e"
)

// sdksConfig enables privet alone, with golangci-lint's issue limits off
// so that every finding shows.
const sdksConfig = `version: "2"
linters:
  default: none
  enable: [privet]
  settings:
    custom:
      privet:
        type: module
        description: sensitive customer data reaching AI services and third parties
        settings:
          version: 1
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
output:
  formats:
    text:
      path: stdout
      print-issued-lines: false
      colors: false
`

// folded is what golangci-lint adds to privet's message: the folded path
// and the linter's name.
var folded = regexp.MustCompile(`( \[path: [^]]*\])? \(privet\)$`)

// TestGolangciSDKs runs the golangci-lint plugin on the real-SDK scripts
// of testdata/e2e (the newest majors and endpoints of stripe-go, openai-go
// and anthropic-sdk-go; go-pagerduty, go-github and godo, which the
// catalog does not know): it must report go vet's findings.
func TestGolangciSDKs(t *testing.T) {
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
	for _, name := range []string{"sdk_majors", "uncatalogued_sdks"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			want, err := e2e.LayScript(dir, filepath.Join(root, "testdata", "e2e", name+".txtar"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), []byte(sdksConfig), 0o644); err != nil {
				t.Fatal(err)
			}
			list := exec.CommandContext(t.Context(), "go", "list", "-deps", "-test", "./...")
			list.Dir, list.Env = dir, e2e.GoEnv()
			if out, err := list.CombinedOutput(); err != nil {
				t.Fatalf("go list -deps -test ./...: %v\n%s", err, out)
			}
			stdout, stderr, status := run(t, bin, dir, "run", "--allow-parallel-runners", "./...")
			if status != 1 {
				t.Errorf("golangci-lint run exited %d, want 1 (issues found); stderr:\n%s", status, stderr)
			}
			var got []string
			for _, l := range strings.Split(string(stdout), "\n") {
				if l = folded.ReplaceAllString(l, ""); strings.HasSuffix(l, "without an approved sanitizer") {
					got = append(got, l)
				}
			}
			slices.Sort(want)
			slices.Sort(got)
			if len(want) == 0 || !slices.Equal(got, want) {
				t.Errorf("golangci-lint reports\n%s\nwant (go vet's)\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

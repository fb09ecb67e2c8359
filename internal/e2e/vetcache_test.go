package e2e

import (
	"errors"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestGoVetSharedCache keeps the README's warning about go vet's result
// cache honest: go vet (1.26) caches a package's analysis under the same
// key whether it was vetted to report or only for its facts as a
// dependency, so after vetting an importer alone, vetting the package
// replays the dependency run's silence. When this test fails, Go has
// fixed the cache key: remove the warning from the README (section "Use
// it on your code") and this test.
func TestGoVetSharedCache(t *testing.T) {
	_, bin := setup(t)
	nonce := strconv.FormatInt(time.Now().UnixNano(), 10) // a fresh cache key per run
	dir := writeModule(t, map[string]string{
		"go.mod":   policyModule,
		"p/p.go":   policySource + "\n// " + nonce + "\n",
		"app/a.go": "package app\n\nimport \"example.com/policy/p\"\n\nvar _ = p.Send\n",
	})
	vet := func(pattern string) (string, int) {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), "go", "vet", "-vettool="+bin, pattern)
		cmd.Dir = dir
		cmd.Env = GoEnv()
		out, err := cmd.CombinedOutput()
		status := 0
		if ee, ok := errors.AsType[*exec.ExitError](err); ok {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), status
	}
	if out, status := vet("./app"); status != 0 {
		t.Fatalf("go vet ./app: exit %d\n%s", status, out)
	}
	out, status := vet("./p")
	if status == 0 && !strings.Contains(out, "pii data") {
		return // the warning still holds
	}
	t.Errorf("go vet ./p after go vet ./app reported (exit %d):\n%s\ngo vet no longer replays the dependency run: update the README's warning", status, out)
}

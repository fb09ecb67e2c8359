package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSinksCoverage runs `privet sinks -coverage` on real modules from the
// module proxy, as the README shows: go-pagerduty@v1.8.0 (not in the
// catalog: its sinks are derived from its code) by version, in JSON, and
// stripe-go v85 (a catalog family: entries and rules) from the build list
// of a module that requires it, as a table.
func TestSinksCoverage(t *testing.T) {
	_, bin := setup(t)
	run := func(dir string, args ...string) []byte {
		t.Helper()
		cmd := exec.CommandContext(t.Context(), bin, args...)
		cmd.Dir, cmd.Env = dir, GoEnv()
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("privet %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
		}
		return out
	}

	out := run(t.TempDir(), "sinks", "-coverage", "github.com/PagerDuty/go-pagerduty@v1.8.0", "-format", "json")
	var rep struct {
		Module, Version string
		Counts          map[string]int
		Rows            []struct{ Package, Func, Status, Sink, Why string }
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	found := false
	for _, r := range rep.Rows {
		if r.Func == "Client.CreateIncidentWithContext" {
			found = true
			if r.Status != "derived" || r.Sink != "pagerduty HTTPClient.Do" {
				t.Errorf("CreateIncidentWithContext: %+v, want derived, sink pagerduty HTTPClient.Do", r)
			}
		}
	}
	if !found || rep.Version != "v1.8.0" || rep.Counts["derived"] == 0 || rep.Counts["not a sink"] == 0 {
		t.Errorf("go-pagerduty coverage: version %q, counts %v, CreateIncidentWithContext listed %v", rep.Version, rep.Counts, found)
	}
	t.Logf("go-pagerduty@v1.8.0: %v", rep.Counts)

	dir := t.TempDir()
	gomod := "module example.com/pay\n\ngo 1.26\n\nrequire github.com/stripe/stripe-go/v85 v85.0.0\n"
	main := "package pay\n\nimport _ \"github.com/stripe/stripe-go/v85\"\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pay.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	text := string(run(dir, "sinks", "-coverage", "github.com/stripe/stripe-go/v85"))
	for _, want := range []string{
		"v1ProductService.Create", "rule", "stripe V1Products.Create",
		"github.com/stripe/stripe-go/v85@v85.0.0 (family stripe):",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("stripe-go coverage lacks %q", want)
		}
	}
	lines := strings.Split(strings.TrimSpace(text), "\n")
	t.Logf("%s", lines[len(lines)-1])
}

package e2e

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSinksCoverage runs `privet sinks -coverage` on real modules from the
// module proxy, as the README shows: go-pagerduty@v1.8.0 (not in the
// catalog: its sinks are derived from its code) by version, in JSON, and
// the newest majors of stripe-go, openai-go and anthropic-sdk-go (catalog
// families: entries and rules) from the build list of a module that
// requires them, as tables; the counts are the README's.
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
	// The README's table.
	if !found || rep.Version != "v1.8.0" || rep.Counts["derived"] != 301 || rep.Counts["not a sink"] != 31 || rep.Counts["rule"] != 1 {
		t.Errorf("go-pagerduty coverage: version %q, counts %v, CreateIncidentWithContext listed %v", rep.Version, rep.Counts, found)
	}
	t.Logf("go-pagerduty@v1.8.0: %v", rep.Counts)

	dir := t.TempDir()
	gomod := "module example.com/pay\n\ngo 1.26\n\nrequire (\n\tgithub.com/stripe/stripe-go/v85 v85.0.0\n\tgithub.com/openai/openai-go/v3 v3.102.0\n\tgithub.com/anthropics/anthropic-sdk-go/v2 v2.17.0\n)\n"
	main := "package pay\n\nimport (\n\t_ \"github.com/anthropics/anthropic-sdk-go/v2\"\n\t_ \"github.com/openai/openai-go/v3\"\n\t_ \"github.com/stripe/stripe-go/v85\"\n)\n"
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "pay.go"), []byte(main), 0o644); err != nil {
		t.Fatal(err)
	}
	text := string(run(dir, "sinks", "-coverage", "github.com/stripe/stripe-go/v85"))
	for _, want := range []string{"v1ProductService.Create", "rule", "stripe V1Products.Create"} {
		if !strings.Contains(text, want) {
			t.Errorf("stripe-go coverage lacks %q", want)
		}
	}
	// A sink derived from the SDK's code: no entry or rule names the
	// legacy checkout/session.New (issue 14).
	if !regexp.MustCompile(`(?m)^github.com/stripe/stripe-go/v85/checkout/session +New +derived +stripe session.New +parameter params reaches stripe session.Client.New`).MatchString(text) {
		t.Errorf("stripe-go coverage lacks session.New, derived")
	}
	for _, c := range []struct{ module, last string }{
		{"github.com/stripe/stripe-go/v85", "github.com/stripe/stripe-go/v85@v85.0.0 (family stripe): 3756 exported functions and methods: entry 6, rule 1412, derived 258, not a sink 2080"},
		{"github.com/openai/openai-go/v3", "github.com/openai/openai-go/v3@v3.102.0 (family openai): 15090 exported functions and methods: entry 44, rule 290, derived 14, not a sink 14742"},
		{"github.com/anthropics/anthropic-sdk-go/v2", "github.com/anthropics/anthropic-sdk-go/v2@v2.17.0 (family anthropic): 11499 exported functions and methods: entry 19, rule 502, derived 40, not a sink 10938"},
	} {
		if c.module != "github.com/stripe/stripe-go/v85" {
			text = string(run(dir, "sinks", "-coverage", c.module))
		}
		lines := strings.Split(strings.TrimSpace(text), "\n")
		if got := lines[len(lines)-1]; got != c.last {
			t.Errorf("privet sinks -coverage %s ends\n\t%s\nwant (the README's counts)\n\t%s", c.module, got, c.last)
		}
	}
}

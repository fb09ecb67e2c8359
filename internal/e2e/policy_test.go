package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const policyModule = `module example.com/policy

go 1.26
`

const policySource = `package p

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

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestGoVetPolicyError: an invalid policy stops go vet with the error,
// printed once, before any package is analysed.
func TestGoVetPolicyError(t *testing.T) {
	_, bin := setup(t)
	dir := writeModule(t, map[string]string{
		"go.mod":      policyModule,
		"p/p.go":      policySource,
		".privet.yml": "version: 1\nallow:\n  - category: pi\n    sink: http\n    reason: typo\n",
	})
	out, status, err := Vet(t.Context(), bin, dir)
	if err != nil {
		t.Fatal(err)
	}
	const want = `.privet.yml:3:15: unknown category "pi"; did you mean "pii"?`
	if status == 0 || strings.Count(string(out), want) != 1 {
		t.Errorf("go vet exited %d with output:\n%s\nwant once: %s", status, out, want)
	}
}

// TestGoVetPolicyChange: go vet caches results per tool identity; editing
// the policy must change the results of the next run.
func TestGoVetPolicyChange(t *testing.T) {
	_, bin := setup(t)
	dir := writeModule(t, map[string]string{
		"go.mod":      policyModule,
		"p/p.go":      policySource,
		".privet.yml": "version: 1\n",
	})
	out, status, err := Vet(t.Context(), bin, dir)
	if err != nil {
		t.Fatal(err)
	}
	if status == 0 || !strings.Contains(string(out), "pii data (Customer.Email) reaches an HTTP request (http.Post)") {
		t.Fatalf("first run: exit %d, output:\n%s", status, out)
	}
	policy := "version: 1\nallow:\n  - category: pii\n    hosts: [partner.example.org]\n    reason: contract with the partner\n"
	if err := os.WriteFile(filepath.Join(dir, ".privet.yml"), []byte(policy), 0o644); err != nil {
		t.Fatal(err)
	}
	out, status, err = Vet(t.Context(), bin, dir)
	if err != nil {
		t.Fatal(err)
	}
	if status != 0 || len(out) != 0 {
		t.Errorf("after allowing the host: exit %d, output:\n%s", status, out)
	}
}

// TestGoVetPolicyFlag: -privet.policy carries the whole policy as a flag
// value (what Bazel's nogo passes as analyzer flags, with no policy file
// in the sandbox), and go vet keys its cache on it: the same package
// vetted with and without the flag, in either order, gets the policy's
// results.
func TestGoVetPolicyFlag(t *testing.T) {
	_, bin := setup(t)
	dir := writeModule(t, map[string]string{"go.mod": policyModule, "p/p.go": policySource})
	const allow = "-privet.policy={version: 1, allow: [{category: pii, hosts: [partner.example.org], reason: contract with the partner}]}"
	const leak = "pii data (Customer.Email) reaches an HTTP request (http.Post)"
	for i, flags := range [][]string{nil, {allow}, nil, {allow}} {
		out, status, err := Vet(t.Context(), bin, dir, flags...)
		if err != nil {
			t.Fatal(err)
		}
		if allowed := len(flags) > 0; allowed != (status == 0 && len(out) == 0) || !allowed && !strings.Contains(string(out), leak) {
			t.Errorf("run %d, flags %q: exit %d, output:\n%s", i+1, flags, status, out)
		}
	}
	out, status, err := Vet(t.Context(), bin, dir, "-privet.policy={version: 1, allow: [{category: pii}]}")
	if err != nil {
		t.Fatal(err)
	}
	if want := "-privet.policy:1:22: an allow rule needs a reason"; status == 0 || !strings.Contains(string(out), want) {
		t.Errorf("invalid -privet.policy: exit %d, output:\n%s\nwant %q", status, out, want)
	}
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestPrintConfigDiscover: the discover section is printed as applied,
// defaults included.
func TestPrintConfigDiscover(t *testing.T) {
	for dir, wants := range map[string][]string{
		filepath.Join("..", "..", "testdata", "src", "discover", "policy"): {"discover:  # ", ".privet.yml:10", "  min_confidence: high", "  ignore:\n    - \"Account.Phone\"\n    - \"Legacy*.*\"\n"},
		filepath.Join("..", "..", "testdata", "example"):                   {"discover:  # default\n  enabled: true\n  min_confidence: medium\n"},
	} {
		var buf bytes.Buffer
		if err := printConfig(&buf, dir); err != nil {
			t.Fatal(err)
		}
		for _, want := range wants {
			if !strings.Contains(buf.String(), want) {
				t.Errorf("privet config %s lacks %q:\n%s", dir, want, buf.String())
			}
		}
	}
}

// TestPrintConfigTests: a policy with tests: true says so.
func TestPrintConfigTests(t *testing.T) {
	var buf bytes.Buffer
	if err := printConfig(&buf, filepath.Join("..", "..", "testdata", "src", "testfiles", "policy")); err != nil {
		t.Fatal(err)
	}
	if want := "tests: true  # findings in _test.go files are reported\n"; !strings.Contains(buf.String(), want) {
		t.Errorf("privet config lacks %q:\n%s", want, buf.String())
	}
}

func TestPrintConfig(t *testing.T) {
	var buf bytes.Buffer
	dir := filepath.Join("..", "..", "testdata", "src", "policy", "app")
	if err := printConfig(&buf, dir); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"  - biometric  # ",
		"  - pii: fields Email, Phone of policy/userpb.User  # ",
		"  - ai: policy/llmgw.Client./^(Ask|Complete)$/, arg 2  # ",
		"  - pii to hosts api.example.com, *.internal.example.com: first-party API  # ",
		"  - policy/privacy.ScrubPhone cleans pii, in place: what argument 0 points to  # ",
		".privet.yml:44",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("privet config output lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestPrintConfigSources: privet config says which discover.sources mode
// is in force and why: auto is on for a module that declares no source,
// off once a field is tagged or the policy has a source rule.
func TestPrintConfigSources(t *testing.T) {
	dir := t.TempDir()
	writeFile := func(name, data string) {
		t.Helper()
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := func(line string) {
		t.Helper()
		var buf bytes.Buffer
		if err := printConfig(&buf, dir); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "\n  sources: "+line+"\n") {
			t.Errorf("privet config lacks %q:\n%s", line, buf.String())
		}
	}
	writeFile("go.mod", "module example.com/shop\n\ngo 1.22\n")
	writeFile("model/user.go", "package model\n\ntype User struct {\n\tEmail string `json:\"email\"`\n}\n")
	writeFile("model/user_test.go", "package model\n\ntype fixture struct {\n\tEmail string `privet:\"pii\"`\n}\n")
	want("auto  # on: no sources declared in example.com/shop")
	writeFile("model/order.go", "package model\n\ntype Order struct {\n\tID string\n\tCard string `privet:\"payment\"`\n}\n")
	want("auto  # off: sources declared at model/order.go:5")
	writeFile(".privet.yml", "version: 1\ndiscover:\n  sources: always\n")
	want("always  # explicit and discovered sources")
	writeFile(".privet.yml", "version: 1\ndiscover:\n  sources: never\n")
	want("never  # explicit sources only")
}

// TestPrintConfigScopes: privet config prints allow and deny rules with
// their from: scopes and lines (issue 22).
func TestPrintConfigScopes(t *testing.T) {
	var buf bytes.Buffer
	if err := printConfig(&buf, filepath.Join("..", "..", "testdata", "src", "scoped", "billing")); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"allow:\n  - payment to stripe from scoped/billing/...: billing is in PCI scope  # ",
		"  - pii to openai from scoped/support.Reply, scoped/support.Desk.Answer, scoped/support.Replly: support replies, under the DPA  # ",
		"deny (no allow rule, sanitizer or //privet:ignore lifts these):\n  - health to ai: health data never goes to an AI service  # ",
		"  - pii to hosts *.tracker.example from scoped/support: the tracker is not under contract  # ",
		".privet.yml:18\n",
		"access (only this code reads the data; the package that declares it always may):\n  - Ticket.Body read by scoped/support/...: ticket bodies are for support only  # ",
		"  - health read by scoped/clinic, scoped/reporting.Audit: health data is read in the clinic only  # ",
		"  - type scoped/model.Card read by scoped/billing/...: cards are billing's  # ",
		"require (only these sanitizers clean the category there):\n  - location to analytics cleaned by scoped/geo.Coarsen: only city-level location in analytics  # ",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("privet config lacks %q:\n%s", want, buf.String())
		}
	}
}

// TestReadmeShopPolicy keeps the README's shop example true: its policy
// is the one testdata/e2e/policy_shop.txtar runs under go vet, and the
// privet config output it shows is what privet config prints for it
// (issue 22).
func TestReadmeShopPolicy(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ar, err := txtar.ParseFile(filepath.Join("..", "..", "testdata", "e2e", "policy_shop.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var policy string
	for _, f := range ar.Files {
		if f.Name == ".privet.yml" {
			policy = string(f.Data)
		}
		if f.Name == "want" {
			// The findings, without their paths, as the README shows them.
			var findings []string
			for _, line := range strings.Split(string(f.Data), "\n") {
				if line != "" && !strings.Contains(line, ": \t") {
					findings = append(findings, line)
				}
			}
			sort.Strings(findings)
			if block := strings.Join(findings, "\n") + "\n```"; !strings.Contains(string(readme), "(paths left out):\n\n```\n"+block) {
				t.Errorf("the README does not show the findings of policy_shop.txtar:\n%s", block)
			}
			continue
		}
		if f.Name != "unordered" {
			writeTree(t, dir, map[string]string{f.Name: string(f.Data)})
		}
	}
	if policy == "" || !strings.Contains(string(readme), "```yaml\n"+policy+"```\n") {
		t.Errorf("the README's shop policy is not the .privet.yml of policy_shop.txtar:\n%s", policy)
	}
	const cmd = "$ privet config | sed -n '/^allow:/,/^discover:/p'\n"
	_, shown, ok := strings.Cut(string(readme), cmd)
	shown, _, _ = strings.Cut(shown, "```")
	if !ok {
		t.Fatalf("the README shows no %q", cmd)
	}
	var buf bytes.Buffer
	t.Chdir(dir) // privet config names the file relative to the working directory
	if err := printConfig(&buf, "."); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	got = got[strings.Index(got, "\nallow:\n")+1:]
	got = got[:strings.Index(got, "\ndiscover:")+len("\ndiscover:  # default\n")]
	if got != shown {
		t.Errorf("privet config prints\n%s\nthe README shows\n%s", got, shown)
	}
}

// TestPrintConfigScopeWarnings: privet config warns at the entry about a
// from: or packages: entry that names no package of the module (issue
// 22); entries that exist, regexps and other modules' paths are quiet.
func TestPrintConfigScopeWarnings(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"go.mod":             "module example.com/shop\n\ngo 1.22\n",
		"billing/billing.go": "package billing\n\nfunc Charge() {}\n",
		"support/x/x.go":     "package x\n",
		".privet.yml": `version: 1
allow:
  - category: payment
    sink: stripe
    from: [example.com/shop/billing/..., example.com/shop/biling, example.com/shop/billing.Charge, /shop/, github.com/other/pkg]
    reason: PCI
deny:
  - category: health
    from: [example.com/shop/support/..., example.com/shop/support, example.com/shop/clinic.Diagnose]
    reason: never
`,
	})
	t.Chdir(dir)
	var buf bytes.Buffer
	if err := printConfig(&buf, "."); err != nil {
		t.Fatal(err)
	}
	_, got, _ := strings.Cut(buf.String(), "warnings:\n")
	want := `  - .privet.yml:5:42: "example.com/shop/biling" matches no package of module example.com/shop
  - .privet.yml:9:42: "example.com/shop/support" matches no package of module example.com/shop
  - .privet.yml:9:68: "example.com/shop/clinic.Diagnose" matches no package of module example.com/shop
`
	if got != want {
		t.Errorf("privet config warnings:\n%s\nwant\n%s", got, want)
	}
}

// writeTree writes files (slash-separated names relative to dir).
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestStandaloneShopPolicy: the standalone command, which loads and
// analyses packages itself, reports on the README's shop what go vet
// reports (testdata/e2e/policy_shop.txtar's want section), with the
// categories deny and access for the policy's own kinds of finding
// (issue 22: every host, one meaning).
func TestStandaloneShopPolicy(t *testing.T) {
	ar, err := txtar.ParseFile(filepath.Join("..", "..", "testdata", "e2e", "policy_shop.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var want []string
	for _, f := range ar.Files {
		switch f.Name {
		case "want":
			for _, line := range strings.Split(string(f.Data), "\n") {
				if line != "" && !strings.Contains(line, ": \t") {
					want = append(want, line)
				}
			}
		case "unordered":
		default:
			writeTree(t, dir, map[string]string{f.Name: string(f.Data)})
		}
	}
	inModule(t, dir)
	o, _ := parseFlags(nil, os.Stderr)
	res, err := analyze(o, dir, newProgress(nil, nil, false))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	categories := map[string]bool{}
	for _, f := range res.report.Findings {
		got = append(got, fmt.Sprintf("%s:%d:%d: %s", f.File, f.Line, f.Column, f.Message))
		categories[f.Category] = true
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("privet ./... reports\n%s\ngo vet reports\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !categories["deny"] || !categories["access"] {
		t.Errorf("categories %v: want deny and access among them", categories)
	}
}

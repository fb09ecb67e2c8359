package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

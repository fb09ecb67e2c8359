package main

import (
	"bytes"
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
		".privet.yml:40",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("privet config output lacks %q:\n%s", want, buf.String())
		}
	}
}

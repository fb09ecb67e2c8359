package lsp

import "testing"

// TestSuppressible: the quick fix "Suppress with //privet:ignore" is
// offered for flows and access reads, not for a flow the policy denies,
// which no //privet:ignore lifts (issue 22), nor for malformed input.
func TestSuppressible(t *testing.T) {
	for category, want := range map[string]bool{"ai": true, "http": true, "access": true, "deny": false, "annotation": false, "policy": false} {
		f := &finding{file: "/m/a.go", analyzer: "privet", category: category}
		if got := f.leak(); got != want {
			t.Errorf("category %s: suppressible = %v, want %v", category, got, want)
		}
	}
}

package explain

import (
	"strings"
	"testing"

	"github.com/privetlint/privet/passes/sinks"
)

func TestTopics(t *testing.T) {
	for _, d := range Topics() {
		if d.Title == "" || d.Text == "" || d.Fix == "" {
			t.Errorf("%s: title, text and fix are required", d.Name)
		}
		if s := d.String(); !strings.HasPrefix(s, d.Name+": "+d.Title+"\n") || !strings.Contains(s, "How to fix it") {
			t.Errorf("%s: text rendering:\n%s", d.Name, s)
		}
		if n := strings.Count(d.Markdown(), "```"); n%2 != 0 {
			t.Errorf("%s: unbalanced code fences in Markdown:\n%s", d.Name, d.Markdown())
		}
	}
}

// TestKindPages requires a page with what, why and how to fix for every
// row of sinks.Kinds, and no page for a kind that is not in the table.
func TestKindPages(t *testing.T) {
	leak, _ := Lookup("leak")
	for _, info := range sinks.Kinds {
		d, ok := Lookup(string(info.Kind))
		if !ok {
			t.Errorf("sink kind %s has no documentation: add it to kindPages", info.Kind)
			continue
		}
		if d.Title == "" || d.Text == "" || d.Why == "" || d.Fix == "" {
			t.Errorf("%s: title, text, why and fix are required", info.Kind)
		}
		if !strings.Contains(leak.Text, string(info.Kind)+",") && !strings.Contains(leak.Text, string(info.Kind)+" or a custom kind") {
			t.Errorf("leak: the list of categories does not name %s", info.Kind)
		}
	}
	for k := range kindPages {
		if !sinks.KnownKind(k) {
			t.Errorf("kindPages documents %q, which is not in sinks.Kinds", k)
		}
	}
	if got, want := strings.Join(SinkKinds(), ", "), sinks.KindList(); got != want {
		t.Errorf("SinkKinds() = %s, want %s", got, want)
	}
	if d, ok := Lookup("telemetry"); !ok || !strings.Contains(d.Text, "OpenTelemetry") || !strings.Contains(d.Text, "Datadog") {
		t.Errorf("telemetry page: %+v", d)
	}
	if d := ForKind("billing"); !strings.Contains(d.Text, `"billing"`) || d.Fix == "" {
		t.Errorf("custom kind documentation: %+v", d)
	}
	for _, want := range []string{"//privet:sanitizer", "privet:\"-\"", "allow:", "//privet:ignore", "-baseline"} {
		if !strings.Contains(leak.Fix, want) {
			t.Errorf("leak: how to fix does not mention %s", want)
		}
	}
}

// TestPolicyTopics: privet explain deny documents deny rules, and a
// finding in the category deny gets that page (SARIF help), not the
// page of a custom sink kind (issue 22).
func TestPolicyTopics(t *testing.T) {
	d, ok := Lookup("deny")
	if !ok || !strings.Contains(d.Text, "deny:") || !strings.Contains(d.Text, "//privet:ignore") {
		t.Fatalf("privet explain deny: %+v", d)
	}
	if ForKind("deny") != d {
		t.Error("ForKind(deny) is not the deny page")
	}
	if d, ok := Lookup("access"); !ok || !strings.Contains(d.Text, "access:") || ForKind("access") != d {
		t.Errorf("privet explain access: %+v", d)
	}
}

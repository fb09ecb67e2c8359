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

func TestEveryBuiltinKindDocumented(t *testing.T) {
	for _, k := range []sinks.Kind{sinks.KindAI, sinks.KindHTTP, sinks.KindAnalytics, sinks.KindMonitoring,
		sinks.KindMessaging, sinks.KindPayment, sinks.KindRPC} {
		if _, ok := Lookup(string(k)); !ok {
			t.Errorf("sink kind %s has no documentation", k)
		}
	}
	if d := ForKind("billing"); !strings.Contains(d.Text, `"billing"`) || d.Fix == "" {
		t.Errorf("custom kind documentation: %+v", d)
	}
	leak, _ := Lookup("leak")
	for _, want := range []string{"//privet:sanitizer", "privet:\"-\"", "allow:", "//privet:ignore", "-baseline"} {
		if !strings.Contains(leak.Fix, want) {
			t.Errorf("leak: how to fix does not mention %s", want)
		}
	}
}

package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/privetlint/privet/passes/sinks"
)

// TestExplainEveryKind runs privet explain for every built-in sink kind
// (telemetry had no page once) and checks that the topic list names it.
func TestExplainEveryKind(t *testing.T) {
	var topics bytes.Buffer
	if got := run([]string{"explain"}, &topics, &bytes.Buffer{}); got != exitClean {
		t.Fatalf("privet explain: exit %d", got)
	}
	for _, info := range sinks.Kinds {
		var stdout, stderr bytes.Buffer
		if got := run([]string{"explain", string(info.Kind)}, &stdout, &stderr); got != exitClean || stderr.Len() > 0 {
			t.Errorf("privet explain %s: exit %d, stderr %q", info.Kind, got, stderr.String())
		}
		for _, want := range []string{string(info.Kind) + ": ", "Why it matters", "How to fix it"} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("privet explain %s does not print %q:\n%s", info.Kind, want, stdout.String())
			}
		}
		if !strings.Contains(topics.String(), "  "+string(info.Kind)+" ") {
			t.Errorf("privet explain does not list %s:\n%s", info.Kind, topics.String())
		}
	}
}

package lsp_test

import (
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/lsp"
)

// TestProvisionalLeak opens a file of a module nobody has annotated: the
// leak from a provisional source is a warning like any leak, and its
// quick fixes include adding the tag the field looks like, which makes
// the finding a declared one.
func TestProvisionalLeak(t *testing.T) {
	const supportGo = "support/support.go"
	const leakLine = 24 // zero-based: the http.Post of Summarize
	c := startServer(t, copyModule(t, "firstrun"), nil)
	m := c.mark(supportGo)
	text := c.Open(supportGo)
	ds := c.wait(supportGo, m, "the provisional leak is reported", func(ds []lsp.Diagnostic) bool { return at(ds, leakLine) != nil })
	d := at(ds, leakLine)
	if d.Severity != lsp.SeverityWarning || d.Code != "ai" || !strings.Contains(d.Message, "Customer.Email, unmarked: looks like pii") {
		t.Errorf("diagnostic = %s", show([]lsp.Diagnostic{*d}))
	}
	actions := c.codeActions(supportGo, *d)
	var tag *lsp.CodeAction
	for i := range actions {
		if strings.Contains(actions[i].Title, `privet:"pii"`) && strings.Contains(actions[i].Title, "Customer.Email") {
			tag = &actions[i]
		}
	}
	if tag == nil {
		t.Fatalf("code actions = %s, want one adding privet:\"pii\" to Customer.Email", show2(actions))
	}
	tagged := c.applyAction(supportGo, text, tag, 1)
	if !strings.Contains(tagged, "`json:\"email\" privet:\"pii\"`") {
		t.Fatalf("after the fix:\n%s", tagged)
	}
	m = c.mark(supportGo)
	c.Change(supportGo, tagged)
	c.wait(supportGo, m, "the leak now names the declared source", func(ds []lsp.Diagnostic) bool {
		d := at(ds, leakLine)
		return d != nil && strings.Contains(d.Message, "pii data (Customer.Email) reaches")
	})
}

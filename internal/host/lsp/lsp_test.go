package lsp_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/lsp"
)

// Lines (zero-based) of testdata/lsp/app/send/send.go where privet
// reports: Direct's http.Post and Indirect's call of upload.Text.
const (
	directLine   = 15
	indirectLine = 29
	sendGo       = "send/send.go"
	uploadGo     = "upload/upload.go"
)

func bothLeaks(ds []lsp.Diagnostic) bool {
	return at(ds, directLine) != nil && at(ds, indirectLine) != nil
}

// TestLeakAndUnsavedSanitizer opens a file with a leak, checks the
// diagnostic and its trace, then wraps the value in the sanitizer in the
// buffer only: the diagnostic goes away without a save.
func TestLeakAndUnsavedSanitizer(t *testing.T) {
	c := startServer(t, copyModule(t, "app"), nil)
	m := c.mark(sendGo)
	text := c.Open(sendGo)
	ds := c.wait(sendGo, m, "both leaks are reported", bothLeaks)

	d := at(ds, directLine)
	if d.Source != "privet" || d.Code != "http" || d.Severity != lsp.SeverityWarning {
		t.Errorf("source, code, severity = %q, %q, %d; want privet, http, %d", d.Source, d.Code, d.Severity, lsp.SeverityWarning)
	}
	const msg = "pii data (Customer.Email) reaches an HTTP request (http.Post) without an approved sanitizer"
	if d.Message != msg {
		t.Errorf("message = %q, want %q", d.Message, msg)
	}
	// resp, err := http.Post(...): the call, as go vet reports it.
	if want := (lsp.Range{Start: lsp.Position{Line: 15, Character: 14}, End: lsp.Position{Line: 15, Character: 98}}); d.Range != want {
		t.Errorf("range = %+v, want %+v", d.Range, want)
	}
	if len(d.RelatedInformation) != 3 {
		t.Fatalf("related information = %s, want 3 steps", show(ds))
	}
	read := d.RelatedInformation[0]
	// body := "email=" + c.Email: the step covers Email.
	wantRead := lsp.Location{URI: c.URI(sendGo), Range: lsp.Range{Start: lsp.Position{Line: 14, Character: 22}, End: lsp.Position{Line: 14, Character: 27}}}
	if read.Message != "read Customer.Email" || read.Location != wantRead {
		t.Errorf("first step = %+v, want read Customer.Email at %+v", read, wantRead)
	}
	if last := d.RelatedInformation[2]; last.Message != "argument 2 of http.Post" || last.Location.Range.Start.Line != 15 {
		t.Errorf("last step = %+v, want argument 2 of http.Post on line 15", last)
	}

	// The helper's steps are placed in the helper's file.
	ind := at(ds, indirectLine)
	var inHelper bool
	for _, r := range ind.RelatedInformation {
		if r.Location.URI == c.URI(uploadGo) && r.Message == "argument 2 of http.Post" && r.Location.Range.Start.Line == 10 {
			inHelper = true
		}
	}
	if !inHelper {
		t.Errorf("Indirect's trace has no step at upload/upload.go:11: %s", show([]lsp.Diagnostic{*ind}))
	}

	// Sanitize in the buffer, unsaved.
	sanitized := strings.Replace(text, `"email=" + c.Email`, `"email=" + privacy.MaskEmail(c.Email)`, 1)
	m = c.mark(sendGo)
	c.Change(sendGo, sanitized)
	c.wait(sendGo, m, "only the Indirect leak is left", func(ds []lsp.Diagnostic) bool {
		return at(ds, directLine) == nil && at(ds, indirectLine) != nil
	})
	if c.Read(sendGo) != text {
		t.Errorf("the file on disk changed")
	}

	// Undo: the leak is back.
	m = c.mark(sendGo)
	c.Change(sendGo, text)
	c.wait(sendGo, m, "both leaks are reported again", bothLeaks)
}

// TestCodeActions applies the sanitizer quick fix and the suppression
// and checks that the module still builds and the findings go away.
func TestCodeActions(t *testing.T) {
	c := startServer(t, copyModule(t, "app"), nil)
	m := c.mark(sendGo)
	text := c.Open(sendGo)
	ds := c.wait(sendGo, m, "both leaks are reported", bothLeaks)

	// The Indirect leak has a fix: wrap c.Email in privacy.MaskEmail.
	ind := *at(ds, indirectLine)
	actions := c.codeActions(sendGo, ind)
	wrap := find(actions, "Wrap c.Email in privacy.MaskEmail")
	suppress := find(actions, "Suppress with //privet:ignore")
	if wrap == nil || suppress == nil {
		t.Fatalf("code actions = %s, want the wrap fix and the suppression", show2(actions))
	}
	if !wrap.IsPreferred || wrap.Kind != lsp.CodeActionQuickFix {
		t.Errorf("wrap fix: preferred %v, kind %q", wrap.IsPreferred, wrap.Kind)
	}
	fixed := c.applyAction(sendGo, text, wrap, 1)
	if !strings.Contains(fixed, "return upload.Text(privacy.MaskEmail(c.Email))\n}\n") {
		t.Fatalf("after the fix:\n%s", fixed)
	}
	c.writeAndBuild(sendGo, fixed)
	m = c.mark(sendGo)
	c.Change(sendGo, fixed)
	c.Notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: c.URI(sendGo)}})
	ds = c.wait(sendGo, m, "only the Direct leak is left", func(ds []lsp.Diagnostic) bool {
		return len(ds) == 1 && at(ds, directLine) != nil
	})

	// Suppress the Direct leak: a //privet:ignore line with a reason
	// placeholder above the reported line.
	actions = c.codeActions(sendGo, ds[0])
	suppress = find(actions, "Suppress with //privet:ignore")
	if suppress == nil {
		t.Fatalf("code actions = %s, want the suppression", show2(actions))
	}
	suppressed := c.applyAction(sendGo, fixed, suppress, c.Versions[sendGo])
	want := "\t//privet:ignore " + lsp.IgnorePlaceholder + "\n\tresp, err := http.Post("
	if !strings.Contains(suppressed, want) {
		t.Fatalf("after the suppression:\n%s", suppressed)
	}
	c.writeAndBuild(sendGo, suppressed)
	m = c.mark(sendGo)
	c.Change(sendGo, suppressed)
	// The leak is suppressed; the placeholder reason is reported until
	// it is replaced.
	c.wait(sendGo, m, "only the placeholder is reported", func(ds []lsp.Diagnostic) bool {
		return len(ds) == 1 && strings.Contains(ds[0].Message, "is a placeholder")
	})
	reviewed := strings.Replace(suppressed, lsp.IgnorePlaceholder, "first-party relay, reviewed in SEC-7", 1)
	c.writeAndBuild(sendGo, reviewed)
	m = c.mark(sendGo)
	c.Change(sendGo, reviewed)
	c.wait(sendGo, m, "no findings are left", func(ds []lsp.Diagnostic) bool { return len(ds) == 0 })
}

// TestCodeActionsFromContext asks for code actions as Neovim, lsp-mode
// and eglot do with the cursor at the start of the reported line: an
// empty range at column 0, before the diagnostic's range, and the line's
// diagnostics in the context. The actions come from the context. It also
// checks the progress the first analysis showed.
func TestCodeActionsFromContext(t *testing.T) {
	c := startServer(t, copyModule(t, "app"), nil)
	m := c.mark(sendGo)
	c.Open(sendGo)
	ds := c.wait(sendGo, m, "both leaks are reported", bothLeaks)
	ind := *at(ds, indirectLine)
	if ind.Range.Start.Character == 0 {
		t.Fatalf("the diagnostic starts at column 0; the test needs one that does not: %+v", ind.Range)
	}
	bol := lsp.Range{Start: lsp.Position{Line: indirectLine}, End: lsp.Position{Line: indirectLine}}
	ask := func(ctx []lsp.Diagnostic) []lsp.CodeAction {
		var actions []lsp.CodeAction
		c.Call("textDocument/codeAction", lsp.CodeActionParams{
			TextDocument: lsp.TextDocumentIdentifier{URI: c.URI(sendGo)},
			Range:        bol,
			Context:      lsp.CodeActionContext{Diagnostics: ctx},
		}, &actions)
		return actions
	}
	// As the clients send it back: range, message, source, code; no
	// related information.
	sent := lsp.Diagnostic{Range: ind.Range, Severity: ind.Severity, Code: ind.Code, Source: ind.Source, Message: ind.Message}
	actions := ask([]lsp.Diagnostic{sent})
	if find(actions, "Wrap c.Email in privacy.MaskEmail") == nil || find(actions, "Suppress with //privet:ignore") == nil {
		t.Errorf("code actions at column 0 with the diagnostic in the context = %s, want the wrap fix and the suppression", show2(actions))
	}
	if actions := ask(nil); len(actions) != 0 {
		t.Errorf("code actions at column 0 without a diagnostic in the context = %s, want none", show2(actions))
	}

	c.mu.Lock()
	progress := strings.Join(c.progress, "\n")
	c.mu.Unlock()
	if !strings.HasPrefix(progress, "begin privet analysing") || !strings.Contains(progress, "\nend done in ") {
		t.Errorf("$/progress of the first analysis:\n%s\nwant a begin and an end", progress)
	}
}

// TestPolicyError breaks .privet.yml on disk and in an editor buffer:
// the problem is a diagnostic on the policy file.
func TestPolicyError(t *testing.T) {
	// No documentChanges: edits come as changes.
	c := startServer(t, copyModule(t, "app"), map[string]any{})
	m := c.mark(sendGo)
	c.Open(sendGo)
	c.wait(sendGo, m, "both leaks are reported", bothLeaks)

	const policy = ".privet.yml"
	good := c.Read(policy)
	bad := strings.Replace(good, "    reason: first-party API", "    reasn: first-party API", 1)
	if err := os.WriteFile(c.Path(policy), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	m = c.mark(policy)
	c.Notify("workspace/didChangeWatchedFiles", lsp.DidChangeWatchedFilesParams{Changes: []lsp.FileEvent{{URI: c.URI(policy), Type: lsp.FileChanged}}})
	ds := c.wait(policy, m, "the policy has problems", func(ds []lsp.Diagnostic) bool { return len(ds) > 0 })
	var unknown *lsp.Diagnostic
	for i := range ds {
		if strings.Contains(ds[i].Message, `"reasn"`) {
			unknown = &ds[i]
		}
	}
	// line 5 (zero-based 4), column 5: the key.
	wantRange := lsp.Range{Start: lsp.Position{Line: 4, Character: 4}, End: lsp.Position{Line: 4, Character: 9}}
	if unknown == nil || unknown.Range != wantRange || unknown.Severity != lsp.SeverityError || unknown.Source != "privet" {
		t.Errorf("policy diagnostics = %s, want an error about \"reasn\" at %+v", show(ds), wantRange)
	}

	// Fixed on disk: the problems go away.
	if err := os.WriteFile(c.Path(policy), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	m = c.mark(policy)
	c.Notify("workspace/didChangeWatchedFiles", lsp.DidChangeWatchedFilesParams{Changes: []lsp.FileEvent{{URI: c.URI(policy), Type: lsp.FileChanged}}})
	c.wait(policy, m, "the policy is clean", func(ds []lsp.Diagnostic) bool { return len(ds) == 0 })

	// An open, unsaved buffer of the policy is checked as it is typed.
	m = c.mark(policy)
	c.Open(policy)
	c.Change(policy, "version: 1\nsinkz: []\n")
	ds = c.wait(policy, m, "the buffer has a problem", func(ds []lsp.Diagnostic) bool { return len(ds) > 0 })
	if ds[0].Range.Start.Line != 1 || !strings.Contains(ds[0].Message, "sinkz") {
		t.Errorf("buffer diagnostics = %s, want one about sinkz on line 2", show(ds))
	}

	// The findings in Go files stay, and the quick fix comes as changes.
	actions := c.codeActions(sendGo, *at(c.diagsOf(sendGo), indirectLine))
	wrap := find(actions, "Wrap c.Email in privacy.MaskEmail")
	if wrap == nil || wrap.Edit == nil || len(wrap.Edit.Changes[c.URI(sendGo)]) != 2 || len(wrap.Edit.DocumentChanges) != 0 {
		t.Errorf("without documentChanges support, the fix = %s; want two edits in changes", show2(actions))
	}
}

// TestCrossPackage edits the helper package that sends (unsaved): the
// finding in the caller, another package, follows.
func TestCrossPackage(t *testing.T) {
	c := startServer(t, copyModule(t, "app"), nil)
	m := c.mark(sendGo)
	c.Open(sendGo)
	helper := c.Open(uploadGo)
	c.wait(sendGo, m, "both leaks are reported", bothLeaks)

	// The helper masks what it sends: the caller no longer leaks.
	masked := strings.Replace(helper, "\"strings\"\n", "\"strings\"\n\n\t\"example.com/lspapp/privacy\"\n", 1)
	masked = strings.Replace(masked, "strings.NewReader(s)", "strings.NewReader(privacy.MaskEmail(s))", 1)
	m = c.mark(sendGo)
	c.Change(uploadGo, masked)
	c.wait(sendGo, m, "the Indirect leak is gone", func(ds []lsp.Diagnostic) bool {
		return at(ds, directLine) != nil && at(ds, indirectLine) == nil
	})

	m = c.mark(sendGo)
	c.Change(uploadGo, helper)
	c.wait(sendGo, m, "the Indirect leak is back", bothLeaks)
}

func (c *client) diagsOf(rel string) []lsp.Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diags[c.URI(rel)]
}

func (c *client) codeActions(rel string, d lsp.Diagnostic) []lsp.CodeAction {
	c.T.Helper()
	var actions []lsp.CodeAction
	c.Call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: c.URI(rel)},
		Range:        d.Range,
		Context:      lsp.CodeActionContext{Diagnostics: []lsp.Diagnostic{d}},
	}, &actions)
	return actions
}

func find(actions []lsp.CodeAction, title string) *lsp.CodeAction {
	for i := range actions {
		if actions[i].Title == title {
			return &actions[i]
		}
	}
	return nil
}

func show2(actions []lsp.CodeAction) string {
	var b strings.Builder
	for _, a := range actions {
		b.WriteString(a.Title + "; ")
	}
	return b.String()
}

// applyAction applies a code action's versioned edit to the text of rel.
func (c *client) applyAction(rel, text string, a *lsp.CodeAction, version int32) string {
	c.T.Helper()
	if a.Edit == nil || len(a.Edit.DocumentChanges) != 1 {
		c.T.Fatalf("%s: edit = %+v, want one document change", a.Title, a.Edit)
	}
	dc := a.Edit.DocumentChanges[0]
	if dc.TextDocument.URI != c.URI(rel) || dc.TextDocument.Version == nil || *dc.TextDocument.Version != version {
		c.T.Fatalf("%s: edits %s version %v, want %s version %d", a.Title, dc.TextDocument.URI, dc.TextDocument.Version, c.URI(rel), version)
	}
	return applyEdits(c.T, text, dc.Edits)
}

// writeAndBuild saves a file and checks that the module builds.
func (c *client) writeAndBuild(rel, text string) {
	c.T.Helper()
	if err := os.WriteFile(c.Path(rel), []byte(text), 0o644); err != nil {
		c.T.Fatal(err)
	}
	build := exec.Command("go", "build", "./...")
	build.Dir = c.Dir
	if out, err := build.CombinedOutput(); err != nil {
		c.T.Fatalf("go build after the edit: %v\n%s\n%s", err, out, text)
	}
}

// TestDiscover opens a file with a field that looks like customer data
// but is not marked: privetdiscover's suggestion is an information
// diagnostic whose quick fix adds the tag.
func TestDiscover(t *testing.T) {
	const customerGo = "customer/customer.go"
	c := startServer(t, copyModule(t, "app"), nil)
	// Open a package that imports customer first: go vet analyses
	// customer for facts only, and caches that; customer's own report
	// must still arrive (see Server.vet).
	m := c.mark(sendGo)
	c.Open(sendGo)
	c.wait(sendGo, m, "both leaks are reported", bothLeaks)
	m = c.mark(customerGo)
	text := c.Open(customerGo)
	ds := c.wait(customerGo, m, "privetdiscover reports Phone", func(ds []lsp.Diagnostic) bool { return at(ds, 7) != nil })
	d := at(ds, 7)
	if d.Code != "unmarked" || d.Severity != lsp.SeverityInformation || d.Source != "privet" || !strings.Contains(d.Message, "Customer.Phone") {
		t.Errorf("diagnostic = %s", show([]lsp.Diagnostic{*d}))
	}
	actions := c.codeActions(customerGo, *d)
	var tag *lsp.CodeAction
	for i := range actions {
		if strings.Contains(actions[i].Title, `privet:"pii"`) {
			tag = &actions[i]
		}
	}
	if tag == nil {
		t.Fatalf("code actions = %s, want one adding privet:\"pii\"", show2(actions))
	}
	tagged := c.applyAction(customerGo, text, tag, 1)
	if !strings.Contains(tagged, "Phone string `privet:\"pii\"`") {
		t.Fatalf("after the fix:\n%s", tagged)
	}
	c.writeAndBuild(customerGo, tagged)
	m = c.mark(customerGo)
	c.Change(customerGo, tagged)
	c.wait(customerGo, m, "the suggestion is gone", func(ds []lsp.Diagnostic) bool { return len(ds) == 0 })
}

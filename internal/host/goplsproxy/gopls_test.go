package goplsproxy_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/privetlint/privet/internal/docblocks"
	"github.com/privetlint/privet/internal/host/goplsproxy"
	"github.com/privetlint/privet/internal/host/lsp"
)

// goplsVersion is the gopls the tests run: v0.23.0 builds with Go 1.26
// (v0.24.0 needs a newer Go).
const goplsVersion = "golang.org/x/tools/gopls@v0.23.0"

var (
	goplsOnce sync.Once
	goplsPath string
	goplsErr  string
)

// realGopls returns a gopls v0.23.0, installed once per test process
// from the module proxy into the work directory (the go build cache
// makes later installs a link), or skips the test when it cannot be
// installed. $PRIVET_TEST_GOPLS names one to use instead.
func realGopls(t *testing.T) string {
	t.Helper()
	goplsOnce.Do(func() {
		if p := os.Getenv("PRIVET_TEST_GOPLS"); p != "" {
			goplsPath = p
			return
		}
		bin := filepath.Join(workDir, "gobin")
		cmd := exec.Command("go", "install", goplsVersion)
		cmd.Dir = workDir // outside any module
		cmd.Env = append(os.Environ(), "GOBIN="+bin, "GOFLAGS=", "GOTOOLCHAIN=local")
		if out, err := cmd.CombinedOutput(); err != nil {
			goplsErr = "go install " + goplsVersion + ": " + err.Error() + "\n" + string(out)
			return
		}
		goplsPath = filepath.Join(bin, "gopls")
	})
	if goplsPath == "" {
		t.Skipf("no gopls to test with (set PRIVET_TEST_GOPLS to use one): %s", goplsErr)
	}
	return goplsPath
}

// copyExample copies testdata/example to the same directory for every
// test of the process: privet's identity under go vet hashes the path
// of the policy file, so a new directory would analyse the dependencies
// again.
func copyExample(t *testing.T) string {
	t.Helper()
	src := filepath.Join("..", "..", "..", "testdata", "example")
	dst := filepath.Join(workDir, "example")
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
	if real, err := filepath.EvalSymlinks(dst); err == nil {
		dst = real
	}
	return dst
}

const summarizeGo = "summarize/summarize.go"

// Zero-based lines of summarize.go: Leaky's call of s.complete (privet
// reports it), Raw's http.Post (also reported), the line of the
// prompt.Summary call in Leaky.
const (
	leakyLine   = 40
	rawLine     = 75
	summaryLine = 39
)

// TestGoplsStream drives privet gopls with a real gopls over stdio on
// testdata/example: gopls's features answer, privet's findings arrive
// in the same stream as gopls's diagnostics, code actions hold both
// sides' actions, an unsaved sanitizer edit clears privet's finding,
// and shutdown leaves no process behind.
func TestGoplsStream(t *testing.T) {
	gopls := realGopls(t)
	dir := copyExample(t)
	c, _ := start(t, dir, nil, "-privet.gopls="+gopls)

	m := c.mark(summarizeGo)
	text := c.Open(summarizeGo)
	pub := c.wait(summarizeGo, m, "privet reports Leaky and Raw", func(ds []lsp.Diagnostic) bool {
		return len(from(ds, "privet", leakyLine)) == 1 && len(from(ds, "privet", rawLine)) == 1
	})
	leak := from(pub.Diagnostics, "privet", leakyLine)[0]
	if leak.Code != "ai" || !strings.Contains(leak.Message, "pii data (Customer.Email) reaches an AI service") {
		t.Errorf("Leaky's finding: code %q, message %q", leak.Code, leak.Message)
	}
	if n := len(leak.RelatedInformation); n != 6 || leak.RelatedInformation[0].Message != "read Customer.Email" {
		t.Errorf("Leaky's trace = %s, want 6 steps from read Customer.Email", show(leak.RelatedInformation))
	}
	// gopls counts UTF-16 (it names no position encoding): the read of
	// Email at summarize.go:40:52 is character 51 either way here.
	if r := leak.RelatedInformation[0].Location.Range; r.Start.Line != summaryLine || r.Start.Character != 51 {
		t.Errorf("first step at %+v, want line %d character 51", r, summaryLine)
	}

	// Pull diagnostics (gopls's pullDiagnostics setting): gopls's full
	// report holds privet's findings too, and the client was asked to
	// pull again when they arrived. gopls's own requests reached the
	// client (workspace/configuration, progress) and their answers gopls.
	var report struct {
		Kind  string           `json:"kind"`
		Items []lsp.Diagnostic `json:"items"`
	}
	c.Call("textDocument/diagnostic", map[string]any{"textDocument": lsp.TextDocumentIdentifier{URI: c.URI(summarizeGo)}}, &report)
	if report.Kind == "unchanged" || len(from(report.Items, "privet", leakyLine)) != 1 {
		t.Errorf("pulled report = %s, want a full report with privet's finding", show(report))
	}
	c.until("workspace/diagnostic/refresh, workspace/configuration and window/workDoneProgress/create", func() bool {
		return slices.Contains(c.requests, "workspace/diagnostic/refresh") && slices.Contains(c.requests, "workspace/configuration") &&
			slices.Contains(c.requests, "window/workDoneProgress/create")
	}, func() string { return show(c.requests) })

	// gopls's features answer through the proxy.
	var hover struct {
		Contents struct {
			Value string `json:"value"`
		} `json:"contents"`
	}
	pos := func(line, char uint32) map[string]any {
		return map[string]any{"textDocument": lsp.TextDocumentIdentifier{URI: c.URI(summarizeGo)}, "position": lsp.Position{Line: line, Character: char}}
	}
	// p := prompt.Summary(...): "Summary" starts at character 14.
	c.Call("textDocument/hover", pos(summaryLine, 16), &hover)
	if !strings.HasPrefix(hover.Contents.Value, "func prompt.Summary(") {
		t.Errorf("hover on prompt.Summary = %q, want its signature", hover.Contents.Value)
	}
	// return s.complete(ctx, p): "complete" starts at character 10.
	var defs []lsp.Location
	c.Call("textDocument/definition", pos(leakyLine, 12), &defs)
	if len(defs) != 1 || defs[0].URI != c.URI(summarizeGo) || defs[0].Range.Start.Line != 26 {
		t.Errorf("definition of s.complete = %s, want summarize.go line 27", show(defs))
	}

	// Code actions at Leaky's finding: privet's quick fixes and gopls's
	// actions for the range, in one answer.
	var actions []lsp.CodeAction
	c.Call("textDocument/codeAction", lsp.CodeActionParams{
		TextDocument: lsp.TextDocumentIdentifier{URI: c.URI(summarizeGo)},
		Range:        leak.Range,
		Context:      lsp.CodeActionContext{Diagnostics: []lsp.Diagnostic{leak}},
	}, &actions)
	goplsActions := 0
	for _, a := range actions {
		if !strings.Contains(a.Title, "privet") && !strings.HasPrefix(a.Title, "Wrap ") {
			goplsActions++
		}
	}
	if !hasTitle(actions, "Suppress with //privet:ignore") || goplsActions == 0 {
		t.Errorf("code actions = %s, want privet's suppression and gopls's actions", show(actions))
	}

	// An unused variable: gopls reports it; privet's findings stay (the
	// package does not compile, so privet keeps its last results).
	broken := text + "\nfunc unused() {\n\tx := 1\n}\n"
	m = c.mark(summarizeGo)
	c.Change(summarizeGo, broken)
	pub = c.wait(summarizeGo, m, "gopls's unused variable and privet's findings", func(ds []lsp.Diagnostic) bool {
		return unusedVar(ds) != nil && len(from(ds, "privet", leakyLine)) == 1
	})
	if pub.Version == nil || *pub.Version != c.Versions[summarizeGo] {
		t.Errorf("merged publication version = %v, want %d", pub.Version, c.Versions[summarizeGo])
	}

	// Sanitize in the buffer, unsaved, and drop the unused variable:
	// Leaky's finding goes, Raw's stays.
	sanitized := strings.Replace(text, "t.Body, t.Customer.Email)", "t.Body, privacy.MaskEmail(t.Customer.Email))", 1)
	m = c.mark(summarizeGo)
	c.Change(summarizeGo, sanitized)
	c.wait(summarizeGo, m, "only Raw's finding is left", func(ds []lsp.Diagnostic) bool {
		return len(from(ds, "privet", leakyLine)) == 0 && len(from(ds, "privet", rawLine)) == 1 && unusedVar(ds) == nil
	})
	if data, _ := os.ReadFile(c.Path(summarizeGo)); string(data) != text {
		t.Errorf("the file on disk changed")
	}
}

// unusedVar finds gopls's "declared and not used" diagnostic.
func unusedVar(ds []lsp.Diagnostic) *lsp.Diagnostic {
	for i := range ds {
		if ds[i].Source != "privet" && strings.Contains(ds[i].Message, "declared and not used") {
			return &ds[i]
		}
	}
	return nil
}

func hasTitle(actions []lsp.CodeAction, title string) bool {
	for _, a := range actions {
		if a.Title == title {
			return true
		}
	}
	return false
}

// TestRecipeVSCode checks docs/editors.md's VS Code recipe: the
// settings parse, go.alternateTools.gopls names the privet-gopls
// script of the recipe, and that script, run as vscode-go runs its
// language server (version, then the server with no arguments), is
// gopls with privet's findings.
func TestRecipeVSCode(t *testing.T) {
	r, err := docblocks.Read(filepath.Join("..", "..", "..", "docs", "editors.md"), "privet-gopls", "vscode-gopls", "zed", "sublime", "helix-gopls")
	if err != nil {
		t.Fatal(err)
	}
	var settings struct {
		UseLanguageServer *bool             `json:"go.useLanguageServer"`
		AlternateTools    map[string]string `json:"go.alternateTools"`
	}
	if err := json.Unmarshal([]byte(r["vscode-gopls"]), &settings); err != nil {
		t.Fatalf("vscode-gopls: not JSON: %v", err)
	}
	named := settings.AlternateTools["gopls"]
	if settings.UseLanguageServer == nil || !*settings.UseLanguageServer || !filepath.IsAbs(named) || filepath.Base(named) != "privet-gopls" {
		t.Fatalf("vscode-gopls: go.useLanguageServer %v, go.alternateTools.gopls %q; want true and an absolute path to privet-gopls", settings.UseLanguageServer, named)
	}
	// The other editors run "privet gopls" themselves.
	var zed struct {
		LSP map[string]struct {
			Binary struct {
				Path      string   `json:"path"`
				Arguments []string `json:"arguments"`
			} `json:"binary"`
		} `json:"lsp"`
	}
	if err := json.Unmarshal([]byte(r["zed"]), &zed); err != nil || filepath.Base(zed.LSP["gopls"].Binary.Path) != "privet" || !slices.Equal(zed.LSP["gopls"].Binary.Arguments, []string{"gopls"}) {
		t.Errorf("zed: %v %+v, want gopls's binary to be privet with argument gopls", err, zed)
	}
	var sublime struct {
		Clients map[string]struct {
			Command []string `json:"command"`
		} `json:"clients"`
	}
	if err := json.Unmarshal([]byte(r["sublime"]), &sublime); err != nil || !slices.Equal(sublime.Clients["gopls"].Command, []string{"privet", "gopls"}) {
		t.Errorf("sublime: %v %+v, want the gopls client's command to be privet gopls", err, sublime)
	}
	if !strings.Contains(r["helix-gopls"], "[language-server.gopls]\ncommand = \"privet\"\nargs = [\"gopls\"]") {
		t.Errorf("helix-gopls does not run privet gopls as gopls:\n%s", r["helix-gopls"])
	}

	// The script, where the settings name it (a user's PATH: privet and
	// gopls on it).
	gopls := realGopls(t)
	bin := filepath.Join(t.TempDir(), "bin")
	os.MkdirAll(bin, 0o755)
	script := filepath.Join(bin, filepath.Base(named))
	if err := os.WriteFile(script, []byte(r["privet-gopls"]), 0o755); err != nil {
		t.Fatal(err)
	}
	path := "PATH=" + filepath.Dir(privetBin) + string(filepath.ListSeparator) + filepath.Dir(gopls) + string(filepath.ListSeparator) + os.Getenv("PATH")
	if filepath.Base(gopls) != "gopls" {
		t.Skipf("PRIVET_TEST_GOPLS %s is not named gopls: the script finds gopls on PATH", gopls)
	}
	version := exec.Command(script, "version")
	version.Env = append(os.Environ(), path, goplsproxy.EnvVar+"=")
	out, err := version.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "golang.org/x/tools/gopls v0.23.0") {
		t.Errorf("privet-gopls version: %v\n%s\nwant gopls's version", err, out)
	}

	c, res := startCommand(t, copyExample(t), []string{path, goplsproxy.EnvVar + "="}, "", script)
	var init struct {
		ServerInfo lsp.ServerInfo `json:"serverInfo"`
	}
	json.Unmarshal(res, &init)
	if init.ServerInfo.Name != "gopls" {
		t.Errorf("serverInfo = %+v, want gopls's", init.ServerInfo)
	}
	m := c.mark(summarizeGo)
	c.Open(summarizeGo)
	c.wait(summarizeGo, m, "privet reports Leaky", func(ds []lsp.Diagnostic) bool { return len(from(ds, "privet", leakyLine)) == 1 })
}

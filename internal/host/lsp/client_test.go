package lsp_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/internal/host/lsp"
	"github.com/privetlint/privet/internal/host/lsp/lsptest"
)

// privetBin is the privet binary the tests run as "privet lsp", built
// once by TestMain.
var privetBin string

// modRoot holds the test modules, one directory per test process (go
// test processes of several checkouts may run at once).
var modRoot string

// TestMain builds privet (PRIVET_LSP_RACE=1: with the race detector).
func TestMain(m *testing.M) {
	lsptest.Main(m, "privet-lsp-test-bin", func(dir, privet string) {
		privetBin, modRoot = privet, filepath.Join(dir, "mod")
	})
}

// timeout bounds every wait: the first go vet of a test run analyses
// the standard library packages net/http needs (facts), which takes a
// while on a cold build cache. $PRIVET_LSP_TEST_TIMEOUT changes it.
var timeout = lsptest.EnvDuration("PRIVET_LSP_TEST_TIMEOUT", 4*time.Minute)

// client drives "privet lsp" as an editor would.
type client struct {
	*lsptest.Session
	log string // the server's debug log

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[lsp.DocumentURI][]lsp.Diagnostic
	count    map[lsp.DocumentURI]int // publications so far
	messages []string                // window/logMessage
	progress []string                // $/progress: "kind message", in order
	server   lsp.ServerInfo
}

// copyModule copies testdata/lsp/<name> to the same directory for every
// test of the process: privet's identity under go vet hashes the path of
// the policy file, so a new directory per test would make every test
// analyse the standard library again (a cold cache), while real
// workspaces keep their path.
func copyModule(t *testing.T, name string) string {
	t.Helper()
	src := filepath.Join("..", "..", "..", "testdata", "lsp", name)
	dst := filepath.Join(modRoot, name)
	if err := os.RemoveAll(dst); err != nil {
		t.Fatal(err)
	}
	err := filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	// macOS: /var is /private/var; the go command reports real paths.
	if real, err := filepath.EvalSymlinks(dst); err == nil {
		dst = real
	}
	return dst
}

// startServer starts privet lsp in dir, initializes it and registers a
// clean shutdown (and a check that no child process outlives it).
func startServer(t *testing.T, dir string, caps map[string]any) *client {
	t.Helper()
	c := &client{
		diags: map[lsp.DocumentURI][]lsp.Diagnostic{},
		count: map[lsp.DocumentURI]int{},
		log:   filepath.Join(t.TempDir(), "lsp.log"),
	}
	c.cond = sync.NewCond(&c.mu)
	cmd := exec.Command(privetBin, "lsp", "-debounce=50ms", "-logfile="+c.log)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	c.Session = lsptest.Start(t, cmd, timeout, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(func() { c.shutdown() })

	if caps == nil {
		caps = map[string]any{
			"workspace": map[string]any{
				"workspaceEdit":         map[string]any{"documentChanges": true},
				"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true},
			},
			"window": map[string]any{"workDoneProgress": true},
		}
	}
	var res lsp.InitializeResult
	c.Call("initialize", map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          lsp.PathToURI(dir),
		"workspaceFolders": []map[string]any{{"uri": lsp.PathToURI(dir), "name": "app"}},
		"capabilities":     caps,
	}, &res)
	if res.Capabilities.TextDocumentSync.Change != lsp.SyncFull || !res.Capabilities.TextDocumentSync.OpenClose {
		t.Fatalf("initialize: textDocumentSync = %+v", res.Capabilities.TextDocumentSync)
	}
	if res.ServerInfo.Name != "privet" || res.ServerInfo.Version == "" {
		t.Errorf("initialize: serverInfo = %+v, want privet and a version", res.ServerInfo)
	}
	c.server = res.ServerInfo
	c.Notify("initialized", map[string]any{})
	return c
}

// handle receives the server's notifications and requests.
func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p lsp.PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.T.Errorf("publishDiagnostics: %v", err)
			return nil, nil
		}
		c.mu.Lock()
		c.diags[p.URI] = p.Diagnostics
		c.count[p.URI]++
		c.cond.Broadcast()
		c.mu.Unlock()
	case "window/logMessage":
		var p lsp.LogMessageParams
		json.Unmarshal(*req.Params, &p)
		c.mu.Lock()
		c.messages = append(c.messages, p.Message)
		c.mu.Unlock()
	case "client/registerCapability", "window/workDoneProgress/create":
		return nil, nil
	case "$/progress":
		var p struct {
			Token string               `json:"token"`
			Value lsp.WorkDoneProgress `json:"value"`
		}
		json.Unmarshal(*req.Params, &p)
		c.mu.Lock()
		c.progress = append(c.progress, strings.Join(strings.Fields(p.Value.Kind+" "+p.Value.Title+" "+p.Value.Message), " "))
		c.cond.Broadcast()
		c.mu.Unlock()
	}
	return nil, nil
}

// shutdown ends the session and shows the server's log when the test
// failed or PRIVET_LSP_TESTLOG is set.
func (c *client) shutdown() {
	c.Shutdown()
	if c.T.Failed() || os.Getenv("PRIVET_LSP_TESTLOG") != "" {
		if data, err := os.ReadFile(c.log); err == nil {
			c.T.Logf("server log:\n%s", data)
		}
	}
}

// mark returns the number of publications for a file so far.
func (c *client) mark(rel string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count[c.URI(rel)]
}

// wait waits for a publication for rel after the mark that satisfies
// ok, and returns its diagnostics.
func (c *client) wait(rel string, mark int, what string, ok func([]lsp.Diagnostic) bool) []lsp.Diagnostic {
	c.T.Helper()
	uri := c.URI(rel)
	lsptest.Until(c.T, &c.mu, c.cond, timeout, "publication for "+rel+" where "+what, func() bool {
		return c.count[uri] > mark && ok(c.diags[uri])
	}, func() string { return "last: " + show(c.diags[uri]) })
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diags[uri]
}

func show(ds []lsp.Diagnostic) string {
	data, _ := json.MarshalIndent(ds, "", "  ")
	return string(data)
}

// at finds the diagnostic starting at a (zero-based) line.
func at(ds []lsp.Diagnostic, line uint32) *lsp.Diagnostic {
	for i := range ds {
		if ds[i].Range.Start.Line == line {
			return &ds[i]
		}
	}
	return nil
}

// applyEdits applies LSP edits to a text (ASCII: characters are bytes).
func applyEdits(t *testing.T, text string, edits []lsp.TextEdit) string {
	t.Helper()
	lines := []int{0}
	for i := range len(text) {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	off := func(p lsp.Position) int {
		if int(p.Line) >= len(lines) {
			return len(text)
		}
		return lines[p.Line] + int(p.Character)
	}
	// Apply from the end so earlier offsets stay valid.
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b lsp.TextEdit) int { return off(b.Range.Start) - off(a.Range.Start) })
	for _, e := range edits {
		text = text[:off(e.Range.Start)] + e.NewText + text[off(e.Range.End):]
	}
	return text
}

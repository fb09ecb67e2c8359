package goplsproxy_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/internal/host/lsp"
	"github.com/privetlint/privet/internal/host/lsp/lsptest"
)

// privetBin is the privet binary the tests run as "privet gopls", built
// once by TestMain; workDir holds it and the test modules.
var privetBin, workDir string

// fakeEnv makes the test binary a stand-in gopls (fake_test.go).
const fakeEnv = "PRIVET_TEST_FAKE_GOPLS"

func TestMain(m *testing.M) {
	if mode := os.Getenv(fakeEnv); mode != "" {
		os.Exit(fakeGopls(mode))
	}
	lsptest.Main(m, "privet-gopls-test", func(dir, privet string) { workDir, privetBin = dir, privet })
}

// timeout bounds every wait: the first analysis of testdata/example
// with a new privet binary computes the facts of openai-go (a minute or
// two on 2 cores). $PRIVET_GOPLS_TEST_TIMEOUT changes it.
var timeout = lsptest.EnvDuration("PRIVET_GOPLS_TEST_TIMEOUT", 5*time.Minute)

// client drives "privet gopls" as an editor would.
type client struct {
	*lsptest.Session
	log    string // privet's debug log, if any
	stderr syncBuffer

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[lsp.DocumentURI]publication
	count    map[lsp.DocumentURI]int
	shown    []string // window/showMessage
	logs     []string // window/logMessage
	requests []string // methods of the server's requests, in order
}

// publication is a publishDiagnostics as received.
type publication struct {
	Version     *int32           `json:"version"`
	Diagnostics []lsp.Diagnostic `json:"diagnostics"`
}

// start runs privet gopls with args in dir and initializes it.
func start(t *testing.T, dir string, env []string, args ...string) (*client, json.RawMessage) {
	t.Helper()
	log := filepath.Join(t.TempDir(), "privet.log")
	return startCommand(t, dir, env, log, privetBin, append([]string{"gopls", "-privet.debounce=50ms", "-privet.logfile=" + log}, args...)...)
}

// startCommand runs a command that should be privet gopls (log: its
// -privet.logfile, if any) in dir and initializes it.
func startCommand(t *testing.T, dir string, env []string, log, name string, args ...string) (*client, json.RawMessage) {
	t.Helper()
	c := &client{
		diags: map[lsp.DocumentURI]publication{},
		count: map[lsp.DocumentURI]int{},
		log:   log,
	}
	c.cond = sync.NewCond(&c.mu)
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = &c.stderr
	c.Session = lsptest.Start(t, cmd, timeout, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(c.shutdown)
	var res json.RawMessage
	c.Call("initialize", map[string]any{
		"processId":        os.Getpid(),
		"rootUri":          lsp.PathToURI(dir),
		"workspaceFolders": []map[string]any{{"uri": lsp.PathToURI(dir), "name": "example"}},
		// gopls's settings: pull diagnostics too (push goes on).
		"initializationOptions": map[string]any{"pullDiagnostics": true},
		"capabilities": map[string]any{
			"textDocument": map[string]any{
				"codeAction": map[string]any{"codeActionLiteralSupport": map[string]any{
					"codeActionKind": map[string]any{"valueSet": []string{"", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"}},
				}},
				"hover":              map[string]any{"contentFormat": []string{"plaintext"}},
				"publishDiagnostics": map[string]any{"relatedInformation": true, "versionSupport": true},
				"diagnostic":         map[string]any{},
			},
			"workspace": map[string]any{
				"diagnostics":           map[string]any{"refreshSupport": true},
				"configuration":         true,
				"workspaceEdit":         map[string]any{"documentChanges": true},
				"didChangeWatchedFiles": map[string]any{"dynamicRegistration": true},
			},
			"window": map[string]any{"workDoneProgress": true},
		},
	}, &res)
	c.Notify("initialized", map[string]any{})
	return c, res
}

// syncBuffer collects the server's stderr for the test.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// handle records the server's notifications and answers its requests
// as an editor with no settings would.
func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	defer c.cond.Broadcast()
	if !req.Notif {
		c.requests = append(c.requests, req.Method)
	}
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p struct {
			URI lsp.DocumentURI `json:"uri"`
			publication
		}
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.T.Errorf("publishDiagnostics: %v", err)
			return nil, nil
		}
		c.diags[p.URI] = p.publication
		c.count[p.URI]++
	case "window/showMessage":
		var p lsp.LogMessageParams
		json.Unmarshal(*req.Params, &p)
		c.shown = append(c.shown, p.Message)
	case "window/logMessage":
		var p lsp.LogMessageParams
		json.Unmarshal(*req.Params, &p)
		c.logs = append(c.logs, p.Message)
	case "workspace/configuration":
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		json.Unmarshal(*req.Params, &p)
		out := make([]map[string]any, len(p.Items))
		for i := range out {
			out[i] = map[string]any{}
		}
		return out, nil
	}
	return nil, nil
}

// shutdown ends the session and, when the test failed, shows privet's
// log and the server's stderr.
func (c *client) shutdown() {
	c.Shutdown()
	if c.T.Failed() {
		if data, err := os.ReadFile(c.log); err == nil {
			c.T.Logf("privet's log:\n%s", data)
		}
		c.T.Logf("stderr:\n%s", c.stderr.String())
	}
}

func (c *client) mark(rel string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count[c.URI(rel)]
}

// wait waits for a publication for rel after the mark that satisfies
// ok, and returns it.
func (c *client) wait(rel string, mark int, what string, ok func([]lsp.Diagnostic) bool) publication {
	c.T.Helper()
	uri := c.URI(rel)
	c.until("publication for "+rel+" where "+what, func() bool {
		return c.count[uri] > mark && ok(c.diags[uri].Diagnostics)
	}, func() string { return "last: " + show(c.diags[uri].Diagnostics) })
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.diags[uri]
}

// until waits until ok holds of the client's state; ok and detail (for
// the failure) are called with c.mu held.
func (c *client) until(what string, ok func() bool, detail func() string) {
	c.T.Helper()
	lsptest.Until(c.T, &c.mu, c.cond, timeout, what, ok, detail)
}

func show(v any) string {
	data, _ := json.MarshalIndent(v, "", "  ")
	return string(data)
}

// from returns the diagnostics of a source ("privet", "compiler", ...)
// starting at a zero-based line (-1: any line).
func from(ds []lsp.Diagnostic, source string, line int) []lsp.Diagnostic {
	var out []lsp.Diagnostic
	for _, d := range ds {
		if d.Source == source && (line < 0 || int(d.Range.Start.Line) == line) {
			out = append(out, d)
		}
	}
	return out
}

package goplsproxy_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/internal/host/lsp"
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
	dir, err := os.MkdirTemp("", "privet-gopls-test")
	if err != nil {
		panic(err)
	}
	workDir = dir
	privetBin = filepath.Join(dir, "privet")
	build := exec.Command("go", "build", "-o", privetBin, "github.com/privetlint/privet/cmd/privet")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building privet: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// timeout bounds every wait: the first analysis of testdata/example
// with a new privet binary computes the facts of openai-go (a minute or
// two on 2 cores). $PRIVET_GOPLS_TEST_TIMEOUT changes it.
var timeout = 5 * time.Minute

func init() {
	if d, err := time.ParseDuration(os.Getenv("PRIVET_GOPLS_TEST_TIMEOUT")); err == nil {
		timeout = d
	}
}

// client drives "privet gopls" as an editor would.
type client struct {
	t    *testing.T
	dir  string
	cmd  *exec.Cmd
	conn *jsonrpc2.Conn
	log  string
	done chan struct{} // closed when the process has exited
	err  error         // its exit

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[lsp.DocumentURI]publication
	count    map[lsp.DocumentURI]int
	shown    []string // window/showMessage
	logs     []string // window/logMessage
	requests []string // methods of the server's requests, in order
	versions map[string]int32
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
		t: t, dir: dir,
		diags:    map[lsp.DocumentURI]publication{},
		count:    map[lsp.DocumentURI]int{},
		versions: map[string]int32{},
		log:      log,
		done:     make(chan struct{}),
	}
	c.cond = sync.NewCond(&c.mu)
	c.cmd = exec.Command(name, args...)
	c.cmd.Dir = dir
	c.cmd.Env = append(os.Environ(), env...)
	c.cmd.Stderr = &syncBuffer{t: t}
	stdin, err := c.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := c.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		c.err = c.cmd.Wait()
		close(c.done)
	}()
	stream := jsonrpc2.NewBufferedStream(pipe{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(c.handle))
	t.Cleanup(c.shutdown)
	var res json.RawMessage
	c.call("initialize", map[string]any{
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
	c.notify("initialized", map[string]any{})
	return c, res
}

// syncBuffer collects the server's stderr for the test.
type syncBuffer struct {
	t  *testing.T
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

func (c *client) stderr() string { return c.cmd.Stderr.(*syncBuffer).String() }

type pipe struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipe) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
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
			c.t.Errorf("publishDiagnostics: %v", err)
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

func (c *client) call(method string, params, result any) {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	if err := c.conn.Call(ctx, method, params, result); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	if err := c.conn.Notify(context.Background(), method, params); err != nil {
		c.t.Fatalf("%s: %v", method, err)
	}
}

// shutdown ends the session as an editor does and checks that privet
// gopls exits with status 0 and leaves no process behind in the module.
func (c *client) shutdown() {
	t := c.t
	select {
	case <-c.done:
	default:
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := c.conn.Call(ctx, "shutdown", nil, nil)
		cancel()
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
		c.conn.Notify(context.Background(), "exit", nil)
		select {
		case <-c.done:
			if c.err != nil {
				t.Errorf("privet gopls exited with %v; stderr:\n%s", c.err, c.stderr())
			}
		case <-time.After(time.Minute):
			c.cmd.Process.Kill()
			t.Errorf("privet gopls did not exit after shutdown and exit")
		}
		c.conn.Close()
	}
	if leaked := processesIn(c.dir); len(leaked) > 0 {
		t.Errorf("processes left running in %s after exit: %v", c.dir, leaked)
	}
	if t.Failed() {
		if data, err := os.ReadFile(c.log); err == nil {
			t.Logf("privet's log:\n%s", data)
		}
		t.Logf("stderr:\n%s", c.stderr())
	}
}

// processesIn lists the processes whose working directory is dir or
// below it (gopls and go vet run there). Linux only; elsewhere nil.
func processesIn(dir string) []string {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		cwd, err := os.Readlink(filepath.Join("/proc", e.Name(), "cwd"))
		if err != nil || !(cwd == dir || strings.HasPrefix(cwd, dir+string(filepath.Separator))) {
			continue
		}
		cmdline, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		out = append(out, e.Name()+": "+strings.ReplaceAll(string(cmdline), "\x00", " "))
	}
	return out
}

func (c *client) path(rel string) string { return filepath.Join(c.dir, filepath.FromSlash(rel)) }

func (c *client) uri(rel string) lsp.DocumentURI { return lsp.PathToURI(c.path(rel)) }

// open sends didOpen with the file's text and returns it.
func (c *client) open(rel string) string {
	c.t.Helper()
	data, err := os.ReadFile(c.path(rel))
	if err != nil {
		c.t.Fatal(err)
	}
	c.versions[rel] = 1
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": lsp.TextDocumentItem{URI: c.uri(rel), LanguageID: "go", Version: 1, Text: string(data)},
	})
	return string(data)
}

// change sends the whole new text of an open document, unsaved.
func (c *client) change(rel, text string) {
	c.t.Helper()
	c.versions[rel]++
	c.notify("textDocument/didChange", lsp.DidChangeTextDocumentParams{
		TextDocument:   lsp.VersionedTextDocumentIdentifier{URI: c.uri(rel), Version: c.versions[rel]},
		ContentChanges: []lsp.TextDocumentContentChangeEvent{{Text: text}},
	})
}

func (c *client) mark(rel string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count[c.uri(rel)]
}

// wait waits for a publication for rel after the mark that satisfies
// ok, and returns it.
func (c *client) wait(rel string, mark int, what string, ok func([]lsp.Diagnostic) bool) publication {
	c.t.Helper()
	uri := c.uri(rel)
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
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for !ok() {
		if time.Now().After(deadline) {
			c.t.Fatalf("no %s within %v; %s", what, timeout, detail())
		}
		c.cond.Wait()
	}
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

package lsp_test

import (
	"context"
	"encoding/json"
	"io"
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
)

// privetBin is the privet binary the tests run as "privet lsp", built
// once by TestMain.
var privetBin string

// modRoot holds the test modules, one directory per test process (go
// test processes of several checkouts may run at once).
var modRoot string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "privet-lsp-test-bin")
	if err != nil {
		panic(err)
	}
	privetBin = filepath.Join(dir, "privet")
	// PRIVET_LSP_RACE=1 builds the server with the race detector.
	args := []string{"build", "-o", privetBin}
	if os.Getenv("PRIVET_LSP_RACE") != "" {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "github.com/privetlint/privet/cmd/privet")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building privet: " + err.Error())
	}
	modRoot = filepath.Join(dir, "mod")
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// timeout bounds every wait: the first go vet of a test run analyses
// the standard library packages net/http needs (facts), which takes a
// while on a cold build cache.
var timeout = 4 * time.Minute

func init() {
	if d, err := time.ParseDuration(os.Getenv("PRIVET_LSP_TEST_TIMEOUT")); err == nil {
		timeout = d
	}
}

// client drives "privet lsp" as an editor would.
type client struct {
	t    *testing.T
	dir  string // the test module
	cmd  *exec.Cmd
	conn *jsonrpc2.Conn
	log  string // the server's debug log

	mu       sync.Mutex
	cond     *sync.Cond
	diags    map[lsp.DocumentURI][]lsp.Diagnostic
	count    map[lsp.DocumentURI]int // publications so far
	messages []string                // window/logMessage
	progress []string                // $/progress: "kind message", in order
	versions map[string]int32
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
		t: t, dir: dir,
		diags:    map[lsp.DocumentURI][]lsp.Diagnostic{},
		count:    map[lsp.DocumentURI]int{},
		versions: map[string]int32{},
		log:      filepath.Join(t.TempDir(), "lsp.log"),
	}
	c.cond = sync.NewCond(&c.mu)
	c.cmd = exec.Command(privetBin, "lsp", "-debounce=50ms", "-logfile="+c.log)
	c.cmd.Dir = dir
	c.cmd.Stderr = os.Stderr
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
	stream := jsonrpc2.NewBufferedStream(pipe{stdout, stdin}, jsonrpc2.VSCodeObjectCodec{})
	c.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(c.handle))
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
	c.call("initialize", map[string]any{
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
	c.notify("initialized", map[string]any{})
	return c
}

type pipe struct {
	io.ReadCloser
	io.WriteCloser
}

func (p pipe) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
}

// handle receives the server's notifications and requests.
func (c *client) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p lsp.PublishDiagnosticsParams
		if err := json.Unmarshal(*req.Params, &p); err != nil {
			c.t.Errorf("publishDiagnostics: %v", err)
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

// shutdown ends the session as an editor does and checks that the
// server exits with status 0 and leaves no process running in the test
// module.
func (c *client) shutdown() {
	t := c.t
	if c.cmd.ProcessState == nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := c.conn.Call(ctx, "shutdown", nil, nil)
		cancel()
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
		c.conn.Notify(context.Background(), "exit", nil)
		done := make(chan error, 1)
		go func() { done <- c.cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("privet lsp exited with %v", err)
			}
		case <-time.After(time.Minute):
			c.cmd.Process.Kill()
			t.Errorf("privet lsp did not exit after shutdown and exit")
		}
		c.conn.Close()
	}
	if leaked := processesIn(c.dir); len(leaked) > 0 {
		t.Errorf("processes left running in %s after exit: %v", c.dir, leaked)
	}
	if t.Failed() || os.Getenv("PRIVET_LSP_TESTLOG") != "" {
		if data, err := os.ReadFile(c.log); err == nil {
			t.Logf("server log:\n%s", data)
		}
	}
}

// processesIn lists the processes whose working directory is dir or
// below it (go vet runs in the module root). Linux only; elsewhere nil.
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

func (c *client) read(rel string) string {
	c.t.Helper()
	data, err := os.ReadFile(c.path(rel))
	if err != nil {
		c.t.Fatal(err)
	}
	return string(data)
}

// open sends didOpen with the file's text and returns it.
func (c *client) open(rel string) string {
	c.t.Helper()
	text := c.read(rel)
	lang := "go"
	if !strings.HasSuffix(rel, ".go") {
		lang = "yaml"
	}
	c.versions[rel] = 1
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": lsp.TextDocumentItem{URI: c.uri(rel), LanguageID: lang, Version: 1, Text: text},
	})
	return text
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

// mark returns the number of publications for a file so far.
func (c *client) mark(rel string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count[c.uri(rel)]
}

// wait waits for a publication for rel after the mark that satisfies
// ok, and returns its diagnostics.
func (c *client) wait(rel string, mark int, what string, ok func([]lsp.Diagnostic) bool) []lsp.Diagnostic {
	c.t.Helper()
	uri := c.uri(rel)
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		c.mu.Lock()
		c.cond.Broadcast()
		c.mu.Unlock()
	})
	defer timer.Stop()
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		if c.count[uri] > mark && ok(c.diags[uri]) {
			return c.diags[uri]
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("%s: no publication where %s within %v; last: %s", rel, what, timeout, show(c.diags[uri]))
		}
		c.cond.Wait()
	}
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

package goplsproxy_test

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/goplsproxy"
	"github.com/privetlint/privet/internal/host/lsp"
)

// TestForwardedUnchanged runs the proxy in process before a fake gopls
// that echoes what it reads: the client's messages privet does not
// change reach gopls byte for byte (initialize with gopls's settings,
// $/cancelRequest, workspace/didChangeConfiguration, an answer to one
// of gopls's requests, a method nobody knows, shutdown, exit), gopls's
// messages reach the client byte for byte, and the proxy returns
// gopls's exit status.
func TestForwardedUnchanged(t *testing.T) {
	t.Setenv(fakeEnv, "echo")
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	fromProxy, toClient := io.Pipe()
	fromClient, toProxy := io.Pipe()
	status := make(chan int, 1)
	go func() {
		code := goplsproxy.Run(context.Background(), lsp.Pipe{ReadCloser: fromClient, WriteCloser: toClient}, goplsproxy.Options{Gopls: self, Stderr: os.Stderr})
		toClient.Close() // the editor sees the end of the output
		status <- code
	}()
	client := lsp.NewStream(lsp.Pipe{ReadCloser: fromProxy, WriteCloser: toProxy}, func(msg string) { t.Errorf("client side: %s", msg) })

	sent := []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{},"initializationOptions":{"buildFlags":["-tags=x"], "ui.semanticTokens":true}}}`,
		`{"jsonrpc":"2.0","method":"initialized","params":{}}`,
		`{ "jsonrpc" : "2.0", "method": "custom/thing", "params": {"html": "<&>", "n": 1.50, "u": "\u00e9"} }`,
		`{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":7}}`,
		`{"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"gopls":{"staticcheck":true}}}}`,
		`{"jsonrpc":"2.0","id":5,"result":[{"a":1}]}`,
		`{"jsonrpc":"2.0","id":"s2","method":"shutdown"}`,
		`{"jsonrpc":"2.0","method":"exit"}`,
	}
	for _, body := range sent {
		if err := client.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	var echoed []string
	for {
		raw, err := client.Read()
		if err != nil {
			break
		}
		var m struct {
			Method string `json:"method"`
			Params struct {
				Raw string `json:"raw"`
			} `json:"params"`
		}
		json.Unmarshal(raw, &m)
		if m.Method != "fake/echo" {
			continue
		}
		// What the fake wrote, byte for byte.
		want, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": "fake/echo", "params": map[string]string{"raw": m.Params.Raw}})
		if string(raw) != string(want) {
			t.Errorf("gopls's notification changed on the way:\n got %s\nwant %s", raw, want)
		}
		echoed = append(echoed, m.Params.Raw)
	}
	if strings.Join(echoed, "\n") != strings.Join(sent, "\n") {
		t.Errorf("gopls read:\n%s\nwant:\n%s", strings.Join(echoed, "\n"), strings.Join(sent, "\n"))
	}
	if code := <-status; code != 0 {
		t.Errorf("exit status %d, want 0 (gopls's after shutdown and exit)", code)
	}
}

// TestGoplsDies checks that when gopls exits on its own the proxy exits
// with gopls's status and says why on stderr.
func TestGoplsDies(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c, _ := start(t, t.TempDir(), []string{fakeEnv + "=die"}, "-privet.gopls="+self)
	<-c.Done()
	if code := c.Cmd.ProcessState.ExitCode(); code != 3 {
		t.Errorf("exit status %d, want gopls's 3", code)
	}
	if msg := "privet gopls: gopls exited with status 3 before the client ended the session"; !strings.Contains(c.stderr.String(), msg) {
		t.Errorf("stderr = %q, want %q", c.stderr.String(), msg)
	}
}

// TestAnalysisFailureShownOnce breaks privet's analysis (no go command):
// gopls's features keep working, its diagnostics are published, and the
// failure is shown once as a window message, however often it recurs.
func TestAnalysisFailureShownOnce(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/m\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.go"), []byte("package m\n"), 0o644)
	c, _ := start(t, dir, []string{fakeEnv + "=basic"}, "-privet.gopls="+self, "-privet.go="+filepath.Join(dir, "no-such-go"))
	m := c.mark("a.go")
	text := c.Open("a.go")
	c.wait("a.go", m, "gopls's diagnostic", func(ds []lsp.Diagnostic) bool { return len(from(ds, "fake", -1)) == 1 })
	failures := func() int {
		n := 0
		for _, l := range c.logs {
			if strings.Contains(l, "go list") {
				n++
			}
		}
		return n
	}
	c.until("failed analysis", func() bool { return failures() == 1 }, func() string { return show(c.logs) })
	c.Change("a.go", text+"\n// edit\n")
	c.until("second failed analysis", func() bool { return failures() == 2 }, func() string { return show(c.logs) })

	var hover struct {
		Contents struct {
			Value string `json:"value"`
		} `json:"contents"`
	}
	c.Call("textDocument/hover", map[string]any{"textDocument": lsp.TextDocumentIdentifier{URI: c.URI("a.go")}, "position": lsp.Position{}}, &hover)
	if hover.Contents.Value != "fake hover" {
		t.Errorf("hover = %q, want gopls's", hover.Contents.Value)
	}
	var actions []lsp.CodeAction
	c.Call("textDocument/codeAction", lsp.CodeActionParams{TextDocument: lsp.TextDocumentIdentifier{URI: c.URI("a.go")}}, &actions)
	if len(actions) != 1 || actions[0].Title != "fake action" {
		t.Errorf("code actions = %s, want gopls's", show(actions))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.shown) != 1 || !strings.HasPrefix(c.shown[0], "privet: analysis failed") || !strings.Contains(c.shown[0], "no-such-go") {
		t.Errorf("window messages = %s, want one saying privet's analysis failed and why", show(c.shown))
	}
}

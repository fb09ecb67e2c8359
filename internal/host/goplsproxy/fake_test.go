package goplsproxy_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/privetlint/privet/internal/host/lsp"
)

// fakeGopls is a stand-in gopls for the tests that need none of its
// features (fast and deterministic); TestMain runs it when fakeEnv is
// set. Modes:
//
//	basic  answers initialize, hover ("fake hover"), codeAction (one
//	       action, "fake action"), shutdown; publishes one diagnostic
//	       (source "fake") for each opened document
//	echo   as basic, and sends every message it reads back as a
//	       fake/echo notification holding the frame's body as a string
//	die    exits with status 3 once initialized
//
// It exits on exit: 0 after shutdown, 1 without.
func fakeGopls(mode string) int {
	s := lsp.NewStream(stdio{}, func(msg string) { fmt.Fprintln(os.Stderr, "fake gopls:", msg) })
	shutdown := false
	reply := func(id json.RawMessage, result any) {
		data, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": id, "result": result})
		s.Write(data)
	}
	notify := func(method string, params any) {
		data, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
		s.Write(data)
	}
	for {
		raw, err := s.Read()
		if err != nil {
			return 1
		}
		if mode == "echo" {
			notify("fake/echo", map[string]string{"raw": string(raw)})
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
		}
		json.Unmarshal(raw, &m)
		switch m.Method {
		case "initialize":
			reply(m.ID, map[string]any{
				"capabilities": map[string]any{"textDocumentSync": 2, "hoverProvider": true, "codeActionProvider": true},
				"serverInfo":   map[string]any{"name": "fake gopls"},
			})
		case "initialized":
			if mode == "die" {
				return 3
			}
		case "textDocument/hover":
			reply(m.ID, map[string]any{"contents": map[string]any{"kind": "plaintext", "value": "fake hover"}})
		case "textDocument/codeAction":
			reply(m.ID, []map[string]any{{"title": "fake action", "kind": "quickfix"}})
		case "textDocument/didOpen":
			var p lsp.DidOpenTextDocumentParams
			json.Unmarshal(m.Params, &p)
			notify("textDocument/publishDiagnostics", map[string]any{
				"uri": p.TextDocument.URI, "version": p.TextDocument.Version,
				"diagnostics": []map[string]any{{"range": lsp.Range{}, "source": "fake", "message": "fake problem"}},
			})
		case "shutdown":
			shutdown = true
			reply(m.ID, nil)
		case "exit":
			if shutdown {
				return 0
			}
			return 1
		default:
			if len(m.ID) > 0 && m.Method != "" {
				reply(m.ID, nil)
			}
		}
	}
}

// stdio is the fake's connection: its standard input and output.
type stdio struct{}

func (stdio) Read(p []byte) (int, error)  { return os.Stdin.Read(p) }
func (stdio) Write(p []byte) (int, error) { return os.Stdout.Write(p) }
func (stdio) Close() error                { return nil }

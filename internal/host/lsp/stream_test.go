package lsp_test

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// TestMalformedFrames: privet lsp says on stderr what was wrong with a
// frame (it used to exit 1 with nothing on stderr, the reason only in
// -logfile), answers what it can with a JSON-RPC error, and goes on
// serving where the protocol allows: the shutdown and exit after a bad
// frame are obeyed, exit status 0.
func TestMalformedFrames(t *testing.T) {
	frame := func(body string) string { return "Content-Length: " + itoa(len(body)) + "\r\n\r\n" + body }
	const initialize = `{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}`
	const shutdown = `{"jsonrpc":"2.0","id":9,"method":"shutdown"}`
	const exit = `{"jsonrpc":"2.0","method":"exit"}`
	for _, tc := range []struct {
		name, input string
		status      int
		stdout      []string // responses, in order
		stderr      string   // the first line
	}{
		{"no Content-Length", frame(initialize) + "hello\r\n\r\n" + frame(shutdown) + frame(exit), 0,
			[]string{`"id":9,"result":null`},
			`privet lsp: malformed header line "hello": want "Name: value" lines, then an empty line, then the body`},
		{"invalid JSON", frame(initialize) + frame("{{{{") + frame(shutdown) + frame(exit), 0,
			[]string{`"error":{"code":-32700,"message":"parse error: the body is not JSON"},"id":null`, `"id":9,"result":null`},
			`privet lsp: a frame's body is not JSON ("{{{{"): answered with a parse error`},
		{"batch", frame(initialize) + frame(`[{"jsonrpc":"2.0","id":1,"method":"shutdown"},{"jsonrpc":"2.0","method":"exit"}]`) + frame(shutdown) + frame(exit), 0,
			[]string{`[{"error":{"code":-32600,"message":"JSON-RPC batches are not part of the Language Server Protocol: send each message in a frame of its own"},"id":1,"jsonrpc":"2.0"}]`, `"id":9,"result":null`},
			`privet lsp: a JSON-RPC batch of 2 messages: the Language Server Protocol has no batches; each request is answered with an error`},
		{"not a message", frame(initialize) + frame(`{"id":3}`) + frame(shutdown) + frame(exit), 0,
			[]string{`"code":-32600,"message":"invalid request: `, `"id":9,"result":null`},
			`privet lsp: a frame holds no JSON-RPC message ("{\"id\":3}"): `},
		{"negative length", "Content-Length: -5\r\n\r\n{}", 1, nil,
			`privet lsp: protocol error: invalid Content-Length "-5": the frame's end cannot be found; closing the connection`},
		{"short body", "Content-Length: 48\r\n\r\n" + shutdown, 1, nil,
			`privet lsp: protocol error: the input ended inside a frame: 44 of the 48 bytes of its body; closing the connection`},
		{"no shutdown", "", 1, nil,
			`privet lsp: the client closed the connection without shutdown and exit`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(privetBin, "lsp")
			cmd.Stdin = strings.NewReader(tc.input)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			status := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				status = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if status != tc.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tc.status, stderr.Bytes())
			}
			first, _, _ := strings.Cut(stderr.String(), "\n")
			if !strings.HasPrefix(first, tc.stderr) {
				t.Errorf("stderr starts\n%q\nwant\n%q", first, tc.stderr)
			}
			rest := stdout.String()
			for _, want := range tc.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Errorf("responses lack %s (in order):\n%s", want, stdout.Bytes())
					break
				}
				rest = rest[i+len(want):]
			}
		})
	}
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}

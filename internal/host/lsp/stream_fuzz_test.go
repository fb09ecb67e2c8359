package lsp

import (
	"bytes"
	"io"
	"testing"
)

// rwc is an input and a discarded output.
type rwc struct {
	io.Reader
	out bytes.Buffer
}

func (r *rwc) Write(p []byte) (int, error) { return r.out.Write(p) }
func (r *rwc) Close() error                { return nil }

// FuzzFrames: the base protocol reader takes any input — headers,
// lengths, bodies — without panicking or looping: every frame is either
// a message, an answered error, skipped with a warning, or the end of
// the session with a reason.
func FuzzFrames(f *testing.F) {
	for _, s := range []string{
		"Content-Length: 2\r\n\r\n{}",
		"hello\r\n\r\n",
		"Content-Length: -5\r\n\r\n{}",
		"Content-Length: 46\r\n\r\n[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"shutdown\"}]",
		"Content-Length: 4\r\n\r\n{{{{Content-Length: 2\r\n\r\n[]",
		"Content-Type: x\r\nContent-Length: 36\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}  ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		conn := &rwc{Reader: bytes.NewReader(data)}
		warnings := 0
		s := newStream(conn, func(string) { warnings++ })
		for i := 0; ; i++ {
			if i > len(data)+1 {
				t.Fatalf("more messages than input bytes: a loop")
			}
			var v map[string]any
			if err := s.ReadObject(&v); err != nil {
				if err != io.EOF && s.failure() == nil {
					t.Fatalf("stopped on %v without a reason", err)
				}
				return
			}
		}
	})
}

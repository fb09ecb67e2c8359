package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// stream is the server's side of the base protocol: frames of
// "Content-Length: N" headers and a JSON body. It replaces jsonrpc2's
// codec, which closes the connection on any bad frame without a word
// outside the debug log. Here a frame whose body is not a message is
// answered with a JSON-RPC error and the session goes on (invalid JSON:
// -32700; a JSON-RPC batch, which the LSP does not have: -32600 for each
// request of it; not a request or response: -32600); a header block
// without Content-Length is skipped. Only a frame whose length cannot be
// known (an invalid Content-Length, a header line that never ends) ends
// the session, with the reason in err for the server to print.
type stream struct {
	r *bufio.Reader
	w io.Writer
	c io.Closer

	mu sync.Mutex // writes

	errMu sync.Mutex
	err   error // why reading stopped, if not the end of input
	// warn is told of each frame skipped or answered with an error.
	warn func(string)
}

// maxFrame bounds a frame's body: a length beyond it is taken for a
// corrupt header rather than read into memory.
const maxFrame = 1 << 30

func newStream(rwc io.ReadWriteCloser, warn func(string)) *stream {
	return &stream{r: bufio.NewReader(rwc), w: rwc, c: rwc, warn: warn}
}

// WriteObject writes one frame.
func (s *stream) WriteObject(obj any) error {
	data, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return s.writeFrame(data)
}

// writeFrame writes a frame holding body.
func (s *stream) writeFrame(body []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := fmt.Fprintf(s.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err := s.w.Write(body)
	return err
}

// ReadObject reads frames until one holds a message, answering those
// that do not.
func (s *stream) ReadObject(v any) error {
	for {
		body, err := s.frame()
		if err != nil {
			if err != io.EOF {
				s.errMu.Lock()
				s.err = err
				s.errMu.Unlock()
			}
			return err
		}
		trimmed := bytes.TrimSpace(body)
		switch {
		case !json.Valid(trimmed):
			s.warn(fmt.Sprintf("a frame's body is not JSON (%s): answered with a parse error", excerpt(trimmed)))
			s.reply(nil, -32700, "parse error: the body is not JSON")
			continue
		case len(trimmed) > 0 && trimmed[0] == '[':
			s.batch(trimmed)
			continue
		}
		if err := json.Unmarshal(trimmed, v); err != nil {
			s.warn(fmt.Sprintf("a frame holds no JSON-RPC message (%s): %v", excerpt(trimmed), err))
			s.reply(idOf(trimmed), -32600, "invalid request: "+err.Error())
			continue
		}
		return nil
	}
}

// batch answers a JSON-RPC batch: the LSP does not have them, so each
// request in it gets an error (an empty batch, one error).
func (s *stream) batch(body []byte) {
	var elems []json.RawMessage
	json.Unmarshal(body, &elems)
	s.warn(fmt.Sprintf("a JSON-RPC batch of %d messages: the Language Server Protocol has no batches; each request is answered with an error", len(elems)))
	const msg = "JSON-RPC batches are not part of the Language Server Protocol: send each message in a frame of its own"
	if len(elems) == 0 {
		s.reply(nil, -32600, msg)
		return
	}
	var out []any
	for _, e := range elems {
		if id := idOf(e); id != nil {
			out = append(out, errorResponse(id, -32600, msg))
		}
	}
	if len(out) > 0 {
		s.WriteObject(out)
	}
}

func (s *stream) reply(id json.RawMessage, code int, msg string) {
	s.WriteObject(errorResponse(id, code, msg))
}

func errorResponse(id json.RawMessage, code int, msg string) any {
	if id == nil {
		id = json.RawMessage("null")
	}
	return map[string]any{"jsonrpc": "2.0", "id": id, "error": map[string]any{"code": code, "message": msg}}
}

// idOf returns the id of a message that has one, or nil.
func idOf(body []byte) json.RawMessage {
	var m struct {
		ID     json.RawMessage `json:"id"`
		Method *string         `json:"method"`
	}
	if json.Unmarshal(body, &m) != nil || len(m.ID) == 0 || string(m.ID) == "null" {
		return nil
	}
	return m.ID
}

// excerpt shows the start of a body in a message.
func excerpt(b []byte) string {
	if len(b) > 40 {
		return strconv.Quote(string(b[:40])) + "..."
	}
	return strconv.Quote(string(b))
}

// frame reads one frame's body. A header block without Content-Length
// is skipped (with a warning); io.EOF at a frame boundary ends the input.
func (s *stream) frame() ([]byte, error) {
	for {
		length, found, err := s.headers()
		if err != nil {
			return nil, err
		}
		if !found {
			s.warn("a header block without Content-Length: skipped")
			continue
		}
		body := make([]byte, length)
		if n, err := io.ReadFull(s.r, body); err != nil {
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				return nil, fmt.Errorf("the input ended inside a frame: %d of the %d bytes of its body", n, length)
			}
			return nil, err
		}
		return body, nil
	}
}

// headers reads a header block up to its empty line and returns the
// Content-Length it gives. A block with a line that is not a header
// counts as one without Content-Length.
func (s *stream) headers() (length int, found bool, err error) {
	first, bad := true, false
	for {
		line, err := s.r.ReadString('\n')
		if err != nil {
			if err == io.EOF && first && line == "" {
				return 0, false, io.EOF
			}
			if err == io.EOF {
				return 0, false, fmt.Errorf("the input ended inside a header block (%s)", excerpt([]byte(line)))
			}
			return 0, false, err
		}
		first = false
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			return length, found && !bad, nil
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			s.warn(fmt.Sprintf("malformed header line %s: want \"Name: value\" lines, then an empty line, then the body", excerpt([]byte(line))))
			bad = true
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxFrame {
				return 0, false, fmt.Errorf("invalid Content-Length %s: the frame's end cannot be found", excerpt([]byte(strings.TrimSpace(value))))
			}
			length, found = n, true
		}
	}
}

// Close closes the connection.
func (s *stream) Close() error { return s.c.Close() }

// failure is why the stream stopped reading, other than the end of the
// input (nil then).
func (s *stream) failure() error {
	s.errMu.Lock()
	defer s.errMu.Unlock()
	return s.err
}

// Stream is the base protocol for a host that forwards messages rather
// than handling them (privet gopls): the same framing and the same
// answers to frames that hold no message as privet lsp, with each
// message handed over as it was written.
type Stream struct{ s *stream }

// NewStream reads and writes frames on rwc; warn is told of each frame
// skipped or answered with an error.
func NewStream(rwc io.ReadWriteCloser, warn func(string)) *Stream {
	return &Stream{newStream(rwc, warn)}
}

// Read returns the body of the next frame that holds a JSON-RPC
// message (an object). io.EOF is the end of the input at a frame
// boundary; any other error ends the input too (Failure says why).
func (s *Stream) Read() (json.RawMessage, error) {
	for {
		var msg json.RawMessage
		if err := s.s.ReadObject(&msg); err != nil {
			return nil, err
		}
		if msg = bytes.TrimSpace(msg); len(msg) > 0 && msg[0] == '{' {
			return msg, nil
		}
		s.s.warn(fmt.Sprintf("a frame holds no JSON-RPC message (%s): answered with an error", excerpt(msg)))
		s.s.reply(nil, -32600, "invalid request: not a JSON object")
	}
}

// Write writes one frame holding body as it is.
func (s *Stream) Write(body []byte) error { return s.s.writeFrame(body) }

// Close closes the connection.
func (s *Stream) Close() error { return s.s.Close() }

// Failure is why reading stopped, other than the end of the input.
func (s *Stream) Failure() error { return s.s.failure() }

// Pipe is a connection made of two streams, such as a child process's
// standard output and input.
type Pipe struct {
	io.ReadCloser
	io.WriteCloser
}

// Close closes both streams.
func (p Pipe) Close() error {
	p.WriteCloser.Close()
	return p.ReadCloser.Close()
}

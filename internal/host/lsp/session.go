package lsp

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/sourcegraph/jsonrpc2"
)

// A session is privet's side of one editor session: the documents, the
// analyses and their findings, the code actions. Serve ("privet lsp")
// gives it a connection of its own; a host that owns the connection
// (privet gopls, which forwards it to gopls) feeds it the client's
// messages with Handle and lets it talk back through a Conn.

// Conn is how a session talks to the client: notifications (logs,
// progress, diagnostics unless Options.Publish takes them) and requests
// (progress tokens, file watchers). *jsonrpc2.Conn is one.
type Conn interface {
	Notify(ctx context.Context, method string, params any, opts ...jsonrpc2.CallOption) error
	Call(ctx context.Context, method string, params, result any, opts ...jsonrpc2.CallOption) error
}

// NewSession starts a session that answers through conn until ctx ends
// or Close is called.
func NewSession(ctx context.Context, conn Conn, opts Options) *Server {
	s := newServer(opts)
	s.ctx, s.stop = context.WithCancel(ctx)
	s.conn = conn
	close(s.connReady)
	return s
}

// Handle processes one message of the client, as privet lsp would: a
// notification updates the session and schedules an analysis, a
// request is answered from the last results (initialize, shutdown,
// textDocument/codeAction). It never waits for an analysis. A method
// privet does not know is an error for a request, nothing for a
// notification.
func (s *Server) Handle(ctx context.Context, method string, params json.RawMessage, notif bool) (result any, err error) {
	defer func() {
		if r := recover(); r != nil {
			// The host goes on without privet's answer (gopls's
			// features must keep working); the user is told once.
			err = fmt.Errorf("privet: %s panicked: %v", method, r)
			s.failed(err)
		}
	}()
	req := &jsonrpc2.Request{Method: method, Notif: notif}
	if len(params) > 0 {
		req.Params = &params
	}
	return s.handle(ctx, nil, req)
}

// UsePositionEncoding sets the position encoding the client and the
// server agreed on, when another server (gopls) answered initialize.
func (s *Server) UsePositionEncoding(encoding string) {
	s.mu.Lock()
	s.utf8 = encoding == "utf-8"
	s.mu.Unlock()
}

// Diagnostics returns what the session shows for a document now, with
// the version of the open document it was computed on: for a client
// that pulls diagnostics (textDocument/diagnostic).
func (s *Server) Diagnostics(uri DocumentURI) PublishDiagnosticsParams {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := URIToPath(uri)
	if path == "" {
		return PublishDiagnosticsParams{URI: uri, Diagnostics: []Diagnostic{}}
	}
	p := s.diagnosticsLocked(s.fileFindingsLocked(), path)
	p.URI = uri
	return p
}

// Close ends the session: the analysis in progress is cancelled, its go
// commands killed and waited for, and the overlay mirror removed.
func (s *Server) Close() {
	s.stop()
	s.mu.Lock()
	s.shutdown = true
	if s.timer != nil {
		s.timer.Stop()
	}
	done := s.runDone
	s.mu.Unlock()
	if done != nil {
		<-done
	}
	if s.mirror != "" {
		os.RemoveAll(s.mirror)
	}
}

// failed reports an analysis that could not run: in the client's log,
// and with FailureOnce the first time also as a window message.
func (s *Server) failed(err error) {
	s.logClient("%v", err)
	s.mu.Lock()
	show := s.opts.FailureOnce && !s.failShown
	s.failShown = true
	s.mu.Unlock()
	if show {
		s.notify("window/showMessage", LogMessageParams{
			Type:    MessageWarning,
			Message: fmt.Sprintf("privet: analysis failed, gopls is not affected (details in the log; shown once): %v", err),
		})
	}
}

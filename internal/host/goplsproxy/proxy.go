package goplsproxy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/internal/host/lsp"
)

// Options configure a proxy.
type Options struct {
	// Gopls is the gopls executable; Args are its arguments, passed
	// through as the user wrote them.
	Gopls string
	Args  []string
	// Session configures privet's analysis, as for privet lsp; Publish,
	// GoplsSettings and FailureOnce are set by the proxy.
	Session lsp.Options
	// Stderr receives gopls's standard error and the proxy's own
	// messages (why the session ended, frames that hold no message).
	Stderr io.Writer
}

// exitGrace is how long gopls may take to exit once the client has
// sent exit or gone away, before it is killed.
const exitGrace = 10 * time.Second

// proxy is one session: the client's connection, gopls's, and privet's
// analysis between them.
type proxy struct {
	client  *lsp.Stream
	gopls   *lsp.Stream
	session *lsp.Server
	merge   *merger
	ctx     context.Context
	done    chan struct{} // closed when the session ends
	debug   *log.Logger

	mu         sync.Mutex
	answers    map[string]answer        // client request id -> what to do with gopls's answer
	calls      map[string]chan *message // privet's requests to the client, by id
	callN      uint64                   // privet's requests so far
	exitSent   bool                     // the client sent exit
	refreshCap bool                     // the client can be asked to pull again
	pull       bool                     // gopls offers pull diagnostics to a client that refreshes
	refreshing bool                     // a workspace/diagnostic/refresh is scheduled
}

// message is a JSON-RPC message as far as routing needs it.
type message struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *jsonrpc2.Error `json:"error,omitempty"`
}

// answer is what the proxy does with gopls's answer to a client request.
type answer struct {
	method  string
	actions []lsp.CodeAction // textDocument/codeAction: privet's
	uri     lsp.DocumentURI  // textDocument/diagnostic
}

// Run starts gopls and forwards the client's connection to it until
// gopls exits, adding privet's findings. It returns gopls's exit status
// (1 when gopls could not start or was killed by a signal).
func Run(ctx context.Context, client io.ReadWriteCloser, opts Options) int {
	stderr := opts.Stderr
	if stderr == nil {
		stderr = io.Discard
	}
	say := func(format string, args ...any) {
		fmt.Fprintf(stderr, "privet gopls: "+format+"\n", args...)
	}
	cmd := exec.Command(opts.Gopls, opts.Args...)
	cmd.Stderr = stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		say("%v", err)
		return 1
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		say("%v", err)
		return 1
	}
	if err := cmd.Start(); err != nil {
		say("cannot start gopls: %v", err)
		return 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	debugOut := opts.Session.Log
	if debugOut == nil {
		debugOut = io.Discard
	}
	p := &proxy{
		ctx:     ctx,
		done:    make(chan struct{}),
		debug:   log.New(debugOut, "privet gopls: ", log.Ltime|log.Lmicroseconds),
		answers: map[string]answer{},
		calls:   map[string]chan *message{},
	}
	p.client = lsp.NewStream(client, func(msg string) { say("%s", msg) })
	p.gopls = lsp.NewStream(lsp.Pipe{ReadCloser: stdout, WriteCloser: stdin}, func(msg string) { say("from gopls: %s", msg) })
	p.merge = newMerger(p.notifyClient)
	sopts := opts.Session
	sopts.Publish = p.privetPublished
	sopts.GoplsSettings = true
	sopts.FailureOnce = true
	p.session = lsp.NewSession(ctx, (*clientConn)(p), sopts)

	goplsDone := make(chan struct{})
	go func() {
		defer close(goplsDone)
		p.fromGopls()
		if err := p.gopls.Failure(); err != nil {
			say("protocol error in gopls's output: %v", err)
		}
	}()
	clientDone := make(chan struct{})
	go func() {
		defer close(clientDone)
		p.fromClient()
		if err := p.client.Failure(); err != nil {
			say("protocol error: %v; closing the connection", err)
		}
	}()

	select {
	case <-goplsDone:
	case <-clientDone:
		// After exit gopls ends by itself; when the client went away,
		// closing gopls's input ends it.
		stdin.Close()
		select {
		case <-goplsDone:
		case <-time.After(exitGrace):
			say("gopls did not exit within %v; killing it", exitGrace)
			cmd.Process.Kill()
			<-goplsDone
		}
	}
	waitErr := cmd.Wait()
	close(p.done)
	p.session.Close()

	code := 0
	var exitErr *exec.ExitError
	switch {
	case waitErr == nil:
	case errors.As(waitErr, &exitErr) && exitErr.ExitCode() >= 0:
		code = exitErr.ExitCode()
	default:
		code = 1
	}
	p.mu.Lock()
	exited := p.exitSent
	p.mu.Unlock()
	select {
	case <-clientDone:
		if !exited && p.client.Failure() == nil {
			say("the client closed the connection without exit; gopls %s", status(waitErr))
		}
	default:
		if !exited {
			say("gopls %s before the client ended the session", status(waitErr))
		}
	}
	return code
}

// status says how gopls ended.
func status(err error) string {
	if err == nil {
		return "exited with status 0"
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) && exitErr.ExitCode() >= 0 {
		return fmt.Sprintf("exited with status %d", exitErr.ExitCode())
	}
	return "ended: " + err.Error()
}

// privetReads are the client notifications and requests privet's
// session follows, besides initialize and codeAction.
var privetReads = map[string]bool{
	"initialized":                     true,
	"shutdown":                        true,
	"exit":                            true,
	"textDocument/didOpen":            true,
	"textDocument/didChange":          true,
	"textDocument/didSave":            true,
	"textDocument/didClose":           true,
	"workspace/didChangeWatchedFiles": true,
}

// fromClient forwards the client's messages to gopls until exit or the
// end of the input.
func (p *proxy) fromClient() {
	for {
		raw, err := p.client.Read()
		if err != nil {
			return
		}
		var m message
		if err := json.Unmarshal(raw, &m); err != nil {
			p.toGopls(raw) // not ours to judge: gopls answers it
			continue
		}
		if m.Method == "" {
			if !p.deliver(&m) {
				p.toGopls(raw) // an answer to one of gopls's requests
			}
			continue
		}
		p.clientMessage(raw, &m)
		if m.Method == "exit" {
			return
		}
	}
}

// clientMessage forwards a request or notification of the client to
// gopls and feeds privet's session the ones it follows. A request
// whose answer the proxy changes is registered before it is forwarded:
// gopls may answer at once.
func (p *proxy) clientMessage(raw []byte, m *message) {
	notif := len(m.ID) == 0
	switch m.Method {
	case "initialize":
		var caps struct {
			Capabilities struct {
				Workspace struct {
					Diagnostics struct {
						RefreshSupport bool `json:"refreshSupport"`
					} `json:"diagnostics"`
				} `json:"workspace"`
			} `json:"capabilities"`
		}
		json.Unmarshal(m.Params, &caps)
		p.mu.Lock()
		p.refreshCap = caps.Capabilities.Workspace.Diagnostics.RefreshSupport
		p.mu.Unlock()
		p.expect(m.ID, answer{method: m.Method})
		p.toGopls(raw)
		p.feed(m.Method, m.Params, notif)
	case "textDocument/codeAction":
		res := p.feed(m.Method, m.Params, notif)
		actions, _ := res.([]lsp.CodeAction)
		p.expect(m.ID, answer{method: m.Method, actions: actions})
		p.toGopls(raw)
	case "textDocument/diagnostic":
		var dp struct {
			TextDocument lsp.TextDocumentIdentifier `json:"textDocument"`
		}
		json.Unmarshal(m.Params, &dp)
		p.expect(m.ID, answer{method: m.Method, uri: dp.TextDocument.URI})
		p.toGopls(raw)
	default:
		if m.Method == "exit" {
			p.mu.Lock()
			p.exitSent = true
			p.mu.Unlock()
		}
		p.toGopls(raw)
		if privetReads[m.Method] {
			p.feed(m.Method, m.Params, notif)
		}
	}
}

// feed hands a client message to privet's session. Its errors are
// privet's, not the client's: logged, never answered.
func (p *proxy) feed(method string, params json.RawMessage, notif bool) any {
	res, err := p.session.Handle(p.ctx, method, params, notif)
	if err != nil {
		p.debug.Printf("privet's session: %s: %v", method, err)
	}
	return res
}

func (p *proxy) expect(id json.RawMessage, a answer) {
	if len(id) == 0 {
		return
	}
	p.mu.Lock()
	p.answers[string(id)] = a
	p.mu.Unlock()
}

// fromGopls forwards gopls's messages to the client until gopls's
// output ends.
func (p *proxy) fromGopls() {
	for {
		raw, err := p.gopls.Read()
		if err != nil {
			return
		}
		var m message
		if err := json.Unmarshal(raw, &m); err != nil {
			p.writeClient(raw)
			continue
		}
		switch {
		case m.Method == "" && len(m.ID) > 0:
			p.mu.Lock()
			a, ok := p.answers[string(m.ID)]
			delete(p.answers, string(m.ID))
			p.mu.Unlock()
			if !ok {
				p.writeClient(raw)
				continue
			}
			p.answered(raw, &m, a)
		case m.Method == "textDocument/publishDiagnostics" && len(m.ID) == 0:
			if !p.merge.fromGopls(m.Params) {
				p.writeClient(raw)
			}
		default:
			p.writeClient(raw)
		}
	}
}

// answered forwards gopls's answer to a request the proxy changes.
func (p *proxy) answered(raw []byte, m *message, a answer) {
	if m.Error != nil {
		p.writeClient(raw)
		return
	}
	switch a.method {
	case "initialize":
		var res struct {
			Capabilities struct {
				PositionEncoding   string          `json:"positionEncoding"`
				DiagnosticProvider json.RawMessage `json:"diagnosticProvider"`
			} `json:"capabilities"`
		}
		json.Unmarshal(m.Result, &res)
		p.session.UsePositionEncoding(res.Capabilities.PositionEncoding)
		dp := res.Capabilities.DiagnosticProvider
		p.mu.Lock()
		p.pull = len(dp) > 0 && string(dp) != "null" && p.refreshCap
		p.mu.Unlock()
		p.writeClient(raw)
	case "textDocument/codeAction":
		var items []json.RawMessage
		if len(a.actions) == 0 || json.Unmarshal(m.Result, &items) != nil {
			p.writeClient(raw)
			return
		}
		for _, act := range a.actions {
			data, _ := json.Marshal(act)
			items = append(items, data)
		}
		p.respond(m.ID, items)
	case "textDocument/diagnostic":
		var report map[string]json.RawMessage
		var items []json.RawMessage
		// A full report holds items; "unchanged" holds none (gopls v0.23
		// always answers in full, and leaves kind empty).
		if json.Unmarshal(m.Result, &report) != nil || string(report["kind"]) == `"unchanged"` || json.Unmarshal(report["items"], &items) != nil {
			p.writeClient(raw)
			return
		}
		for _, d := range p.session.Diagnostics(a.uri).Diagnostics {
			data, _ := json.Marshal(d)
			items = append(items, data)
		}
		if items == nil {
			items = []json.RawMessage{}
		}
		report["items"], _ = json.Marshal(items)
		p.respond(m.ID, report)
	default:
		p.writeClient(raw)
	}
}

// respond sends the client an answer the proxy changed.
func (p *proxy) respond(id json.RawMessage, result any) {
	data, err := json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  any             `json:"result"`
	}{"2.0", id, result})
	if err != nil {
		p.debug.Printf("answer %s: %v", id, err)
		return
	}
	p.writeClient(data)
}

// privetPublished receives the session's diagnostics of a file.
func (p *proxy) privetPublished(d lsp.PublishDiagnosticsParams) {
	p.merge.fromPrivet(d)
	p.mu.Lock()
	schedule := p.pull && !p.refreshing
	p.refreshing = p.refreshing || schedule
	p.mu.Unlock()
	if schedule {
		// One refresh for the files of one analysis.
		time.AfterFunc(50*time.Millisecond, func() {
			p.mu.Lock()
			p.refreshing = false
			p.mu.Unlock()
			if err := (*clientConn)(p).Call(p.ctx, "workspace/diagnostic/refresh", nil, nil); err != nil {
				p.debug.Printf("workspace/diagnostic/refresh: %v", err)
			}
		})
	}
}

func (p *proxy) toGopls(raw []byte) {
	if err := p.gopls.Write(raw); err != nil {
		p.debug.Printf("writing to gopls: %v", err)
	}
}

func (p *proxy) writeClient(data []byte) {
	if err := p.client.Write(data); err != nil {
		p.debug.Printf("writing to the client: %v", err)
	}
}

// notifyClient sends the client a notification.
func (p *proxy) notifyClient(method string, params any) error {
	data, err := json.Marshal(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params,omitempty"`
	}{"2.0", method, params})
	if err != nil {
		return err
	}
	return p.client.Write(data)
}

// deliver hands the client's answer to one of privet's requests to its
// caller, and reports whether it was one.
func (p *proxy) deliver(m *message) bool {
	var id string
	if json.Unmarshal(m.ID, &id) != nil || !strings.HasPrefix(id, callPrefix) {
		return false
	}
	p.mu.Lock()
	ch := p.calls[id]
	delete(p.calls, id)
	p.mu.Unlock()
	if ch != nil {
		ch <- m
	}
	return true
}

// callPrefix starts the ids of privet's requests to the client; gopls's
// are numbers.
const callPrefix = "privet-"

// clientConn is privet's session's connection to the client, through
// the proxy.
type clientConn proxy

func (c *clientConn) Notify(_ context.Context, method string, params any, _ ...jsonrpc2.CallOption) error {
	return (*proxy)(c).notifyClient(method, params)
}

func (c *clientConn) Call(ctx context.Context, method string, params, result any, _ ...jsonrpc2.CallOption) error {
	p := (*proxy)(c)
	p.mu.Lock()
	p.callN++
	id := fmt.Sprintf("%s%d", callPrefix, p.callN)
	ch := make(chan *message, 1)
	p.calls[id] = ch
	p.mu.Unlock()
	data, err := json.Marshal(struct {
		JSONRPC string `json:"jsonrpc"`
		ID      string `json:"id"`
		Method  string `json:"method"`
		Params  any    `json:"params,omitempty"`
	}{"2.0", id, method, params})
	if err == nil {
		err = p.client.Write(data)
	}
	if err != nil {
		p.mu.Lock()
		delete(p.calls, id)
		p.mu.Unlock()
		return err
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return m.Error
		}
		if result != nil && len(m.Result) > 0 {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	case <-p.done:
		return errors.New("the session ended")
	}
}

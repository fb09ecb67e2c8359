package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/analyzers"
)

// Options configure a server.
type Options struct {
	// VetTool is the privet executable go vet runs as -vettool.
	VetTool string
	// Go is the go command; "go" when empty.
	Go string
	// Debounce is how long to wait after an unsaved edit before
	// analysing; saves and opens wait ShortDelay. Zero means 300ms.
	Debounce time.Duration
	// Log receives a debug log; nil discards it.
	Log io.Writer
	// Stderr receives what the user must see even without a log: a
	// frame the server skipped or answered with an error, and why the
	// session ended if not by exit. Nil discards it.
	Stderr io.Writer
	// Version is the server's version, for serverInfo.
	Version string
	// Publish, when set, receives the diagnostics of each file instead
	// of the client, with the version of the open document they were
	// computed on (privet gopls merges them with gopls's).
	Publish func(PublishDiagnosticsParams)
	// GoplsSettings says that initializationOptions are gopls's
	// settings (privet gopls): privet takes its buildFlags from them and
	// says nothing about the other keys. Kinds then comes from Kinds.
	GoplsSettings bool
	// Kinds is -privet.kinds when GoplsSettings is set.
	Kinds string
	// FailureOnce shows the first failed analysis of the session with
	// window/showMessage, not only in the client's log: behind gopls,
	// nothing else would tell the user that privet stopped working.
	FailureOnce bool
}

// ShortDelay coalesces the notifications of one user action (a save of
// several files, opening a session with many tabs).
const ShortDelay = 20 * time.Millisecond

// Server is one privet language server session.
type Server struct {
	opts   Options
	goCmd  string
	conn   Conn
	ctx    context.Context // cancelled when the session ends
	stop   context.CancelFunc
	log    *log.Logger
	mirror string // directory of the overlay mirror (see mirror.go)
	exited chan struct{}
	// connReady is closed once conn is set: the connection reads (and
	// calls handle) as soon as it exists.
	connReady chan struct{}
	pubMu     sync.Mutex // orders publications of one file

	mu          sync.Mutex
	initialized bool
	shutdown    bool
	utf8        bool
	docChanges  bool
	watch       bool
	progress    bool   // the client shows work-done progress
	progressN   uint64 // progress tokens handed out
	roots       []string
	buildFlags  []string
	kinds       string
	optionsErr  string                  // what was wrong with initializationOptions
	failShown   bool                    // FailureOnce: the failure was shown
	docs        map[string]*document    // open documents by file name
	graphs      map[string]*graph       // module root -> package graph
	modRoots    map[string]string       // directory -> module root
	pending     map[string]change       // package directory -> its last change
	seq         uint64                  // change counter
	vetFindings map[string][]*finding   // package path -> findings of its last go vet
	policyDiags map[string][]Diagnostic // policy file -> its problems
	timer       *time.Timer
	cancelRun   context.CancelFunc
	runDone     chan struct{}
}

// document is an open editor buffer.
type document struct {
	path    string
	version int32
	text    []byte // replaced, never modified in place: runs keep snapshots
}

// Serve runs a server on a connection (the editor's stdin and stdout)
// until the client sends exit or closes the connection. It returns the
// process exit status the protocol prescribes: 0 after shutdown, 1 when
// the client exited without shutting down.
func Serve(ctx context.Context, rw io.ReadWriteCloser, opts Options) int {
	s := newServer(opts)
	defer os.RemoveAll(s.mirror)
	ctx, s.stop = context.WithCancel(ctx)
	s.ctx = ctx
	stderr := opts.Stderr
	if stderr == nil {
		stderr = io.Discard
	}
	say := func(msg string) {
		s.log.Print(msg)
		fmt.Fprintf(stderr, "privet lsp: %s\n", msg)
	}
	stream := newStream(rw, say)
	conn := jsonrpc2.NewConn(ctx, stream, jsonrpc2.HandlerWithError(s.handle),
		jsonrpc2.SetLogger(s.log))
	s.conn = conn
	close(s.connReady)
	exited := false
	select {
	case <-conn.DisconnectNotify():
	case <-s.exited:
		exited = true
	}
	if err := stream.failure(); err != nil {
		say("protocol error: " + err.Error() + "; closing the connection")
	}
	conn.Close()
	s.stop()
	s.mu.Lock()
	if s.timer != nil {
		s.timer.Stop()
	}
	done := s.runDone
	code := 0
	if !s.shutdown {
		code = 1
		if !exited && stream.failure() == nil {
			say("the client closed the connection without shutdown and exit")
		}
	}
	s.mu.Unlock()
	if done != nil {
		<-done // the run's go commands are killed and waited for
	}
	return code
}

func newServer(opts Options) *Server {
	s := &Server{
		opts:        opts,
		goCmd:       opts.Go,
		exited:      make(chan struct{}),
		connReady:   make(chan struct{}),
		docs:        map[string]*document{},
		graphs:      map[string]*graph{},
		modRoots:    map[string]string{},
		pending:     map[string]change{},
		vetFindings: map[string][]*finding{},
		policyDiags: map[string][]Diagnostic{},
	}
	if s.goCmd == "" {
		s.goCmd = "go"
	}
	if s.opts.Debounce <= 0 {
		s.opts.Debounce = 300 * time.Millisecond
	}
	w := opts.Log
	if w == nil {
		w = io.Discard
	}
	s.log = log.New(w, "privet lsp: ", log.Ltime|log.Lmicroseconds)
	s.mirror = newMirror(s.log)
	return s
}

// JSON-RPC error codes of the LSP.
const (
	codeServerNotInitialized = -32002
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
)

// handle dispatches a message. It runs on the connection's read loop, so
// it never waits for an analysis: notifications update the state and
// schedule a run, requests answer from the state.
func (s *Server) handle(ctx context.Context, conn *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	<-s.connReady
	params := func(v any) error {
		if req.Params == nil {
			return &jsonrpc2.Error{Code: codeInvalidParams, Message: "missing params"}
		}
		if err := json.Unmarshal(*req.Params, v); err != nil {
			return &jsonrpc2.Error{Code: codeInvalidParams, Message: err.Error()}
		}
		return nil
	}
	s.mu.Lock()
	initialized, shutdown := s.initialized, s.shutdown
	s.mu.Unlock()
	switch {
	case req.Method == "exit":
		s.mu.Lock()
		select {
		case <-s.exited:
		default:
			close(s.exited)
		}
		s.mu.Unlock()
		return nil, nil
	case req.Method == "initialize":
		if initialized {
			return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "initialize sent twice"}
		}
		var p InitializeParams
		if err := params(&p); err != nil {
			return nil, err
		}
		return s.initialize(&p), nil
	case !initialized:
		if req.Notif {
			return nil, nil
		}
		return nil, &jsonrpc2.Error{Code: codeServerNotInitialized, Message: "server not initialized"}
	case shutdown && !req.Notif:
		return nil, &jsonrpc2.Error{Code: codeInvalidRequest, Message: "server is shutting down"}
	}
	switch req.Method {
	case "initialized":
		go s.afterInitialized()
	case "shutdown":
		s.mu.Lock()
		s.shutdown = true
		if s.timer != nil {
			s.timer.Stop()
		}
		if s.cancelRun != nil {
			s.cancelRun()
		}
		s.mu.Unlock()
		return nil, nil
	case "textDocument/didOpen":
		var p DidOpenTextDocumentParams
		if err := params(&p); err != nil {
			return nil, err
		}
		s.didOpen(&p)
	case "textDocument/didChange":
		var p DidChangeTextDocumentParams
		if err := params(&p); err != nil {
			return nil, err
		}
		s.didChange(&p)
	case "textDocument/didSave":
		var p DidSaveTextDocumentParams
		if err := params(&p); err != nil {
			return nil, err
		}
		s.didSave(&p)
	case "textDocument/didClose":
		var p DidCloseTextDocumentParams
		if err := params(&p); err != nil {
			return nil, err
		}
		s.didClose(&p)
	case "workspace/didChangeWatchedFiles":
		var p DidChangeWatchedFilesParams
		if err := params(&p); err != nil {
			return nil, err
		}
		s.didChangeWatchedFiles(&p)
	case "textDocument/codeAction":
		var p CodeActionParams
		if err := params(&p); err != nil {
			return nil, err
		}
		return s.codeActions(&p), nil
	default:
		if !req.Notif {
			return nil, &jsonrpc2.Error{Code: codeMethodNotFound, Message: "method not supported: " + req.Method}
		}
	}
	return nil, nil
}

// initOptions are the initializationOptions privet reads.
type initOptions struct {
	Kinds      string   `json:"kinds"`      // -privet.kinds
	BuildFlags []string `json:"buildFlags"` // e.g. ["-tags=integration"]
}

func (s *Server) initialize(p *InitializeParams) *InitializeResult {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.initialized = true
	s.utf8 = slices.Contains(p.Capabilities.General.PositionEncodings, "utf-8")
	s.docChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	s.watch = p.Capabilities.Workspace.DidChangeWatchedFiles.DynamicRegistration
	s.progress = p.Capabilities.Window.WorkDoneProgress
	for _, f := range p.WorkspaceFolders {
		if dir := URIToPath(f.URI); dir != "" {
			s.roots = append(s.roots, dir)
		}
	}
	if len(s.roots) == 0 {
		if dir := URIToPath(p.RootURI); dir != "" {
			s.roots = append(s.roots, dir)
		} else if p.RootPath != "" {
			s.roots = append(s.roots, filepath.Clean(p.RootPath))
		}
	}
	if s.opts.GoplsSettings {
		// gopls's settings: its buildFlags are the packages gopls
		// sees, so privet analyses the same; the rest is gopls's.
		var o initOptions
		json.Unmarshal(p.InitializationOptions, &o)
		s.kinds, s.buildFlags = s.opts.Kinds, o.BuildFlags
	} else if len(p.InitializationOptions) > 0 && !bytes.Equal(p.InitializationOptions, []byte("null")) {
		var o initOptions
		if err := json.Unmarshal(p.InitializationOptions, &o); err != nil {
			s.optionsErr = fmt.Sprintf("initializationOptions ignored: %v (want {\"kinds\": \"ai,http\", \"buildFlags\": [...]})", err)
		} else if err := analyzers.CheckKindsSpelling(o.Kinds); err != nil {
			s.optionsErr = fmt.Sprintf("initializationOptions: kinds ignored: %v", err)
			s.buildFlags = o.BuildFlags
		} else {
			s.kinds, s.buildFlags = o.Kinds, o.BuildFlags
		}
	}
	res := &InitializeResult{
		Capabilities: ServerCapabilities{
			TextDocumentSync: TextDocumentSyncOptions{
				OpenClose: true,
				Change:    SyncFull,
				Save:      SaveOptions{IncludeText: false},
			},
			CodeActionProvider: CodeActionOptions{CodeActionKinds: []string{CodeActionQuickFix}},
		},
		ServerInfo: ServerInfo{Name: "privet", Version: s.opts.Version},
	}
	if s.utf8 {
		res.Capabilities.PositionEncoding = "utf-8"
	}
	return res
}

// afterInitialized registers the file watchers and checks the policy
// files of the workspace. It runs in its own goroutine: a request to the
// client must not wait on the read loop that delivers the answer.
func (s *Server) afterInitialized() {
	s.mu.Lock()
	watch, roots, optionsErr := s.watch, slices.Clone(s.roots), s.optionsErr
	s.mu.Unlock()
	if optionsErr != "" {
		// Said where the user looks: not only in the debug log.
		s.log.Print(optionsErr)
		s.notify("window/showMessage", LogMessageParams{Type: MessageError, Message: "privet: " + optionsErr})
	}
	if watch {
		reg := RegistrationParams{Registrations: []Registration{{
			ID:     "privet-watch",
			Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: DidChangeWatchedFilesRegistrationOptions{Watchers: []FileSystemWatcher{
				{GlobPattern: "**/.privet.{yml,yaml}"},
				{GlobPattern: "**/go.{mod,work}"},
				{GlobPattern: "**/*.go"},
			}},
		}}}
		if err := s.conn.Call(s.ctx, "client/registerCapability", reg, nil); err != nil {
			s.log.Printf("registering file watchers: %v", err)
		}
	}
	for _, root := range roots {
		for _, file := range policyFilesBelow(root) {
			s.checkPolicy(file)
		}
	}
}

func (s *Server) didOpen(p *DidOpenTextDocumentParams) {
	path := URIToPath(p.TextDocument.URI)
	if path == "" {
		return
	}
	s.mu.Lock()
	s.docs[path] = &document{path: path, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.mu.Unlock()
	switch {
	case isPolicyFile(path):
		s.checkPolicy(path)
	case isGoFile(path):
		s.changed(filepath.Dir(path), ShortDelay, false)
	}
}

func (s *Server) didChange(p *DidChangeTextDocumentParams) {
	path := URIToPath(p.TextDocument.URI)
	s.mu.Lock()
	d := s.docs[path]
	if d == nil {
		s.mu.Unlock()
		return
	}
	text := d.text
	for _, c := range p.ContentChanges {
		if c.Range == nil {
			text = []byte(c.Text)
			continue
		}
		// Incremental change (privet asks for full text, but accept it).
		cont := newContent(text)
		start, end := cont.offset(c.Range.Start, s.utf8), cont.offset(c.Range.End, s.utf8)
		if end < start {
			start, end = end, start
		}
		next := make([]byte, 0, len(text)-(end-start)+len(c.Text))
		next = append(append(append(next, text[:start]...), c.Text...), text[end:]...)
		text = next
	}
	d.text, d.version = text, p.TextDocument.Version
	s.mu.Unlock()
	switch {
	case isPolicyFile(path):
		s.checkPolicy(path)
	case isGoFile(path):
		s.changed(filepath.Dir(path), s.opts.Debounce, true)
	}
}

func (s *Server) didSave(p *DidSaveTextDocumentParams) {
	path := URIToPath(p.TextDocument.URI)
	s.mu.Lock()
	if d := s.docs[path]; d != nil && p.Text != nil {
		d.text = []byte(*p.Text)
	}
	s.mu.Unlock()
	switch {
	case isPolicyFile(path):
		s.policyChanged(path)
	case isGoFile(path):
		s.changed(filepath.Dir(path), ShortDelay, true)
	case isModFile(path):
		s.modChanged(path)
	}
}

func (s *Server) didClose(p *DidCloseTextDocumentParams) {
	path := URIToPath(p.TextDocument.URI)
	s.mu.Lock()
	d := s.docs[path]
	delete(s.docs, path)
	s.mu.Unlock()
	if d == nil {
		return
	}
	disk, err := os.ReadFile(path)
	unsaved := err != nil || !bytes.Equal(disk, d.text)
	switch {
	case isPolicyFile(path):
		s.checkPolicy(path) // back to the file on disk
	case isGoFile(path) && unsaved:
		// The analysis saw the discarded buffer; show the file again.
		s.changed(filepath.Dir(path), ShortDelay, true)
	}
}

func (s *Server) didChangeWatchedFiles(p *DidChangeWatchedFilesParams) {
	for _, c := range p.Changes {
		path := URIToPath(c.URI)
		switch {
		case path == "":
		case isPolicyFile(path):
			s.policyChanged(path)
		case isModFile(path):
			s.modChanged(path)
		case isGoFile(path):
			s.mu.Lock()
			_, open := s.docs[path]
			root := s.moduleRootLocked(filepath.Dir(path))
			if c.Type != FileChanged {
				delete(s.graphs, root) // a file appeared or went away
			}
			interesting := !open && s.hasOpenDocsLocked(root)
			s.mu.Unlock()
			if interesting {
				// Changed outside the editor (git checkout, a generator):
				// the package and its dependents may report differently.
				s.changed(filepath.Dir(path), ShortDelay, true)
			}
		}
	}
}

// policyChanged re-checks a policy file and re-analyses the open
// packages: the policy is an input of every analysis below it (go vet's
// cache keys on it through privet -V=full).
func (s *Server) policyChanged(path string) {
	s.checkPolicy(path)
	s.reanalyseOpen(filepath.Dir(path))
}

// modChanged drops the package graph of a module whose go.mod changed
// and re-analyses its open packages.
func (s *Server) modChanged(path string) {
	s.mu.Lock()
	delete(s.graphs, filepath.Dir(path))
	for dir, root := range s.modRoots {
		if root == filepath.Dir(path) {
			delete(s.modRoots, dir)
		}
	}
	s.mu.Unlock()
	s.reanalyseOpen(filepath.Dir(path))
}

// reanalyseOpen schedules the packages of the open Go documents below
// dir.
func (s *Server) reanalyseOpen(dir string) {
	s.mu.Lock()
	var dirs []string
	for path := range s.docs {
		if isGoFile(path) && within(path, dir) {
			dirs = append(dirs, filepath.Dir(path))
		}
	}
	s.mu.Unlock()
	for _, d := range dirs {
		s.changed(d, ShortDelay, false)
	}
}

// change is a pending analysis of a package.
type change struct {
	seq  uint64 // when it was last requested
	deps bool   // the package changed: its dependents must be analysed too
}

// changed records that the package in dir must be analysed again (with
// its dependents when its code changed, not when it was just opened) and
// (re)starts the debounce timer.
func (s *Server) changed(dir string, delay time.Duration, deps bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.shutdown {
		return
	}
	s.seq++
	s.pending[dir] = change{seq: s.seq, deps: deps || s.pending[dir].deps}
	if s.timer != nil {
		s.timer.Stop()
	}
	s.timer = time.AfterFunc(delay, s.startRun)
}

func (s *Server) moduleRootLocked(dir string) string {
	root, ok := s.modRoots[dir]
	if !ok {
		root = moduleRoot(dir)
		s.modRoots[dir] = root
	}
	return root
}

func (s *Server) hasOpenDocsLocked(root string) bool {
	for path := range s.docs {
		if isGoFile(path) && s.moduleRootLocked(filepath.Dir(path)) == root {
			return true
		}
	}
	return false
}

// notify sends a notification, logging failures (the client may be
// gone).
func (s *Server) notify(method string, params any) {
	if err := s.conn.Notify(s.ctx, method, params); err != nil && s.ctx.Err() == nil {
		s.log.Printf("%s: %v", method, err)
	}
}

// beginProgress shows a work-done progress in the client, when it
// supports them, and returns the functions that report on it and end it
// (no-ops otherwise). It asks the client for a token first
// (window/workDoneProgress/create), so it must not run on the read loop.
func (s *Server) beginProgress(title, message string) (report func(string), end func(string)) {
	s.mu.Lock()
	on := s.progress
	s.progressN++
	token := fmt.Sprintf("privet-%d", s.progressN)
	s.mu.Unlock()
	if !on {
		return func(string) {}, func(string) {}
	}
	if err := s.conn.Call(s.ctx, "window/workDoneProgress/create", WorkDoneProgressCreateParams{Token: token}, nil); err != nil {
		s.log.Printf("window/workDoneProgress/create: %v", err)
		return func(string) {}, func(string) {}
	}
	no := false
	s.notify("$/progress", ProgressParams{Token: token, Value: WorkDoneProgress{Kind: "begin", Title: title, Message: message, Cancellable: &no}})
	return func(msg string) {
			s.notify("$/progress", ProgressParams{Token: token, Value: WorkDoneProgress{Kind: "report", Message: msg}})
		}, func(msg string) {
			s.notify("$/progress", ProgressParams{Token: token, Value: WorkDoneProgress{Kind: "end", Message: msg}})
		}
}

// logClient writes a line to the client's log (window/logMessage).
func (s *Server) logClient(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	s.log.Print(msg)
	s.notify("window/logMessage", LogMessageParams{Type: MessageLog, Message: "privet: " + msg})
}

func isGoFile(path string) bool { return filepath.Ext(path) == ".go" }

func isModFile(path string) bool {
	base := filepath.Base(path)
	return base == "go.mod" || base == "go.work"
}

// within reports whether path is dir or below it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !filepath.IsAbs(rel) && (len(rel) < 3 || rel[:3] != ".."+string(filepath.Separator))
}

package lsptest

import (
	"context"
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

// Main runs a test binary's tests with a privet binary built for them
// (with the race detector when $PRIVET_LSP_RACE is set) in a new
// directory, which it removes afterwards, and exits. prefix names the
// directory; setup receives it and the binary's path before the tests.
func Main(m *testing.M, prefix string, setup func(dir, privet string)) {
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		panic(err)
	}
	bin := filepath.Join(dir, "privet")
	args := []string{"build", "-o", bin}
	if os.Getenv("PRIVET_LSP_RACE") != "" {
		args = append(args, "-race")
	}
	build := exec.Command("go", append(args, "github.com/privetlint/privet/cmd/privet")...)
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building privet: " + err.Error())
	}
	setup(dir, bin)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// EnvDuration is the duration $name gives, else def: the tests' waits
// are bounded, and a slow machine may need longer ones.
func EnvDuration(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(os.Getenv(name)); err == nil {
		return d
	}
	return def
}

// Session is a running server and the client's connection to it.
type Session struct {
	T        *testing.T
	Dir      string // the server's working directory: the workspace
	Cmd      *exec.Cmd
	Conn     *jsonrpc2.Conn
	Versions map[string]int32 // of the open documents, by relative name
	Timeout  time.Duration    // bounds each request

	done chan struct{} // closed when the process has exited
	err  error         // how it exited
}

// Start starts cmd (with Dir set) and connects to it; handler receives
// the server's notifications and requests.
func Start(t *testing.T, cmd *exec.Cmd, timeout time.Duration, handler jsonrpc2.Handler) *Session {
	t.Helper()
	s := &Session{T: t, Dir: cmd.Dir, Cmd: cmd, Versions: map[string]int32{}, Timeout: timeout, done: make(chan struct{})}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		s.err = cmd.Wait()
		close(s.done)
	}()
	stream := jsonrpc2.NewBufferedStream(lsp.Pipe{ReadCloser: stdout, WriteCloser: stdin}, jsonrpc2.VSCodeObjectCodec{})
	s.Conn = jsonrpc2.NewConn(context.Background(), stream, handler)
	return s
}

// Done is closed when the server has exited; Err then says how.
func (s *Session) Done() <-chan struct{} { return s.done }

// Err is the server's exit (nil for status 0), once Done is closed.
func (s *Session) Err() error { return s.err }

// Call sends a request and fails the test if it fails.
func (s *Session) Call(method string, params, result any) {
	s.T.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), s.Timeout)
	defer cancel()
	if err := s.Conn.Call(ctx, method, params, result); err != nil {
		s.T.Fatalf("%s: %v", method, err)
	}
}

// Notify sends a notification.
func (s *Session) Notify(method string, params any) {
	s.T.Helper()
	if err := s.Conn.Notify(context.Background(), method, params); err != nil {
		s.T.Fatalf("%s: %v", method, err)
	}
}

// Path is the file name of a file of the workspace.
func (s *Session) Path(rel string) string { return filepath.Join(s.Dir, filepath.FromSlash(rel)) }

// URI is the URI of a file of the workspace.
func (s *Session) URI(rel string) lsp.DocumentURI { return lsp.PathToURI(s.Path(rel)) }

// Read returns a file of the workspace as it is on disk.
func (s *Session) Read(rel string) string {
	s.T.Helper()
	data, err := os.ReadFile(s.Path(rel))
	if err != nil {
		s.T.Fatal(err)
	}
	return string(data)
}

// Open sends didOpen with the file's text (version 1) and returns it.
func (s *Session) Open(rel string) string {
	s.T.Helper()
	text := s.Read(rel)
	lang := "go"
	if !strings.HasSuffix(rel, ".go") {
		lang = "yaml"
	}
	s.Versions[rel] = 1
	s.Notify("textDocument/didOpen", map[string]any{
		"textDocument": lsp.TextDocumentItem{URI: s.URI(rel), LanguageID: lang, Version: 1, Text: text},
	})
	return text
}

// Change sends the whole new text of an open document, unsaved.
func (s *Session) Change(rel, text string) {
	s.T.Helper()
	s.Versions[rel]++
	s.Notify("textDocument/didChange", lsp.DidChangeTextDocumentParams{
		TextDocument:   lsp.VersionedTextDocumentIdentifier{URI: s.URI(rel), Version: s.Versions[rel]},
		ContentChanges: []lsp.TextDocumentContentChangeEvent{{Text: text}},
	})
}

// Shutdown ends the session as an editor does (shutdown, then exit)
// unless the server has exited already, and checks that it exits with
// status 0 and leaves no process running in the workspace.
func (s *Session) Shutdown() {
	t := s.T
	select {
	case <-s.done:
	default:
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := s.Conn.Call(ctx, "shutdown", nil, nil)
		cancel()
		if err != nil {
			t.Errorf("shutdown: %v", err)
		}
		s.Conn.Notify(context.Background(), "exit", nil)
		select {
		case <-s.done:
			if s.err != nil {
				t.Errorf("%s exited with %v", strings.Join(s.Cmd.Args, " "), s.err)
			}
		case <-time.After(time.Minute):
			s.Cmd.Process.Kill()
			t.Errorf("%s did not exit after shutdown and exit", strings.Join(s.Cmd.Args, " "))
		}
		s.Conn.Close()
	}
	if leaked := ProcessesIn(s.Dir); len(leaked) > 0 {
		t.Errorf("processes left running in %s after exit: %v", s.Dir, leaked)
	}
}

// ProcessesIn lists the processes whose working directory is dir or
// below it (gopls and go vet run there). Linux only; elsewhere nil.
func ProcessesIn(dir string) []string {
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

// Until waits, with mu held, until ok holds or timeout passes (then the
// test fails with what and detail()). cond must be broadcast on each
// change of what ok reads.
func Until(t *testing.T, mu *sync.Mutex, cond *sync.Cond, timeout time.Duration, what string, ok func() bool, detail func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		mu.Lock()
		cond.Broadcast()
		mu.Unlock()
	})
	defer timer.Stop()
	mu.Lock()
	defer mu.Unlock()
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %v; %s", what, timeout, detail())
		}
		cond.Wait()
	}
}

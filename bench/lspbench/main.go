// Command lspbench measures privet lsp's latency as an editor sees it:
// from didOpen or didSave to the publishDiagnostics of the file. It is
// driven by bench/lsp.sh.
//
//	lspbench -privet BIN -dir MODULE -file REL [-n N]
//
// It starts "BIN lsp" in MODULE, opens REL and saves it at once (the
// first analysis: cold when GOCACHE is empty), then N times changes REL
// on disk and in the buffer and saves it, alternating two kinds of edit:
// "body" appends a comment (the package's export data does not change,
// so go vet's cache answers for its importers) and "api" appends an
// exported function (export data changes: the importers in the module
// are analysed again). For each save it prints the time to the file's
// diagnostics and, for "api", to the end of the dependents' analysis.
// The file is restored at the end.
//
// With -gopls PATH it runs "BIN gopls -privet.gopls=PATH" instead (gopls
// with privet in its stream). In both modes a save's time is the time to
// the last publication for the file before privet's "analysed PKG" log
// line (privet publishes, then logs): gopls publishes on its own
// schedule, and only the publication that carries privet's results
// counts.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sourcegraph/jsonrpc2"

	"github.com/privetlint/privet/internal/host/lsp"
)

func main() {
	bin := flag.String("privet", "privet", "the privet binary")
	dir := flag.String("dir", ".", "the module to open")
	file := flag.String("file", "", "the file to open and edit, relative to -dir")
	n := flag.Int("n", 6, "warm saves")
	timeout := flag.Duration("timeout", 30*time.Minute, "give up on one wait after this long")
	label := flag.String("label", "", "prefix of each result line")
	serverLog := flag.String("serverlog", "", "pass -logfile=`file` to privet lsp (-privet.logfile to privet gopls)")
	gopls := flag.String("gopls", "", "run privet gopls in front of this `gopls` instead of privet lsp")
	flag.Parse()
	if *file == "" {
		fmt.Fprintln(os.Stderr, "lspbench: -file is required")
		os.Exit(2)
	}
	abs, err := filepath.Abs(*dir)
	check(err)
	b := &bench{timeout: *timeout, label: *label}
	b.cond = sync.NewCond(&b.mu)
	check(b.start(*bin, abs, *serverLog, *gopls))
	path := filepath.Join(abs, *file)
	orig, err := os.ReadFile(path)
	check(err)
	defer os.WriteFile(path, orig, 0o644)
	uri := lsp.PathToURI(path)

	// First analysis: open and save.
	version := int32(1)
	mark := b.mark()
	logMark := b.logMark()
	t0 := time.Now()
	b.notify("textDocument/didOpen", lsp.DidOpenTextDocumentParams{TextDocument: lsp.TextDocumentItem{URI: uri, LanguageID: "go", Version: version, Text: string(orig)}})
	b.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri}})
	at, ds := b.waitPublish(uri, mark, logMark)
	b.result("first", at.Sub(t0), "", len(ds))
	b.waitIdle()

	var times = map[string][]time.Duration{}
	text := string(orig)
	for i := range *n {
		kind := "body"
		edit := fmt.Sprintf("\n// privet lsp bench edit %d\n", i)
		if i%2 == 1 {
			kind = "api"
			edit = fmt.Sprintf("\n// PrivetBench%d is a benchmark edit.\nfunc PrivetBench%d() {}\n", i, i)
		}
		text += edit
		check(os.WriteFile(path, []byte(text), 0o644))
		version++
		mark := b.mark()
		logMark := b.logMark()
		b.notify("textDocument/didChange", lsp.DidChangeTextDocumentParams{
			TextDocument:   lsp.VersionedTextDocumentIdentifier{URI: uri, Version: version},
			ContentChanges: []lsp.TextDocumentContentChangeEvent{{Text: text}},
		})
		t0 := time.Now()
		b.notify("textDocument/didSave", lsp.DidSaveTextDocumentParams{TextDocument: lsp.TextDocumentIdentifier{URI: uri}})
		at, ds := b.waitPublish(uri, mark, logMark)
		d := at.Sub(t0)
		times[kind] = append(times[kind], d)
		deps := b.waitIdleAfter(logMark)
		extra := ""
		if deps != "" {
			all := time.Since(t0)
			extra = fmt.Sprintf(" (%s; all done after %.2fs)", deps, all.Seconds())
			times[kind+"+deps"] = append(times[kind+"+deps"], all)
		}
		b.result("save-"+kind, d, extra, len(ds))
	}
	kinds := make([]string, 0, len(times))
	for k := range times {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		ts := times[k]
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		fmt.Printf("%smedian save-%s %.2fs (n=%d)\n", b.label, k, ts[len(ts)/2].Seconds(), len(ts))
	}
	b.stop()
}

type bench struct {
	timeout time.Duration
	label   string
	cmd     *exec.Cmd
	conn    *jsonrpc2.Conn

	mu   sync.Mutex
	cond *sync.Cond
	pubs []pub // publications, in order
	// logs are the server's log lines, and logPubs the number of
	// publications received before each.
	logPubs []int
	logs    []string
}

func (b *bench) start(bin, dir, serverLog, gopls string) error {
	b.cmd = exec.Command(bin, "lsp")
	if serverLog != "" {
		b.cmd.Args = append(b.cmd.Args, "-logfile="+serverLog)
	}
	if gopls != "" {
		b.cmd = exec.Command(bin, "gopls", "-privet.gopls="+gopls)
		if serverLog != "" {
			b.cmd.Args = append(b.cmd.Args, "-privet.logfile="+serverLog)
		}
	}
	b.cmd.Dir = dir
	b.cmd.Stderr = os.Stderr
	in, err := b.cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := b.cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := b.cmd.Start(); err != nil {
		return err
	}
	stream := jsonrpc2.NewBufferedStream(rwc{out, in}, jsonrpc2.VSCodeObjectCodec{})
	b.conn = jsonrpc2.NewConn(context.Background(), stream, jsonrpc2.HandlerWithError(b.handle))
	var res json.RawMessage
	if err := b.conn.Call(context.Background(), "initialize", map[string]any{
		"processId": os.Getpid(), "rootUri": lsp.PathToURI(dir), "capabilities": map[string]any{},
	}, &res); err != nil {
		return err
	}
	b.notify("initialized", map[string]any{})
	return nil
}

func (b *bench) handle(_ context.Context, _ *jsonrpc2.Conn, req *jsonrpc2.Request) (any, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch req.Method {
	case "textDocument/publishDiagnostics":
		var p lsp.PublishDiagnosticsParams
		json.Unmarshal(*req.Params, &p)
		b.pubs = append(b.pubs, pub{p.URI, time.Now(), p.Diagnostics})
	case "window/logMessage":
		var p lsp.LogMessageParams
		json.Unmarshal(*req.Params, &p)
		if strings.HasPrefix(p.Message, "privet: ") { // not gopls's
			b.logs = append(b.logs, p.Message)
			b.logPubs = append(b.logPubs, len(b.pubs))
			fmt.Fprintf(os.Stderr, "  [server] %s\n", p.Message)
		}
	}
	b.cond.Broadcast()
	return nil, nil
}

func (b *bench) notify(method string, params any) {
	check(b.conn.Notify(context.Background(), method, params))
}

// pub is a publication as received.
type pub struct {
	uri   lsp.DocumentURI
	at    time.Time
	diags []lsp.Diagnostic
}

// mark returns the number of publications so far.
func (b *bench) mark() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.pubs)
}

func (b *bench) logMark() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.logs)
}

// waitFor waits until ok holds (called with b.mu held).
func (b *bench) waitFor(what string, ok func() bool) {
	deadline := time.Now().Add(b.timeout)
	t := time.AfterFunc(b.timeout, func() { b.mu.Lock(); b.cond.Broadcast(); b.mu.Unlock() })
	defer t.Stop()
	for !ok() {
		if time.Now().After(deadline) {
			fmt.Fprintf(os.Stderr, "lspbench: timed out waiting for %s\n", what)
			os.Exit(1)
		}
		b.cond.Wait()
	}
}

// waitPublish waits for privet's analysis of the file's package after
// the marks and returns when the last publication for uri before it
// (the one that carries its results) arrived, and its diagnostics.
func (b *bench) waitPublish(uri lsp.DocumentURI, mark, logMark int) (time.Time, []lsp.Diagnostic) {
	b.mu.Lock()
	defer b.mu.Unlock()
	var found *pub
	b.waitFor("privet's diagnostics of "+string(uri), func() bool {
		for i := logMark; i < len(b.logs); i++ {
			if !strings.HasPrefix(b.logs[i], "privet: analysed ") || analysedDeps.MatchString(b.logs[i]) {
				continue
			}
			for k := b.logPubs[i] - 1; k >= mark; k-- {
				if b.pubs[k].uri == uri {
					found = &b.pubs[k]
					return true
				}
			}
		}
		return false
	})
	return found.at, found.diags
}

var analysedDeps = regexp.MustCompile(`^privet: analysed (\d+) dependent packages in`)

// waitIdle waits for the first run to end.
func (b *bench) waitIdle() { b.waitIdleAfter(0) }

// waitIdleAfter waits for the end of the run started after the log
// mark (the server's "done" line) and returns its line about the
// dependents, if it analysed any.
func (b *bench) waitIdleAfter(mark int) string {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.waitFor("the end of the analysis", func() bool {
		for _, l := range b.logs[mark:] {
			if strings.HasPrefix(l, "privet: done in ") {
				return true
			}
		}
		return false
	})
	for _, l := range b.logs[mark:] {
		if analysedDeps.MatchString(l) {
			return strings.TrimPrefix(l, "privet: ")
		}
	}
	return ""
}

func (b *bench) result(what string, d time.Duration, extra string, n int) {
	fmt.Printf("%s%-10s %6.2fs  %d diagnostics%s\n", b.label, what, d.Seconds(), n, extra)
}

func (b *bench) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b.conn.Call(ctx, "shutdown", nil, nil)
	b.conn.Notify(ctx, "exit", nil)
	b.cmd.Wait()
}

type rwc struct {
	io.ReadCloser
	io.WriteCloser
}

func (r rwc) Close() error { r.WriteCloser.Close(); return r.ReadCloser.Close() }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "lspbench:", err)
		os.Exit(1)
	}
}

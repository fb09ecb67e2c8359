package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/privetlint/privet/internal/host/lsp"
	"github.com/privetlint/privet/internal/version"
)

const lspUsage = `usage: privet lsp [flags]

privet lsp is a language server that runs beside gopls: it speaks the
Language Server Protocol on standard input and output and publishes
privet's findings as diagnostics (source "privet", the sink kind as code,
the trace as related information), with quick fixes. It analyses with
go vet -vettool=<this binary>, so results and facts are cached in the go
build cache. See docs/editors.md for editor configurations.

Flags:
`

// lspCmd is "privet lsp": the language server on standard input and
// output. It returns the exit status (0 after a clean shutdown).
func lspCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("privet lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, lspUsage)
		fs.PrintDefaults()
	}
	debounce := fs.Duration("debounce", 300*time.Millisecond, "wait this long after an unsaved edit before analysing")
	logFile := fs.String("logfile", "", "append a debug log to `file` (\"-\": standard error)")
	goCmd := fs.String("go", "go", "the go `command` to run")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitClean
		}
		return exitError
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "privet lsp: unexpected arguments %q\n", fs.Args())
		return exitError
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "privet lsp: %v\n", err)
		return exitError
	}
	opts := lsp.Options{VetTool: exe, Go: *goCmd, Debounce: *debounce, Stderr: stderr, Version: version.Get().Short()}
	opts.Log, err = openLog(*logFile, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "privet lsp: %v\n", err)
		return exitError
	}
	if c, ok := opts.Log.(io.Closer); ok && opts.Log != stderr {
		defer c.Close()
	}
	return lsp.Serve(context.Background(), stdio{stdin, stdout}, opts)
}

// openLog opens the debug log a -logfile flag names: nil for "", stderr
// for "-", else the file, appended to.
func openLog(name string, stderr io.Writer) (io.Writer, error) {
	switch name {
	case "":
		return nil, nil
	case "-":
		return stderr, nil
	}
	return os.OpenFile(name, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
}

// stdio is the server's connection: the editor owns both streams.
type stdio struct {
	io.Reader
	io.Writer
}

func (stdio) Close() error { return nil }

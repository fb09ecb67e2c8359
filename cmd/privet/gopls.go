package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/internal/host/goplsproxy"
	"github.com/privetlint/privet/internal/host/lsp"
	"github.com/privetlint/privet/internal/version"
)

const goplsUsage = `usage: privet gopls [-privet.FLAG ...] [gopls arguments]

privet gopls is gopls with privet's findings: it starts the real gopls
(-privet.gopls, else $PRIVET_GOPLS, else gopls on PATH) with the other
arguments, forwards the Language Server Protocol both ways unchanged, and
adds privet's diagnostics (source "privet", the sink kind as code, the
trace as related information) and quick fixes to gopls's. Use it where an
editor runs one language server for Go: VS Code's "go.alternateTools",
Zed, Sublime LSP, Helix (docs/editors.md). privet's flags start with
-privet.; every other argument is gopls's, so "privet gopls version" and
"privet gopls -rpc.trace serve" mean what they mean to gopls. Commands
other than serving over standard input and output run gopls alone.

Flags:
`

// goplsOptions are privet gopls's own flags.
type goplsOptions struct {
	gopls, logFile, goCmd, kinds string
	debounce                     time.Duration
	help                         bool
}

// goplsFlags defines privet gopls's flags (also for completion).
func goplsFlags(o *goplsOptions) *flag.FlagSet {
	fs := flag.NewFlagSet("privet gopls", flag.ContinueOnError)
	fs.StringVar(&o.gopls, "privet.gopls", "", "the gopls `executable` (default $"+goplsproxy.EnvVar+", else gopls on PATH)")
	fs.DurationVar(&o.debounce, "privet.debounce", 300*time.Millisecond, "wait this long after an unsaved edit before privet analyses")
	fs.StringVar(&o.logFile, "privet.logfile", "", "append privet's debug log to `file` (\"-\": standard error)")
	fs.StringVar(&o.goCmd, "privet.go", "go", "the go `command` privet runs")
	fs.StringVar(&o.kinds, "privet.kinds", "", "report only these sink `kinds` (comma-separated; default all)")
	fs.BoolVar(&o.help, "privet.help", false, "print this help")
	return fs
}

// goplsCmd is "privet gopls": gopls with privet's findings in its
// stream. It returns gopls's exit status.
func goplsCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o goplsOptions
	fs := goplsFlags(&o)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, goplsUsage)
		fs.PrintDefaults()
	}
	own, rest := goplsproxy.SplitArgs(args, map[string]bool{"help": true})
	if err := fs.Parse(own); err != nil {
		return exitError
	}
	if o.help {
		fs.SetOutput(stdout)
		fmt.Fprint(stdout, goplsUsage)
		fs.PrintDefaults()
		return exitClean
	}
	if err := analyzers.CheckKindsSpelling(o.kinds); err != nil {
		fmt.Fprintf(stderr, "privet gopls: -privet.kinds: %v\n", err)
		return exitError
	}
	gopls, err := goplsproxy.Find(o.gopls)
	if err != nil {
		fmt.Fprintf(stderr, "privet gopls: %v\n", err)
		return exitError
	}
	if !goplsproxy.ServerMode(rest) {
		return runAlone(gopls, rest, stdin, stdout, stderr)
	}
	exe, err := os.Executable()
	if err != nil {
		fmt.Fprintf(stderr, "privet gopls: %v\n", err)
		return exitError
	}
	log, err := openLog(o.logFile, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "privet gopls: %v\n", err)
		return exitError
	}
	if c, ok := log.(io.Closer); ok && log != stderr {
		defer c.Close()
	}
	return goplsproxy.Run(context.Background(), stdio{stdin, stdout}, goplsproxy.Options{
		Gopls:  gopls,
		Args:   rest,
		Stderr: stderr,
		Session: lsp.Options{
			VetTool:  exe,
			Go:       o.goCmd,
			Debounce: o.debounce,
			Log:      log,
			Stderr:   stderr,
			Version:  version.Get().Short(),
			Kinds:    o.kinds,
		},
	})
}

// runAlone runs a gopls command that is not the stdio server (version,
// check, a server on a socket) as if gopls had been called: same
// streams, same exit status.
func runAlone(gopls string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := exec.Command(gopls, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exitErr) && exitErr.ExitCode() >= 0:
		return exitErr.ExitCode()
	default:
		fmt.Fprintf(stderr, "privet gopls: %s: %v\n", strings.Join(append([]string{gopls}, args...), " "), err)
		return 1
	}
}

// Command privet reports sensitive customer data that reaches AI services
// or other third parties.
//
// Run it on its own:
//
//	privet [flags] [packages]       # default ./...
//	privet <command> [arguments]    # explain, lsp, gopls, annotate, sinks, config, help
//
// or under go vet:
//
//	go vet -vettool=$(go env GOPATH)/bin/privet ./...
//
// "privet help" and "privet -h" print the same usage: the standalone
// flags and the commands (the first to standard output, the second, as
// every flag error does, to standard error). "privet help privet" and
// "privet help privetdiscover" print an analyzer's documentation and
// flags as go vet shows them, and "privet help vet" how to run privet
// under go vet and go fix with the analyzers' flags
// help (its flags and analyzers).
//
// The same binary speaks go vet's tool protocol: when it is called the way
// go vet (or go fix -fixtool) calls it — with -V=full, with -flags, or
// with flags followed by a single *.cfg file — it is unitchecker; every
// other command line is the standalone driver or one of the commands.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/internal/version"
)

func main() {
	args := os.Args[1:]
	vetTool(args)
	os.Exit(run(args, os.Stdout, os.Stderr))
}

// vetTool acts as the vet tool, and exits, when the go command calls
// privet as one (see vetArgs); otherwise it returns.
func vetTool(args []string) {
	if len(args) == 1 && args[0] == "-V=full" {
		// go vet asks for the tool's identity once per run, before any
		// package, and keys its cache on the answer.
		os.Exit(vetVersion(os.Stdout, os.Stderr))
	}
	if vet, ok := vetArgs(args); ok {
		if err := checkVetUnit(vet); err != nil {
			fmt.Fprintf(os.Stderr, "privet: %v\n", err)
			os.Exit(exitError)
		}
		os.Args = append(os.Args[:1], vet...)
		tuneGC()
		stop := profileUnit(vet)
		list := analyzers.All()
		if _, vetxOnly := vetUnit(vet); vetxOnly {
			factsOnly(list)
		}
		unitchecker.Main(append(list, statsAnalyzer(list, vetUnitID(vet), stop))...) // does not return
	}
}

// A command is "privet NAME [arguments]".
type command struct {
	name string
	args string // the arguments, for the usage
	doc  string // one line, for the usage
	// run runs the command on the arguments after its name and returns
	// the exit status.
	run func(args []string, stdout, stderr io.Writer) int
}

// commands are privet's commands, in the order the usage lists them.
// (A function, not a variable: help lists them.)
func commands() []command {
	return []command{
		{"explain", "[topic]", "what a finding means, why it matters, how to fix it", explainCmd},
		{"lsp", "[flags]", "language server for editors, beside gopls (docs/editors.md)", func(args []string, stdout, stderr io.Writer) int {
			return lspCmd(args, os.Stdin, stdout, stderr)
		}},
		{"gopls", "[-privet.FLAG ...] [gopls arguments]", "gopls with privet's findings, for editors that run one Go server (docs/editors.md)", func(args []string, stdout, stderr io.Writer) int {
			return goplsCmd(args, os.Stdin, stdout, stderr)
		}},
		{"annotate", "[-w] [packages]", "add privet tags to fields that look like customer data", annotate},
		{"sinks", "[-coverage MODULE[@VERSION] [-format json]]", "the sink catalog; with -coverage, what privet makes of every exported function of a module", sinksCmd},
		{"config", "[dir]", "the effective policy", configCmd},
		{"version", "", "privet's version, VCS revision and Go version (also: privet -version)", versionCmd},
		{"completion", "bash|zsh|fish", "a shell completion script (source <(privet completion bash))", completionCmd},
		{"help", "[analyzer|vet]", "this text; with an analyzer's name, its documentation and go vet flags; with vet, the vet tool's help", helpCmd},
	}
}

// run is privet without the vet protocol: a command, else the
// standalone driver. It returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "__complete" {
		return completeCmd(args[1:], stdout, stderr) // for the completion scripts; not listed
	}
	if len(args) > 0 {
		for _, c := range commands() {
			if c.name == args[0] {
				return c.run(args[1:], stdout, stderr)
			}
		}
	}
	return standalone(args, stdout, stderr)
}

// vetVersion prints the tool identity go vet asks for with -V=full:
// "privet version VERSION GOVERSION buildID=HASH". The go command keys
// its cache on the buildID when VERSION is "devel", and on the whole
// line otherwise; the hash covers the executable and the policy files
// either way.
func vetVersion(stdout, stderr io.Writer) int {
	id, err := toolID()
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	v := version.Get()
	fmt.Fprintf(stdout, "privet version %s %s buildID=%s\n", v.Short(), v.Go, id)
	return 0
}

// versionCmd is "privet version" (and privet -version): the module
// version, the VCS revision of a build from a clone, the Go version.
func versionCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "privet version takes no arguments")
		return exitError
	}
	fmt.Fprintln(stdout, version.Get())
	return exitClean
}

// vetArgs reports whether the command line goes to unitchecker, and with
// which arguments. It does when the go command calls privet as a vet
// tool: -V=full (or another -V form) to identify the tool, -flags to list
// its flags, or flags followed by one *.cfg file naming a unit to
// analyse. "help" followed by analyzer names goes there too, for their
// documentation ("help vet" is privet's own text: helpCmd).
func vetArgs(args []string) ([]string, bool) {
	if len(args) == 0 {
		return nil, false
	}
	if args[0] == "help" {
		switch {
		case len(args) >= 2 && !slices.ContainsFunc(args[1:], func(name string) bool { return !isAnalyzer(name) }):
			return args, true
		}
		return nil, false
	}
	for _, a := range args {
		name := strings.TrimLeft(a, "-")
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, _, _ = strings.Cut(name, "=")
		if name == "V" || name == "flags" {
			return args, true
		}
	}
	last := args[len(args)-1]
	if !strings.HasSuffix(last, ".cfg") || strings.HasPrefix(last, "-") {
		return nil, false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return nil, false
		}
	}
	// "privet -o report.cfg" is the standalone command writing a file.
	if len(args) >= 2 && takesValue(strings.TrimLeft(args[len(args)-2], "-")) {
		return nil, false
	}
	return args, true
}

// isAnalyzer reports whether name is one of the analyzers go vet runs.
func isAnalyzer(name string) bool {
	return slices.ContainsFunc(analyzers.All(), func(a *analysis.Analyzer) bool { return a.Name == name })
}

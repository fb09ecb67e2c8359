// Command privet reports sensitive customer data that reaches AI services
// or other third parties.
//
// Run it on its own:
//
//	privet [flags] [packages]       # default ./...; privet -h lists the flags
//	privet explain [topic]          # what a finding means and how to fix it
//
// or under go vet:
//
//	go vet -vettool=$(go env GOPATH)/bin/privet ./...
//
// "privet help" lists the analyzers and their flags, "privet sinks" the
// sink catalog, and "privet config [dir]" the effective policy.
//
// The same binary speaks go vet's tool protocol: when it is called the way
// go vet (or go fix -fixtool) calls it — with -V=full, with -flags, or
// with flags followed by a single *.cfg file — and for "privet help", it
// is unitchecker; every other command line is the standalone driver.
package main

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/privetlint/privet/analyzers"
)

func main() {
	if len(os.Args) == 2 && os.Args[1] == "-V=full" {
		// go vet asks for the tool's identity once per run, before any
		// package, and keys its cache on the answer.
		id, err := toolID()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("privet version devel buildID=%s\n", id)
		return
	}
	if subcommand(os.Args) {
		return
	}
	if vetProtocol(os.Args[1:]) {
		unitchecker.Main(analyzers.All()...)
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// vetProtocol reports whether the command line is one the go command
// sends a vet tool: -V=full (or another -V form) to identify the tool,
// -flags to list its flags, or flags followed by one *.cfg file naming a
// unit to analyse. "help" also goes to unitchecker, which documents the
// analyzers and their flags.
func vetProtocol(args []string) bool {
	if len(args) == 0 {
		return false
	}
	if args[0] == "help" {
		return true
	}
	for _, a := range args {
		name := strings.TrimLeft(a, "-")
		if !strings.HasPrefix(a, "-") {
			continue
		}
		name, _, _ = strings.Cut(name, "=")
		if name == "V" || name == "flags" {
			return true
		}
	}
	last := args[len(args)-1]
	if !strings.HasSuffix(last, ".cfg") {
		return false
	}
	for _, a := range args[:len(args)-1] {
		if !strings.HasPrefix(a, "-") {
			return false
		}
	}
	// "privet -o report.cfg" is the standalone command writing a file.
	if len(args) >= 2 && standaloneValueFlags[strings.TrimLeft(args[len(args)-2], "-")] {
		return false
	}
	return true
}

// standaloneValueFlags are the standalone flags that take a separate
// value, which vetProtocol must not mistake for a unit's *.cfg file.
var standaloneValueFlags = map[string]bool{
	"format": true, "o": true, "baseline": true, "baseline-write": true, "config": true,
	"privet.config": true, "kinds": true, "privet.kinds": true, "tags": true, "explain": true,
}

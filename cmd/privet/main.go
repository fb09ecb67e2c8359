// Command privet reports sensitive customer data that reaches AI services
// or other third parties. Run it under go vet:
//
//	go vet -vettool=$(go env GOPATH)/bin/privet ./...
//
// "privet help" lists the analyzers and their flags, "privet sinks" the
// sink catalog, and "privet config [dir]" the effective policy.
package main

import (
	"fmt"
	"os"

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
	unitchecker.Main(analyzers.All()...)
}

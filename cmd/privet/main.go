// Command privet reports sensitive customer data that reaches AI services
// or other third parties. Run it under go vet:
//
//	go vet -vettool=$(go env GOPATH)/bin/privet ./...
//
// "privet help" lists the analyzers and their flags.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/privetlint/privet/analyzers"
)

func main() {
	unitchecker.Main(analyzers.All()...)
}

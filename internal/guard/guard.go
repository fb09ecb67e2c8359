// Package guard turns a panic inside an analyzer into an error that names
// the package, so that one bad package never takes down the host (go vet,
// golangci-lint and editors run many analyzers in one process).
package guard

import (
	"fmt"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
)

// Run wraps an analyzer's run function.
func Run(run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (result any, err error) {
		defer func() {
			if r := recover(); r != nil {
				result = nil
				err = fmt.Errorf("internal error in %s while analysing package %s: %v (please report it with this trace)\n%s",
					pass.Analyzer.Name, pass.Pkg.Path(), r, debug.Stack())
			}
		}()
		return run(pass)
	}
}

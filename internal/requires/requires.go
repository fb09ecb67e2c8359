// Package requires finds the results of the passes an analyzer requires
// by their type, so that a pass reads its inputs without naming the
// analyzer values that produced them: the same run function then serves
// every instance of the pass (analyzers.New builds fresh ones per
// configuration; go/analysis tells instances apart by pointer).
package requires

import (
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// Result returns the result of type T among those of the analyzers that
// pass.Analyzer requires. It panics when none has one: a pass that calls
// it without requiring the pass is a programming error.
func Result[T any](pass *analysis.Pass) T {
	for _, req := range pass.Analyzer.Requires {
		if r, ok := pass.ResultOf[req].(T); ok {
			return r
		}
	}
	var zero T
	panic(fmt.Sprintf("%s requires no analyzer with a %T result", pass.Analyzer.Name, zero))
}

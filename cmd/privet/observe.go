package main

import (
	"fmt"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/passes/taint"
)

// observer returns an analyzer that calls every function of see with the
// taint pass's result on every package the checker analyses,
// dependencies included (the checker keeps only the roots' results). It
// runs on dependencies because it declares a fact type, as the taint
// pass does; it exports none. Nil when see is empty.
func observer(list []*analysis.Analyzer, see ...func(*analysis.Pass, *taint.Result)) *analysis.Analyzer {
	see = slices.DeleteFunc(see, func(f func(*analysis.Pass, *taint.Result)) bool { return f == nil })
	if len(see) == 0 {
		return nil
	}
	tnt := taintPass(list)
	return &analysis.Analyzer{
		Name:      "privetobserve",
		Doc:       "privetobserve: watch the taint pass on every package, for the progress line and -v",
		Requires:  []*analysis.Analyzer{tnt},
		FactTypes: []analysis.Fact{new(observed)},
		Run: func(pass *analysis.Pass) (any, error) {
			res, _ := pass.ResultOf[tnt].(*taint.Result)
			for _, f := range see {
				f(pass, res)
			}
			return nil, nil
		},
	}
}

// observed is the observers' fact type. None is ever exported.
type observed struct{}

func (*observed) AFact() {}

// taintPass returns the taint analyzer that the analyzers in list
// require.
func taintPass(list []*analysis.Analyzer) *analysis.Analyzer {
	want := reflect.TypeOf((*taint.Result)(nil))
	for _, a := range list {
		for _, req := range a.Requires {
			if req.ResultType == want {
				return req
			}
		}
	}
	panic("no analyzer requires the taint pass")
}

// collectLimits collects, for -v, where a bound of the taint engine cut
// the analysis of a package short, and how many packages took each
// route. lines returns the bounds sorted, one per function and bound
// ("FUNC: KIND: what it means"), then the count of packages per route.
func collectLimits() (see func(*analysis.Pass, *taint.Result), lines func() []string) {
	var mu sync.Mutex
	var out []string
	routes := map[taint.Route]int{}
	see = func(pass *analysis.Pass, res *taint.Result) {
		if res == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		routes[res.Route]++
		for _, l := range res.Limits {
			where := l.Func
			if where == "" {
				where = "package " + pass.Pkg.Path()
			}
			out = append(out, fmt.Sprintf("bound reached in %s: %s: %s", where, l.Kind, l.Kind.Describe()))
		}
	}
	return see, func() []string {
		mu.Lock()
		defer mu.Unlock()
		slices.Sort(out)
		lines := slices.Compact(out)
		return append(lines, fmt.Sprintf("packages: %d analysed, %d on the fast path, %d skipped (standard library and catalog SDKs)",
			routes[taint.Analysed], routes[taint.FastPath], routes[taint.Skipped]))
	}
}

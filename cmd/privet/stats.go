package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/passes/taint"
)

// The standalone command drives go vet with privet as the vet tool
// (vetdriver.go). It learns how each package was treated — the taint
// pass's route and the bounds it reached — from the privetstats
// analyzer, which the vet tool runs on every package (dependencies
// included: it declares a fact type, as the taint pass does) and which,
// with -privetstats.emit, prints a unit entry of its own on the tool's
// standard output:
//
//	{"unit ID": {"privetstats": {"route": "analysed", "limits": [...]}}}
//
// go vet caches a unit's standard output with its facts and replays it,
// also for packages vetted only for their facts, so the statistics of a
// run do not depend on what the cache held. The flag is also what keeps
// the standalone command's cache entries apart from those of a user's
// go vet: go vet keys its cache on the tool's flags.

// statsName is the statistics analyzer's name (and its entry's key).
const statsName = "privetstats"

// packageStats is what privetstats says about one unit.
type packageStats struct {
	Route  taint.Route   `json:"route"`
	Why    string        `json:"why,omitempty"`
	Limits []taint.Limit `json:"limits,omitempty"`
}

// statsAnalyzer returns the privetstats analyzer for the vet tool, over
// the taint pass the analyzers of list require. unit is the vet unit's
// ID (the key go vet -json uses for the unit); done is called once the
// taint pass is done (profileUnit's stop).
func statsAnalyzer(list []*analysis.Analyzer, unit string, done func()) *analysis.Analyzer {
	tnt := taintPass(list)
	a := &analysis.Analyzer{
		Name:       statsName,
		Doc:        "privetstats: how the taint pass treated each package, for the standalone command (prints nothing without -privetstats.emit)",
		Requires:   []*analysis.Analyzer{tnt},
		FactTypes:  []analysis.Fact{new(observed)},
		ResultType: reflect.TypeOf(packageStats{}),
	}
	emit := a.Flags.Bool("emit", false, "print the statistics on standard output, as a go vet -json unit entry")
	a.Run = func(pass *analysis.Pass) (any, error) {
		done()
		res, _ := pass.ResultOf[tnt].(*taint.Result)
		var st packageStats
		if res != nil {
			st = packageStats{Route: res.Route, Why: res.Why, Limits: res.Limits}
		}
		if *emit {
			id := unit
			if id == "" {
				id = pass.Pkg.Path()
			}
			line, err := json.Marshal(map[string]map[string]packageStats{id: {statsName: st}})
			if err != nil {
				return nil, err
			}
			// unitchecker has pointed os.Stdout at the unit's output
			// file, which go vet caches and replays.
			fmt.Fprintf(os.Stdout, "%s\n", line)
		}
		return st, nil
	}
	return a
}

// observed is privetstats' fact type, so that it runs on dependencies.
// None is ever exported.
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

// vetUnitID reads the unit ID from the vet tool's *.cfg file (the last
// argument), or returns "" if it cannot.
func vetUnitID(args []string) string {
	id, _ := vetUnit(args)
	return id
}

// vetUnit reads the unit's ID and whether go vet wants only its facts
// (VetxOnly: a dependency of the packages vetted) from the *.cfg file
// that ends a vet tool's arguments.
func vetUnit(args []string) (id string, vetxOnly bool) {
	if len(args) == 0 {
		return "", false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return "", false
	}
	var cfg struct {
		ID       string
		VetxOnly bool
	}
	if json.Unmarshal(data, &cfg) != nil {
		return "", false
	}
	return cfg.ID, cfg.VetxOnly
}

// limitsSeen collects, for -v, where a bound of the taint engine cut the
// analysis of a package short, and how many units took each route.
type limitsSeen struct {
	mu     sync.Mutex
	lines  []string
	routes map[taint.Route]int
	// analysed says why each analysed unit was (-v).
	analysed []string
}

func (l *limitsSeen) add(unit string, st packageStats) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.routes == nil {
		l.routes = map[taint.Route]int{}
	}
	l.routes[st.Route]++
	if st.Route == taint.Analysed && st.Why != "" {
		l.analysed = append(l.analysed, fmt.Sprintf("analysed %s: %s", unit, st.Why))
	}
	for _, lim := range st.Limits {
		where := lim.Func
		if where == "" {
			where = "package " + unit
		}
		l.lines = append(l.lines, fmt.Sprintf("bound reached in %s: %s: %s", where, lim.Kind, lim.Kind.Describe()))
	}
}

// bounds returns the bounds reached, sorted, one line per function and
// bound ("bound reached in FUNC: KIND: what it means").
func (l *limitsSeen) bounds() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Compact(slices.Sorted(slices.Values(l.lines)))
}

// report returns the bounds, why each analysed unit was, then the
// count of units per route (-v).
func (l *limitsSeen) report() []string {
	lines := l.bounds()
	l.mu.Lock()
	defer l.mu.Unlock()
	lines = append(lines, slices.Sorted(slices.Values(l.analysed))...)
	return append(lines, fmt.Sprintf("packages: %d analysed, %d on the fast path, %d skipped (standard library)",
		l.routes[taint.Analysed], l.routes[taint.FastPath], l.routes[taint.Skipped]))
}

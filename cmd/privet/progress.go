package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/passes/taint"
)

// progress shows on a terminal what a long run is doing: "loading
// packages", then "analysed N/M packages", on one line of stderr that is
// cleared at the end. It is off unless stderr is a terminal and the
// output is text (JSON and SARIF runs are for machines).
type progress struct {
	w  io.Writer
	on bool
}

func newProgress(stderr io.Writer, text bool) *progress {
	f, ok := stderr.(*os.File)
	return &progress{w: stderr, on: text && ok && isTerminal(f)}
}

func isTerminal(f *os.File) bool {
	if os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progress) phase(msg string) {
	if p.on {
		fmt.Fprintf(p.w, "\r\033[Kprivet: %s...", msg)
	}
}

// count shows the number of packages analysed out of total until the
// returned function is called. The checker offers no progress hook, so
// the analysis gets one more analyzer (the returned one, nil when the
// progress line is off): it runs after the taint pass of the analyzers
// in list on every package of the graph, because it declares a fact
// type as the taint pass does, and counts.
func (p *progress) count(total int, list []*analysis.Analyzer) (counter *analysis.Analyzer, stop func()) {
	if !p.on {
		return nil, func() {}
	}
	tnt := taintPass(list)
	var n atomic.Int64
	counter = &analysis.Analyzer{
		Name:      "privetprogress",
		Doc:       "privetprogress: count the packages analysed, for the progress line",
		Requires:  []*analysis.Analyzer{tnt},
		FactTypes: []analysis.Fact{new(counted)},
		Run: func(*analysis.Pass) (any, error) {
			n.Add(1)
			return nil, nil
		},
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		last := int64(-1)
		show := func() {
			if cur := n.Load(); cur != last {
				fmt.Fprintf(p.w, "\r\033[Kprivet: analysed %d/%d packages", cur, total)
				last = cur
			}
		}
		for {
			show()
			select {
			case <-done:
				show()
				return
			case <-tick.C:
			}
		}
	}()
	return counter, func() {
		close(done)
		wg.Wait()
	}
}

// counted is the progress counter's fact type. None is ever exported:
// declaring it is what makes the checker run the counter on
// dependencies.
type counted struct{}

func (*counted) AFact() {}

// done clears the progress line.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

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

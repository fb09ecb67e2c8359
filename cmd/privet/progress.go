package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"
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

// count shows the number of packages analysed out of total (an estimate:
// go list's count of the units go vet analyses) until the returned stop
// is called; see counts one. At the end the line shows the count reached
// out of itself: the analysis is complete.
func (p *progress) count(total int) (see func(), stop func()) {
	if !p.on {
		return func() {}, func() {}
	}
	var n atomic.Int64
	see = func() { n.Add(1) }
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		last := int64(-1)
		show := func(end bool) {
			cur := n.Load()
			if cur == last {
				return
			}
			of := max(int64(total), cur)
			if end {
				of = cur
			}
			fmt.Fprintf(p.w, "\r\033[Kprivet: analysed %d/%d packages", cur, of)
			last = cur
		}
		for {
			show(false)
			select {
			case <-done:
				last = -1
				show(true)
				return
			case <-tick.C:
			}
		}
	}()
	return see, func() {
		close(done)
		wg.Wait()
	}
}

// done clears the progress line.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

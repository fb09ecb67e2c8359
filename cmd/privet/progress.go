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
// cleared at the end with terminal control sequences ("\r\033[K"). It
// is off unless the output is text (JSON and SARIF runs are for
// machines) and a terminal that understands them shows both stdout and
// stderr (see terminal): anywhere else the sequences would end up in
// front of the first finding, where a tool that links "file:line:col"
// at the start of a line (Emacs compilation-mode, errorformat) no
// longer finds it.
type progress struct {
	w  io.Writer
	on bool
}

func newProgress(stdout, stderr io.Writer, text bool) *progress {
	return &progress{w: stderr, on: text && terminal(stdout) && terminal(stderr)}
}

// terminal reports whether w is a terminal that interprets control
// sequences: a character device, with TERM set and not "dumb", and not
// inside Emacs (INSIDE_EMACS: M-x compile and shell buffers run commands
// on a pseudo-terminal with the TERM Emacs was started with, but show
// the sequences as text).
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	if term := os.Getenv("TERM"); term == "" || term == "dumb" || os.Getenv("INSIDE_EMACS") != "" {
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

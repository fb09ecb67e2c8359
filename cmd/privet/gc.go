package main

import (
	"os"
	"runtime/debug"
)

// Garbage collection of the vet tool. go vet runs it once per package, in
// a process that lives for a second or two and whose heap is mostly the
// package's syntax, types and SSA, all live until the end: with Go's
// default GOGC=100 the collector spends a large share of the CPU (40% of
// the samples on a big generated package) collecting almost nothing. The
// tool lets the heap grow four times over the live data instead, and
// caps that with a soft memory limit, so a huge package collects as
// often as it must to stay near the limit rather than growing the heap
// further. GOGC and GOMEMLIMIT, when set, win.
const (
	vetGCPercent   = 400
	vetMemoryLimit = 1 << 30 // bytes
)

// tuneGC sets the collector for one vet tool process.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(vetGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(vetMemoryLimit)
	}
}

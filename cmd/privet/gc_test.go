package main

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC: the vet tool lets the heap grow to 4x the live data under
// a soft limit, unless the user set GOGC or GOMEMLIMIT.
func TestTuneGC(t *testing.T) {
	before, limit := debug.SetGCPercent(100), debug.SetMemoryLimit(-1)
	defer func() { debug.SetGCPercent(before); debug.SetMemoryLimit(limit) }()

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	tuneGC()
	if got := debug.SetGCPercent(100); got != vetGCPercent {
		t.Errorf("GC percent %d, want %d", got, vetGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != vetMemoryLimit {
		t.Errorf("memory limit %d, want %d", got, vetMemoryLimit)
	}

	t.Setenv("GOGC", "150")
	t.Setenv("GOMEMLIMIT", "3GiB")
	debug.SetGCPercent(150)
	debug.SetMemoryLimit(3 << 30)
	tuneGC()
	if got := debug.SetGCPercent(100); got != 150 {
		t.Errorf("with GOGC set: GC percent %d, want the user's 150", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 3<<30 {
		t.Errorf("with GOMEMLIMIT set: memory limit %d, want the user's", got)
	}
}

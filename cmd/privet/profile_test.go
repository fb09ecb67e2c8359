package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestVetProfile: with PRIVET_VET_CPUPROFILE_DIR set, each unit the vet
// tool analyses leaves a CPU profile named after it.
func TestVetProfile(t *testing.T) {
	copyModule(t, "leaks")
	t.Setenv("GOCACHE", t.TempDir()) // the units must run, not replay
	dir := t.TempDir()
	t.Setenv(profileEnv, dir)
	var stdout, stderr bytes.Buffer
	if got := standalone([]string{"./support"}, &stdout, &stderr); got != exitFindings {
		t.Fatalf("exit status %d; stderr:\n%s", got, stderr.String())
	}
	st, err := os.Stat(filepath.Join(dir, "example.com_leaks_support.pprof"))
	if err != nil || st.Size() == 0 {
		entries, _ := os.ReadDir(dir)
		t.Fatalf("no profile of example.com/leaks/support (%v); %s holds %v", err, dir, entries)
	}
}

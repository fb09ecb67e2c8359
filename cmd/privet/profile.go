package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"strings"
)

// profileEnv names a directory where the vet tool writes a CPU profile of
// each unit it analyses (UNIT.pprof), for measuring the analysis itself:
// under go vet (and so under the standalone command) it runs in one
// short-lived process per package, which -cpuprofile cannot reach.
//
//	PRIVET_VET_CPUPROFILE_DIR=/tmp/prof go vet -vettool=$(which privet) ./...
//	go tool pprof -top /tmp/prof/cloud.google.com_go_aiplatform_apiv1beta1.pprof
const profileEnv = "PRIVET_VET_CPUPROFILE_DIR"

// profileUnit starts the CPU profile of the unit the vet arguments name,
// if profileEnv asks for one, and returns the function that writes it.
// unitchecker.Main exits without returning, so privetstats calls it once
// the taint pass is done: the profile covers parsing, type checking and
// the passes up to the taint pass, which is what costs.
func profileUnit(vet []string) (stop func()) {
	stop = func() {}
	dir := os.Getenv(profileEnv)
	if dir == "" {
		return stop
	}
	id := vetUnitID(vet)
	if id == "" {
		return stop
	}
	name := strings.NewReplacer("/", "_", " ", "_", "[", "", "]", "").Replace(id) + ".pprof"
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		fmt.Fprintf(os.Stderr, "privet: %s: %v\n", profileEnv, err)
		return stop
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintf(os.Stderr, "privet: %s: %v\n", profileEnv, err)
		f.Close()
		return stop
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

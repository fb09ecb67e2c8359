package main

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSharedCacheProg shows that privet's results are shared beyond one
// machine through GOCACHEPROG: two "machines" (two empty GOCACHE
// directories, two local go-cacher directories) share one store, a
// go-cacher-server on loopback, as a CI fleet or a team would. The first
// analyses every package; the second, on the same checkout path, gives
// the same findings and runs the vet tool on nothing.
//
// go-cacher is github.com/bradfitz/go-tool-cache, pinned in
// testdata/gocacheprog and built from the module proxy.
func TestSharedCacheProg(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a GOCACHEPROG implementation from the module proxy")
	}
	bin := buildCacheProg(t)
	addr := serveCacheStore(t, filepath.Join(bin, "go-cacher-server"))

	dir := copyModule(t, "leaks")
	log := filepath.Join(t.TempDir(), "vet.log")
	t.Setenv("PRIVET_TEST_VETLOG", log)
	machine := func(name string) (stdout string, units []string, took time.Duration) {
		t.Helper()
		home := t.TempDir()
		t.Setenv("GOCACHE", filepath.Join(home, "gocache"))
		t.Setenv("GOCACHEPROG", fmt.Sprintf("%s -cache-dir=%s -cache-server=http://%s",
			filepath.Join(bin, "go-cacher"), filepath.Join(home, "go-cacher"), addr))
		os.Remove(log)
		var out, errb bytes.Buffer
		start := time.Now()
		if got := standalone([]string{"./..."}, &out, &errb); got != exitFindings {
			t.Fatalf("%s: privet ./...: exit status %d; stderr:\n%s", name, got, errb.String())
		}
		took = time.Since(start)
		data, _ := os.ReadFile(log)
		return out.String(), strings.Fields(string(data)), took
	}

	first, analysed, took1 := machine("first machine")
	if len(analysed) == 0 {
		t.Fatalf("the first machine analysed nothing: the vet tool never ran")
	}
	second, again, took2 := machine("second machine")
	t.Logf("first machine: %d vet tool runs in %v; second machine: %d in %v (dir %s)",
		len(analysed), took1.Round(time.Millisecond), len(again), took2.Round(time.Millisecond), dir)
	if second != first {
		t.Errorf("the second machine's findings differ:\n%s\nfirst:\n%s", second, first)
	}
	if len(again) > 0 {
		t.Errorf("the second machine ran the vet tool on %v; want every result from the shared store", again)
	}
}

// buildCacheProg builds go-cacher and go-cacher-server from
// testdata/gocacheprog and returns the directory holding them.
func buildCacheProg(t *testing.T) string {
	t.Helper()
	bin := t.TempDir()
	cmd := exec.Command("go", "build", "-o", bin+string(filepath.Separator),
		"github.com/bradfitz/go-tool-cache/cmd/go-cacher",
		"github.com/bradfitz/go-tool-cache/cmd/go-cacher-server")
	cmd.Dir = filepath.Join(cliDir, "..", "gocacheprog")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building go-cacher: %v\n%s", err, out)
	}
	return bin
}

// serveCacheStore starts go-cacher-server on a free loopback port, with
// its store in a temporary directory, and returns its address once it
// answers.
func serveCacheStore(t *testing.T, server string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	cmd := exec.Command(server, "-listen="+addr, "-cache-dir="+t.TempDir())
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	for deadline := time.Now().Add(30 * time.Second); ; {
		resp, err := http.Get("http://" + addr + "/")
		if err == nil {
			resp.Body.Close()
			return addr
		}
		if time.Now().After(deadline) {
			t.Fatalf("go-cacher-server did not answer on %s: %v\n%s", addr, err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

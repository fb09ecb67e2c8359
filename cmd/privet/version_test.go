package main

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/version"
)

// TestVersion: privet -version and privet version print the version
// line; -V=full, go vet's question, names the version and the Go
// version before the build ID the go command keys its cache on; SARIF's
// driver carries the version.
func TestVersion(t *testing.T) {
	want := version.Get().String() + "\n"
	if !strings.Contains(want, runtime.Version()) {
		t.Errorf("version line %q lacks the Go version", want)
	}
	for _, args := range [][]string{{"-version"}, {"version"}} {
		var stdout, stderr bytes.Buffer
		if got := run(args, &stdout, &stderr); got != exitClean || stdout.String() != want {
			t.Errorf("privet %s: exit %d, %q, want 0 and %q\n%s", args[0], got, stdout.String(), want, stderr.Bytes())
		}
	}
	inModule(t, t.TempDir())
	var stdout, stderr bytes.Buffer
	if got := vetVersion(&stdout, &stderr); got != 0 {
		t.Fatalf("-V=full: exit %d\n%s", got, stderr.Bytes())
	}
	f := strings.Fields(stdout.String())
	if len(f) != 5 || f[0] != "privet" || f[1] != "version" || f[2] != version.Get().Short() || f[3] != runtime.Version() || !strings.HasPrefix(f[4], "buildID=") {
		t.Errorf("-V=full printed %q, want privet version VERSION GOVERSION buildID=HASH", stdout.String())
	}
	if tool := toolInfo(); tool.Version == "" || tool.SemanticVersion == "" {
		t.Errorf("SARIF tool %+v, want a version and a semantic version", tool)
	}
}

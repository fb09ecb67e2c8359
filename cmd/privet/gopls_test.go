package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestGoplsBadInput checks that privet gopls explains what is wrong
// with its command line and exits with status 2, before starting
// anything.
func TestGoplsBadInput(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no gopls
	t.Setenv("PRIVET_GOPLS", "")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "privet gopls: no gopls on PATH: install it (go install golang.org/x/tools/gopls@latest), or name it with -privet.gopls=PATH or $PRIVET_GOPLS"},
		{[]string{"-privet.gopls=/no/such/gopls", "version"}, `privet gopls: gopls "/no/such/gopls": `},
		{[]string{"-privet.debounce=soon"}, `invalid value "soon" for flag -privet.debounce`},
		{[]string{"-privet.nosuch"}, "flag provided but not defined: -privet.nosuch"},
		{[]string{"-privet.kinds=ai,,http"}, "privet gopls: -privet.kinds: "},
	} {
		var stdout, stderr bytes.Buffer
		if code := goplsCmd(tc.args, strings.NewReader(""), &stdout, &stderr); code != exitError {
			t.Errorf("privet gopls %q: exit status %d, want %d", tc.args, code, exitError)
		}
		if !strings.Contains(stderr.String(), tc.want) || stdout.Len() > 0 {
			t.Errorf("privet gopls %q: stdout %q, stderr %q; want %q on stderr", tc.args, stdout.String(), stderr.String(), tc.want)
		}
	}
}

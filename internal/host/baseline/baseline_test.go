package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/privetlint/privet/internal/host/report"
)

func finding(line int, fp string) *report.Finding {
	return &report.Finding{Location: report.Location{File: "a.go", Line: line}, Fingerprint: fp}
}

func TestFilterCounts(t *testing.T) {
	b := New([]*report.Finding{finding(1, "k1"), finding(5, "k1"), finding(9, "k2")})
	if len(b.Findings) != 2 || b.Findings[0].Count+b.Findings[1].Count != 3 {
		t.Fatalf("New: %+v", b.Findings)
	}
	// Three k1 now where two were recorded: the last one is new; k3 is new.
	got := b.Filter([]*report.Finding{finding(2, "k1"), finding(6, "k1"), finding(7, "k1"), finding(8, "k3"), finding(10, "k2")})
	if len(got) != 2 || got[0].Line != 7 || got[1].Line != 8 {
		t.Errorf("Filter kept %+v %+v", got[0], got[1])
	}
}

func TestFingerprintIgnoresFileInFunctions(t *testing.T) {
	a := Fingerprint("p", "F", "a.go", "ai", "m", "x")
	if a != Fingerprint("p", "F", "b.go", "ai", "m", "x") {
		t.Error("the file name changes the fingerprint of a finding in a function")
	}
	if Fingerprint("p", "", "a.go", "policy", "m", "") == Fingerprint("p", "", "b.go", "policy", "m", "") {
		t.Error("findings outside functions in different files share a fingerprint")
	}
	if a == Fingerprint("p", "G", "a.go", "ai", "m", "x") || a == Fingerprint("p", "F", "a.go", "ai", "m", "y") {
		t.Error("function or argument do not change the fingerprint")
	}
}

func TestRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	New([]*report.Finding{finding(1, "k1")}).Write(&buf)
	name := filepath.Join(t.TempDir(), "b.json")
	os.WriteFile(name, buf.Bytes(), 0o666)
	b, err := Read(name)
	if err != nil || len(b.Findings) != 1 || b.Findings[0].Fingerprint != "k1" {
		t.Fatalf("Read: %v %+v", err, b)
	}
	os.WriteFile(name, []byte(`{"version": 2, "findings": []}`), 0o666)
	if _, err := Read(name); err == nil {
		t.Error("Read accepted version 2")
	}
	os.WriteFile(name, []byte(`{"runs": []}`), 0o666)
	if _, err := Read(name); err == nil {
		t.Error("Read accepted a file that is not a baseline")
	}
}

package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPositions(t *testing.T) {
	// "é" is 2 bytes, 1 UTF-16 unit; "😀" is 4 bytes, 2 UTF-16 units.
	c := newContent([]byte("package p\n\tx := \"é😀\" + s.Email\n"))
	// s.Email: byte column 21 on line 2 (1-based).
	col := strings.Index("\tx := \"é😀\" + s.Email", "Email") + 1
	for _, tc := range []struct {
		utf8 bool
		want Position
	}{
		{false, Position{Line: 1, Character: 16}},
		{true, Position{Line: 1, Character: uint32(col - 1)}},
	} {
		got := c.position(2, col, tc.utf8)
		if got != tc.want {
			t.Errorf("utf8=%v: position(2, %d) = %+v, want %+v", tc.utf8, col, got, tc.want)
		}
		if off := c.offset(got, tc.utf8); off != c.lines[1]+col-1 {
			t.Errorf("utf8=%v: offset(%+v) = %d, want %d", tc.utf8, got, off, c.lines[1]+col-1)
		}
	}
	off := c.lineColOffset(2, col)
	if end := c.identEnd(off); string(c.data[off:end]) != "Email" {
		t.Errorf("identEnd: %q, want Email", c.data[off:end])
	}
	if p := c.offsetPosition(len(c.data), false); p != (Position{Line: 2}) {
		t.Errorf("end of file = %+v", p)
	}
}

func TestRealPath(t *testing.T) {
	s := &Server{mirror: filepath.Join(os.TempDir(), mirrorPrefix+"123")}
	file := filepath.FromSlash("/work/app/send/send.go")
	mp := s.mirrorPath(file)
	if got := realPath(mp); got != file {
		t.Errorf("realPath(%q) = %q, want %q", mp, got, file)
	}
	posn := mp + ":12:3"
	if f, l, c, ok := splitPosn(posn); !ok || f != file || l != 12 || c != 3 {
		t.Errorf("splitPosn(%q) = %q %d %d %v", posn, f, l, c, ok)
	}
	other := filepath.Join(os.TempDir(), "privet-lsp-test", "app", "a.go")
	if got := realPath(other); got != other {
		t.Errorf("realPath(%q) = %q", other, got)
	}
}

func TestPolicyProblems(t *testing.T) {
	ds := policyProblems("/x/.privet.yml", []byte("version: 1\nallow:\n  - category: pii\n    sink: opneai\n    reason: r\n"), false)
	if len(ds) != 1 || ds[0].Range.Start != (Position{Line: 3, Character: 10}) || !strings.Contains(ds[0].Message, "opneai") {
		t.Fatalf("problems = %+v", ds)
	}
	if ds[0].Range.End != (Position{Line: 3, Character: 16}) || ds[0].Code != "policy" || ds[0].Severity != SeverityError {
		t.Errorf("problem = %+v", ds[0])
	}
	if ds := policyProblems("/x/.privet.yml", []byte("version: 1\n"), false); len(ds) != 0 {
		t.Errorf("valid policy: %+v", ds)
	}
}

func TestOverlaps(t *testing.T) {
	r := Range{Position{2, 4}, Position{2, 10}}
	for _, tc := range []struct {
		q    Range
		want bool
	}{
		{Range{Position{2, 4}, Position{2, 4}}, true},
		{Range{Position{2, 10}, Position{2, 10}}, true},
		{Range{Position{2, 11}, Position{2, 12}}, false},
		{Range{Position{0, 0}, Position{5, 0}}, true},
		{Range{Position{1, 0}, Position{2, 3}}, false},
	} {
		if got := overlaps(r, tc.q); got != tc.want {
			t.Errorf("overlaps(%v, %v) = %v", r, tc.q, got)
		}
	}
}

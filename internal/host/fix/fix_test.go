package fix

import (
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/report"
)

// insert returns an edit inserting text at offset off of src.
func insert(src string, off int, text string) report.Edit {
	line := strings.Count(src[:off], "\n") + 1
	col := off - strings.LastIndex(src[:off], "\n")
	p := report.Offset{Line: line, Column: col, Offset: off}
	return report.Edit{File: "f.go", Start: p, End: p, New: text}
}

func wrap(src, arg, fn string) report.Fix {
	i := strings.Index(src, arg)
	return report.Fix{Message: "wrap", Edits: []report.Edit{insert(src, i, fn+"("), insert(src, i+len(arg), ")")}}
}

const src = `package p

func a() {
	send(x)
}

func b() {}

func c() {}

func d() {}

func e() {
	send(y)
	send(z)
}
`

func TestAddConflicts(t *testing.T) {
	s := NewSet()
	if !s.Add(wrap(src, "x", "Mask")) {
		t.Fatal("first fix rejected")
	}
	if !s.Add(wrap(src, "x", "Mask")) {
		t.Error("identical fix (two findings on one argument) rejected")
	}
	if s.Add(wrap(src, "x", "Redact")) {
		t.Error("a different fix of the same argument was accepted")
	}
	if !s.Add(wrap(src, "y", "Mask")) {
		t.Error("independent fix rejected")
	}
	got, err := s.Apply("f.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(strings.Replace(src, "send(x)", "send(Mask(x))", 1), "send(y)", "send(Mask(y))", 1)
	if string(got) != want {
		t.Errorf("Apply:\n%s\nwant\n%s", got, want)
	}
}

func TestDiff(t *testing.T) {
	s := NewSet()
	for _, arg := range []string{"x", "y", "z"} {
		s.Add(wrap(src, arg, "Mask"))
	}
	got, err := s.Diff("f.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// x and y are 10 lines apart: two hunks; y and z share one.
	want := `--- a/f.go
+++ b/f.go
@@ -1,7 +1,7 @@
 package p
 
 func a() {
-	send(x)
+	send(Mask(x))
 }
 
 func b() {}
@@ -11,6 +11,6 @@
 func d() {}
 
 func e() {
-	send(y)
-	send(z)
+	send(Mask(y))
+	send(Mask(z))
 }
`
	if got != want {
		t.Errorf("Diff:\n%s\nwant\n%s", got, want)
	}
}

func TestDiffNoFinalNewline(t *testing.T) {
	src := "package p\nvar v = f(x)"
	s := NewSet()
	s.Add(wrap(src, "x", "M"))
	got, err := s.Diff("f.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "--- a/f.go\n+++ b/f.go\n@@ -1,2 +1,2 @@\n package p\n-var v = f(x)\n\\ No newline at end of file\n+var v = f(M(x))\n\\ No newline at end of file\n"
	if got != want {
		t.Errorf("Diff:\n%q\nwant\n%q", got, want)
	}
}

// TestRewrite: changes given as a file's new text are shown as the
// lines that differ, with a change in the number of lines as lines
// added or removed.
func TestRewrite(t *testing.T) {
	for _, tc := range []struct{ name, old, new, want string }{
		{"realigned", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n", "a\nB\nC\nd\ne\nf\ng\nh\ni\nj\nk\nL\n",
			"--- a/f.go\n+++ b/f.go\n@@ -1,6 +1,6 @@\n a\n-b\n-c\n+B\n+C\n d\n e\n f\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n"},
		{"lines added", "a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nX\nY\ne\nf\ng\nh\n",
			"--- a/f.go\n+++ b/f.go\n@@ -2,6 +2,8 @@\n b\n c\n d\n+X\n+Y\n e\n f\n g\n"},
		{"lines added at the end", "a\nb\n", "a\nb\nc\n",
			"--- a/f.go\n+++ b/f.go\n@@ -1,2 +1,3 @@\n a\n b\n+c\n"},
		{"lines removed", "a\nb\nc\nd\n", "a\nd\n",
			"--- a/f.go\n+++ b/f.go\n@@ -1,4 +1,2 @@\n a\n-b\n-c\n d\n"},
		{"unchanged", "a\n", "a\n", ""},
	} {
		s := Rewrite("f.go", []byte(tc.old), []byte(tc.new))
		got, err := s.Diff("f.go", []byte(tc.old))
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("%s: got:\n%s\nwant:\n%s", tc.name, got, tc.want)
		}
		if applied, err := s.Apply("f.go", []byte(tc.old)); err != nil || string(applied) != tc.new {
			t.Errorf("%s: Apply = %q, %v; want %q", tc.name, applied, err, tc.new)
		}
	}
}

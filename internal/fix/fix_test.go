package fix

import (
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/report"
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

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const annotateSrc = `package shop

type Customer struct {
	ID    string ` + "`json:\"id\"`" + `
	Email string ` + "`json:\"email\"`" + `
	Phone string
	Notes string
}

type Product struct {
	Name string
}
`

const annotateWant = `package shop

type Customer struct {
	ID    string ` + "`json:\"id\"`" + `
	Email string ` + "`json:\"email\" privet:\"pii\"`" + `
	Phone string ` + "`privet:\"pii\"`" + `
	Notes string
}

type Product struct {
	Name string
}
`

const annotateDiffWant = `--- a/models.go
+++ b/models.go
@@ -2,8 +2,8 @@
 
 type Customer struct {
 	ID    string ` + "`json:\"id\"`" + `
-	Email string ` + "`json:\"email\"`" + `
-	Phone string
+	Email string ` + "`json:\"email\" privet:\"pii\"`" + `
+	Phone string ` + "`privet:\"pii\"`" + `
 	Notes string
 }
 
`

// TestAnnotate runs privet annotate on a small module: a diff without
// -w, the tags written with -w, nothing left to do afterwards.
func TestAnnotate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/shop\n\ngo 1.26\n")
	write("models.go", annotateSrc)
	t.Chdir(dir)

	var stdout, stderr bytes.Buffer
	if code := annotate(nil, &stdout, &stderr); code != 0 {
		t.Fatalf("annotate: exit %d\n%s", code, stderr.String())
	}
	if got := stdout.String(); got != annotateDiffWant {
		t.Errorf("diff:\n%s\nwant:\n%s", got, annotateDiffWant)
	}
	if !strings.Contains(stderr.String(), "2 fields in 1 files would be tagged") {
		t.Errorf("stderr: %s", stderr.String())
	}
	if src, _ := os.ReadFile("models.go"); string(src) != annotateSrc {
		t.Errorf("dry run changed the file:\n%s", src)
	}

	stdout.Reset()
	stderr.Reset()
	if code := annotate([]string{"-w", "./..."}, &stdout, &stderr); code != 0 {
		t.Fatalf("annotate -w: exit %d\n%s", code, stderr.String())
	}
	if src, _ := os.ReadFile("models.go"); string(src) != annotateWant {
		t.Errorf("annotate -w wrote:\n%s\nwant:\n%s", src, annotateWant)
	}

	stdout.Reset()
	stderr.Reset()
	if code := annotate(nil, &stdout, &stderr); code != 0 || stdout.Len() != 0 {
		t.Errorf("second run: exit %d, output %q", code, stdout.String())
	}
}

// TestAnnotateFromFindings: with -from-findings only the fields that
// reach a sink are tagged — here Lead.Phone, posted to a webhook — and
// not Lead.Email, which stays in the process.
func TestAnnotateFromFindings(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/crm\n\ngo 1.26\n")
	write("crm.go", `package crm

import (
	"net/http"
	"strings"
)

type Lead struct {
	Email string
	Phone string
}

func Notify(l *Lead) {
	http.Post("https://hooks.example.com/in", "text/plain", strings.NewReader(l.Phone))
}

func Greeting(l *Lead) string { return "Hello " + l.Email }
`)
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := annotate([]string{"-from-findings", "-list"}, &stdout, &stderr); code != 0 {
		t.Fatalf("annotate -from-findings: exit %d\n%s", code, stderr.String())
	}
	want := `crm.go:10:2: field Lead.Phone looks like pii (name "Phone") but is not marked; add privet:"pii" or privet:"-"` + "\n"
	if got := stdout.String(); got != want {
		t.Errorf("annotate -from-findings -list:\n%s\nwant:\n%s\nstderr:\n%s", got, want, stderr.String())
	}
}

// TestAnnotateFromFindingsManySources: a call that four provisional
// sources reach is one report whose message names three of them; all
// four are tagged (they are read from the trace), and the field that
// stays in the process is not.
func TestAnnotateFromFindingsManySources(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/crm\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := `package crm

import (
	"net/http"
	"strings"
)

type Lead struct {
	Email     string
	Phone     string
	FirstName string
	LastName  string
	Address   string
}

func Notify(l *Lead) {
	body := l.Email + l.Phone + l.FirstName + l.LastName
	http.Post("https://hooks.example.com/in", "text/plain", strings.NewReader(body))
}

func Label(l *Lead) string { return l.Address }
`
	if err := os.WriteFile(filepath.Join(dir, "crm.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	if code := annotate([]string{"-from-findings", "-list"}, &stdout, &stderr); code != 0 {
		t.Fatalf("annotate -from-findings: exit %d\n%s", code, stderr.String())
	}
	for _, field := range []string{"Lead.Email", "Lead.Phone", "Lead.FirstName", "Lead.LastName"} {
		if !strings.Contains(stdout.String(), "field "+field+" looks like") {
			t.Errorf("%s not listed:\n%s", field, stdout.String())
		}
	}
	if strings.Contains(stdout.String(), "Lead.Address") {
		t.Errorf("Lead.Address, which reaches no sink, listed:\n%s", stdout.String())
	}
}

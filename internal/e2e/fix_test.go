package e2e

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// leakyMain calls the example's Leaky summarizer, the one the sanitizer
// fix changes, and prints the model's answer.
const leakyMain = `package main

import (
	"context"
	"fmt"
	"log"

	"example.com/support/customer"
	"example.com/support/summarize"
)

func main() {
	out, err := summarize.New().Leaky(context.Background(), customer.Lookup("T-1"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(out)
}
`

// TestFixedExampleRuns applies privet -fix to a copy of the example and
// runs the fixed Leaky against a fake OpenAI API on the loopback: the
// prompt the model receives still holds the ticket text, with the email
// address masked (the fix wraps the read of t.Customer.Email, not the
// prompt built from it).
func TestFixedExampleRuns(t *testing.T) {
	root, bin := setup(t)
	dir := t.TempDir()
	if err := CopyDir(dir, filepath.Join(root, "testdata", "example"), "vet.golden"); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "cmd", "leaky"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "cmd", "leaky", "main.go"), []byte(leakyMain), 0o644); err != nil {
		t.Fatal(err)
	}

	fix := exec.CommandContext(t.Context(), bin, "-fix", "./...")
	fix.Dir, fix.Env = dir, GoEnv()
	out, err := fix.CombinedOutput()
	t.Logf("privet -fix ./...: %v\n%s", err, out)
	if err != nil {
		t.Fatalf("privet -fix left findings or failed: %v", err)
	}
	src, err := os.ReadFile(filepath.Join(dir, "summarize", "summarize.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"p := prompt.Summary(t.Subject, t.Body, privacy.MaskEmail(t.Customer.Email))",
		"return s.complete(ctx, p)",
	} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("fixed summarize.go lacks %q:\n%s", want, src)
		}
	}

	var mu sync.Mutex
	var prompts []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var req struct {
			Messages []struct {
				Content any `json:"content"`
			} `json:"messages"`
		}
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		for _, m := range req.Messages {
			if s, ok := m.Content.(string); ok {
				prompts = append(prompts, s)
			}
		}
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"summary ok"}}]}`)
	}))
	defer api.Close()

	run := exec.CommandContext(t.Context(), "go", "run", "./cmd/leaky")
	run.Dir = dir
	run.Env = append(GoEnv(), "OPENAI_BASE_URL="+api.URL+"/v1", "OPENAI_API_KEY=test")
	out, err = run.CombinedOutput()
	if err != nil {
		t.Fatalf("go run ./cmd/leaky on the fixed example: %v\n%s", err, out)
	}
	if strings.TrimSpace(string(out)) != "summary ok" {
		t.Errorf("fixed example printed %q, want the model's answer", out)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(prompts) != 1 {
		t.Fatalf("the fake API saw %d prompts, want 1: %q", len(prompts), prompts)
	}
	p := prompts[0]
	for _, want := range []string{"Subject: Cannot export invoices", "Contact: a***@example.com", "The export button does nothing since yesterday."} {
		if !strings.Contains(p, want) {
			t.Errorf("prompt after the fix lacks %q:\n%s", want, p)
		}
	}
	if strings.Contains(p, "ada@example.com") {
		t.Errorf("prompt after the fix still holds the address:\n%s", p)
	}
}

package golangci

import (
	"go/parser"
	"go/token"
	"golang.org/x/tools/go/analysis"
	"slices"
	"testing"
)

func TestCoversPrivet(t *testing.T) {
	for text, want := range map[string]bool{
		"//nolint":                          true,
		"//nolint // reviewed":              true,
		"// nolint:all":                     true,
		"//nolint:privet":                   true,
		"//nolint:errcheck,Privet // SEC-1": true,
		"//nolint:errcheck, all":            true,
		"//nolint:errcheck":                 false,
		"//nolint:errcheck // privet":       false,
		"//nolintx":                         false,
		"// a nolint comment":               false,
		"//privet:ignore reviewed":          false,
	} {
		if got := coversPrivet(text); got != want {
			t.Errorf("coversPrivet(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestNolintRanges checks the lines golangci-lint's //nolint rules cover:
// the directive's own lines, and a whole node starting on the next line in
// the directive's column.
func TestNolintRanges(t *testing.T) {
	const src = `package p

func a() {
	send() //nolint:privet // line 4 only
	send()
	//nolint:privet // covers the if statement, lines 7-10
	if true {
		send()
		send()
	}
	send()
}

//nolint:privet // covers the function, lines 14-17
func b() {
	send()
}

	//nolint:errcheck // not privet
func c() { send() }

func send() {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var covered []int
	for line := 1; line <= 22; line++ {
		for _, r := range nolintRanges(fset, f) {
			if r.from <= line && line <= r.to {
				covered = append(covered, line)
				break
			}
		}
	}
	if want := []int{4, 6, 7, 8, 9, 10, 14, 15, 16, 17}; !slices.Equal(covered, want) {
		t.Errorf("covered lines %v, want %v", covered, want)
	}
}

func TestFoldPath(t *testing.T) {
	rel := func(msgs ...string) []analysis.RelatedInformation {
		var out []analysis.RelatedInformation
		for _, m := range msgs {
			out = append(out, analysis.RelatedInformation{Message: m})
		}
		return out
	}
	for _, c := range []struct {
		related []string
		want    string
	}{
		{[]string{"read Customer.Email", "through prompt.Summary", "passed to summarize.Summarizer.complete",
			"through openai.UserMessage", "stored in ChatCompletionNewParams.Messages", "argument 1 of openai Chat.Completions.New"},
			"prompt.Summary → Summarizer.complete → openai.UserMessage"},
		{[]string{"read Customer.Email", "passed to notify.Send", "through strings.NewReader (example.com/support/notify/notify.go:11:76)",
			"argument 2 of http.Post (example.com/support/notify/notify.go:11:15)"},
			"notify.Send → strings.NewReader"},
		{[]string{"read Customer.Email", "argument 0 of summarize.Ask"}, ""},
	} {
		if got := foldPath("summarize", rel(c.related...)); got != c.want {
			t.Errorf("foldPath(%q) = %q, want %q", c.related, got, c.want)
		}
	}
}

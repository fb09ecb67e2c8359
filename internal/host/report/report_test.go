package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/host/explain"
	"github.com/privetlint/privet/passes/sinks"
)

func TestUTF16Columns(t *testing.T) {
	c := &columns{
		read:  func(string) ([]byte, error) { return []byte("x\ns := \"é😀\" + v\n"), nil },
		lines: map[string][][]byte{},
	}
	// v is at byte column 18 of line 2: é is 2 bytes (1 unit), 😀 4 bytes (2 units).
	if got := c.utf16("f.go", 2, 18); got != 15 {
		t.Errorf("utf16 column = %d, want 15", got)
	}
	if got := c.utf16("f.go", 9, 3); got != 3 {
		t.Errorf("column past the end = %d, want it unchanged", got)
	}
}

func TestEmptyReport(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, &Report{}); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"version\": 1,\n  \"findings\": [],\n  \"errors\": [],\n  \"notes\": []\n}\n"; buf.String() != want {
		t.Errorf("JSON of an empty report:\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	r := &Report{Errors: []Error{{Package: "p", Message: "boom"}}, Notes: []string{"bound reached in p.F: budget: ..."}}
	if err := SARIF(&buf, r, Tool{Name: "privet"}, nil); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Results     []any
			Invocations []struct {
				ExecutionSuccessful        bool
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	inv := log.Runs[0].Invocations[0]
	if log.Runs[0].Results == nil || inv.ExecutionSuccessful || len(inv.ToolExecutionNotifications) != 2 ||
		inv.ToolExecutionNotifications[0].Message.Text != "p: boom" ||
		inv.ToolExecutionNotifications[1].Level != "note" || inv.ToolExecutionNotifications[1].Message.Text != "bound reached in p.F: budget: ..." {
		t.Errorf("SARIF of a failed run: %s", buf.Bytes())
	}
}

func TestSortAndText(t *testing.T) {
	r := &Report{Findings: []*Finding{
		{Location: Location{"b.go", 1, 1}, Message: "m3"},
		{Location: Location{"a.go", 10, 1}, Message: "m2", Trace: []Step{{Location{"c.go", 3, 4}, "read X"}}},
		{Location: Location{"a.go", 9, 5}, Message: "m1"},
	}}
	r.Sort()
	var buf bytes.Buffer
	Text(&buf, r, true)
	want := "a.go:9:5: m1\na.go:10:1: m2\nc.go:3:4: \tread X\nb.go:1:1: m3\n"
	if buf.String() != want {
		t.Errorf("Text:\n%s\nwant\n%s", buf.String(), want)
	}
}

func TestURIPath(t *testing.T) {
	if got := uriPath("dir/my file%.go"); got != "dir/my%20file%25.go" {
		t.Errorf("uriPath = %q", got)
	}
	if strings.Contains(uriPath("../x/y.go"), "%") {
		t.Error("uriPath escaped a plain relative path")
	}
}

// TestSARIFRuleForEveryKind checks that every built-in sink kind has its
// rule, with the help of its privet explain page, even in a report that
// has no finding of that kind; a custom kind gets a rule of its own.
func TestSARIFRuleForEveryKind(t *testing.T) {
	r := &Report{Findings: []*Finding{{Category: "billing", Location: Location{"a.go", 1, 1}, Fingerprint: "f"}}}
	rules, index := sarifRules(r, "")
	for _, info := range sinks.Kinds {
		id := string(info.Kind)
		i, ok := index[id]
		if !ok {
			t.Errorf("no SARIF rule for sink kind %s", id)
			continue
		}
		d, ok := explain.Lookup(id)
		if !ok {
			t.Errorf("sink kind %s has no privet explain page", id)
			continue
		}
		if rule := rules[i]; rule.ID != id || rule.Help.Text != d.String() || rule.Help.Markdown != d.Markdown() || rule.ShortDescription.Text != d.Title {
			t.Errorf("rule %s: %+v, want the help of privet explain %s", id, rule, id)
		}
	}
	if i, ok := index["billing"]; !ok || i != len(rules)-1 || !strings.Contains(rules[i].FullDescription.Text, `"billing"`) {
		t.Errorf("custom kind billing: index %d, %v; rules %d", i, ok, len(rules))
	}
}

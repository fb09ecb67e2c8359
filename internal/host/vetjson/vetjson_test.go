package vetjson

import (
	"strings"
	"testing"
)

func TestPackage(t *testing.T) {
	for id, want := range map[string]string{
		"example.com/m/a":                             "example.com/m/a",
		"example.com/m/a [example.com/m/a.test]":      "example.com/m/a",
		"example.com/m/a_test [example.com/m/a.test]": "example.com/m/a",
		"example.com/m/a_test":                        "example.com/m/a_test",
	} {
		if got := Package(id); got != want {
			t.Errorf("Package(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestReadAll: a unit printed twice (privet's statistics, then the
// diagnostics) is merged; an analyzer's error is told apart from its
// diagnostics.
func TestReadAll(t *testing.T) {
	const out = `{"a": {"privetstats": {"route": "analysed"}}}
{
	"a": {"privet": [{"posn": "/m/a.go:3:4", "message": "leak", "related": [{"posn": "/m/a.go:2:1", "message": "read"}]}]}
}
{"b": {"privet": {"error": "boom"}}}
`
	units, err := ReadAll(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(units["a"]) != 2 {
		t.Fatalf("unit a has %d entries, want 2: %v", len(units["a"]), units["a"])
	}
	diags, msg, err := Entry(units["a"]["privet"])
	if err != nil || msg != "" || len(diags) != 1 || diags[0].Posn != "/m/a.go:3:4" || len(diags[0].Related) != 1 {
		t.Errorf("a: %v %q %v", diags, msg, err)
	}
	if diags, msg, err := Entry(units["b"]["privet"]); err != nil || msg != "boom" || diags != nil {
		t.Errorf("b: %v %q %v", diags, msg, err)
	}
	if _, _, err := Entry([]byte(`{"route": "x"}`)); err == nil {
		t.Error("an entry that is neither diagnostics nor an error decoded")
	}
	if _, err := ReadAll(strings.NewReader(`{"a": `)); err == nil {
		t.Error("a truncated stream decoded")
	}
}

func TestSplitPosn(t *testing.T) {
	if f, l, c, ok := SplitPosn("/m/a:b.go:12:3"); !ok || f != "/m/a:b.go" || l != 12 || c != 3 {
		t.Errorf("SplitPosn = %q %d %d %v", f, l, c, ok)
	}
	// After a //line directive without a column, go vet writes
	// "file:line": the column is unknown, 0.
	if f, l, c, ok := SplitPosn("/m/a.tmpl:100"); !ok || f != "/m/a.tmpl" || l != 100 || c != 0 {
		t.Errorf("SplitPosn(file:line) = %q %d %d %v", f, l, c, ok)
	}
	for _, bad := range []string{"", "a.go", ":12", "a.go:x:3", "a.go:-1"} {
		if _, _, _, ok := SplitPosn(bad); ok {
			t.Errorf("SplitPosn(%q) ok", bad)
		}
	}
}

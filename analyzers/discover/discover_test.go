package discover_test

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/txtar"

	"github.com/privetlint/privet/analyzers/discover"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

var update = flag.Bool("update", false, "rewrite the .golden files from the analyzer's fixes (review the diff)")

func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFixes checks reports and both fixes (add the category; mark
// reviewed) against basic.go.golden: tags added, merged into raw and
// interpreted tag literals, opt-outs and annotated fields left alone,
// the generated file skipped.
func TestFixes(t *testing.T) {
	if *update {
		writeGolden(t, analysistest.Run(t, testdata(t), discover.Analyzer, "discover/basic"))
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), discover.Analyzer, "discover/basic")
}

// TestPolicy: fields covered by source rules (by type and field, by tag)
// and fields in discover.ignore are not reported; min_confidence: high
// drops medium findings.
func TestPolicy(t *testing.T) {
	if *update {
		writeGolden(t, analysistest.Run(t, testdata(t), discover.Analyzer, "discover/policy"))
	}
	analysistest.RunWithSuggestedFixes(t, testdata(t), discover.Analyzer, "discover/policy")
}

// TestInterfaceSinks: a method that sends its arguments and implements
// an unmarked interface method of an imported package is reported; one
// implementing a marked method, one that does not send, and one under
// //privet:ignore are not.
func TestInterfaceSinks(t *testing.T) {
	analysistest.Run(t, testdata(t), discover.Analyzer, "discover/iface/hosted", "discover/iface/mixed")
}

// TestFreeText: free text customers write or receive (a message's
// content, subject and correspondents, a document's title and content)
// is reported on conversation and document structs only.
func TestFreeText(t *testing.T) {
	// The package declares no source, so provisional sources are on and
	// the fields are reported only with -all_fields (see TestAllFields).
	analysistest.Run(t, testdata(t), allFields, "discover/freetext")
}

// TestOwnKeys: the service's own keys (a client of an API holding the
// API's URL, a constructor's options) are not reported; a customer's key
// is.
func TestOwnKeys(t *testing.T) {
	analysistest.Run(t, testdata(t), allFields, "discover/ownkey")
}

// allFields is privetdiscover with -all_fields.
var allFields = discover.NewWith(config.Analyzer, annotations.Analyzer, sinks.Analyzer, taint.Analyzer, &discover.Settings{AllFields: true})

// TestAllFields: in a package that declares no source, provisional
// sources are on and the unmarked fields are not reported where declared
// (they are leaks where they reach a sink) — unless -all_fields.
func TestAllFields(t *testing.T) {
	var r recorder
	analysistest.Run(&r, testdata(t), discover.Analyzer, "discover/freetext")
	// Every want of the package is a field report, so each must be
	// missing, and nothing else may go wrong.
	for _, e := range r.errs {
		if !strings.Contains(e, "no diagnostic was reported matching `field ") {
			t.Errorf("unexpected: %s", e)
		}
	}
	if len(r.errs) == 0 {
		t.Error("the fields of a package with provisional sources on were reported without all_fields")
	}
}

// recorder collects the errors analysistest would report.
type recorder struct{ errs []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

// TestThirdParty: a field holding another module's user or post type
// gets the sources: rule that would mark it.
func TestThirdParty(t *testing.T) {
	analysistest.Run(t, testdata(t), discover.Analyzer, "discover/thirdparty")
}

// TestDisabled: discover.enabled: false reports nothing.
func TestDisabled(t *testing.T) {
	analysistest.Run(t, testdata(t), discover.Analyzer, "discover/disabled")
}

// writeGolden applies the fixes of each message to the files they edit
// and writes one txtar section per message, the form RunWithSuggestedFixes
// reads when diagnostics offer several fixes.
func writeGolden(t *testing.T, results []*analysistest.Result) {
	type edit struct {
		start, end int
		text       string
	}
	byFile := map[string]map[string][]edit{} // file -> message -> edits
	for _, r := range results {
		fset := r.Pass.Fset
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, e := range fix.TextEdits {
					f := fset.File(e.Pos)
					name := f.Name()
					if byFile[name] == nil {
						byFile[name] = map[string][]edit{}
					}
					ed := edit{f.Offset(e.Pos), f.Offset(e.End), string(e.NewText)}
					if !slices.Contains(byFile[name][fix.Message], ed) {
						byFile[name][fix.Message] = append(byFile[name][fix.Message], ed)
					}
				}
			}
		}
	}
	for name, byMsg := range byFile {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var ar txtar.Archive
		msgs := make([]string, 0, len(byMsg))
		for m := range byMsg {
			msgs = append(msgs, m)
		}
		sort.Strings(msgs)
		for _, m := range msgs {
			edits := byMsg[m]
			sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
			out := bytes.Clone(src)
			for _, e := range edits {
				out = append(out[:e.start:e.start], append([]byte(e.text), out[e.end:]...)...)
			}
			if formatted, err := format.Source(out); err == nil {
				out = formatted
			}
			ar.Files = append(ar.Files, txtar.File{Name: m, Data: out})
		}
		if err := os.WriteFile(name+".golden", txtar.Format(&ar), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

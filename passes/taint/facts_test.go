package taint_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/taint"
)

func TestSummaryRoundTrip(t *testing.T) {
	in := &taint.Summary{
		Flows: []taint.Flow{
			{From: taint.FromSource, To: taint.Target{Index: 0}, Source: "Customer.Email", Cats: category.Of("pii"), Trace: []taint.Step{{Where: "a/a.go:3:4", What: "read Customer.Email"}}},
			{From: 1, To: taint.Target{Pointee: true, Index: 0, Path: "/f1"}, Cats: category.Of("payment")},
			{From: taint.FromSource, To: taint.Target{Index: 0}, Source: "Customer", Cats: category.Of("pii"), Whole: "example.com/a.Customer"},
		},
		Ifaces: []taint.IfaceCall{
			{Pkg: "example.com/llm", Type: "Client", Method: "Complete", Arg: 1, From: 0, FromPath: "/(example.com:a.T)/f1", Trace: []taint.Step{{Where: "a/a.go:5:6", What: "passed to llm.Client.Complete (no implementation in scope)"}}},
			{Pkg: "example.com/llm", Type: "Client", Method: "Complete", Arg: 1, From: taint.FromSource, Source: "Ticket.ContactEmail", Cats: category.Of("pii")},
		},
		Sinks: []taint.SinkFlow{{Param: 0, Cleared: category.Of("pii"), Sink: taint.SinkRef{Kind: "ai", Family: "openai", Display: "openai Chat.Completions.New"}}},
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		t.Fatal(err)
	}
	out := new(taint.Summary)
	if err := gob.NewDecoder(bytes.NewReader(buf.Bytes())).Decode(out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip changed the summary:\n in: %#v\nout: %#v", in, out)
	}
	var again bytes.Buffer
	if err := gob.NewEncoder(&again).Encode(out); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("re-encoding a decoded summary gave other bytes")
	}
}

// TestFactsDeterministic analyses the same packages twice and compares
// the gob encoding of every fact.
func TestFactsDeterministic(t *testing.T) {
	encode := func() string {
		var out []string
		for _, r := range analysistest.Run(t, testdata(t), taint.Analyzer, "summaries") {
			for obj, facts := range r.Facts {
				for _, f := range facts {
					var buf bytes.Buffer
					if err := gob.NewEncoder(&buf).Encode(f); err != nil {
						t.Fatal(err)
					}
					out = append(out, fmt.Sprintf("%v=%x", obj, buf.Bytes()))
				}
			}
		}
		sort.Strings(out)
		return fmt.Sprint(out)
	}
	if a, b := encode(), encode(); a != b {
		t.Errorf("facts differ between runs:\n%s\n%s", a, b)
	}
}

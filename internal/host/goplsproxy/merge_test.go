package goplsproxy

import (
	"encoding/json"
	"testing"

	"github.com/privetlint/privet/internal/host/lsp"
)

// sent records what a merger publishes, as the client reads it.
type sent []string

func (s *sent) send(method string, params any) error {
	data, err := json.Marshal(params)
	*s = append(*s, method+" "+string(data))
	return err
}

func ver(v int32) *int32 { return &v }

var privetDiag = lsp.Diagnostic{Source: "privet", Code: "ai", Message: "leak", Range: lsp.Range{Start: lsp.Position{Line: 3}}}

// TestMergeEitherOrder checks that each publication holds both sides'
// last diagnostics whichever side publishes first, gopls's as gopls
// wrote them (fields privet does not model included), with the newer
// version of the two.
func TestMergeEitherOrder(t *testing.T) {
	const uri = "file:///m/a.go"
	const goplsDiags = `[{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":1}},"severity":1,"source":"compiler","message":"declared and not used: x","tags":[1],"data":{"k":"v"}}]`
	const goplsMerged = `{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":1}},"severity":1,"source":"compiler","message":"declared and not used: x","tags":[1],"data":{"k":"v"}}`
	const privetMerged = `{"range":{"start":{"line":3,"character":0},"end":{"line":0,"character":0}},"code":"ai","source":"privet","message":"leak"}`
	cases := []struct {
		name  string
		steps []func(m *merger)
		want  []string
	}{
		{"gopls first", []func(m *merger){
			func(m *merger) {
				m.fromGopls(json.RawMessage(`{"uri":"` + uri + `","version":4,"diagnostics":` + goplsDiags + `}`))
			},
			func(m *merger) {
				m.fromPrivet(lsp.PublishDiagnosticsParams{URI: uri, Version: ver(3), Diagnostics: []lsp.Diagnostic{privetDiag}})
			},
		}, []string{
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":4,"diagnostics":[` + goplsMerged + `]}`,
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":4,"diagnostics":[` + goplsMerged + `,` + privetMerged + `]}`,
		}},
		{"privet first", []func(m *merger){
			func(m *merger) {
				m.fromPrivet(lsp.PublishDiagnosticsParams{URI: uri, Version: ver(5), Diagnostics: []lsp.Diagnostic{privetDiag}})
			},
			func(m *merger) {
				m.fromGopls(json.RawMessage(`{"uri":"` + uri + `","version":4,"diagnostics":` + goplsDiags + `}`))
			},
			// gopls clears its diagnostics; privet's stay.
			func(m *merger) { m.fromGopls(json.RawMessage(`{"uri":"` + uri + `","version":6,"diagnostics":[]}`)) },
			// privet clears its; nothing is left.
			func(m *merger) { m.fromPrivet(lsp.PublishDiagnosticsParams{URI: uri, Diagnostics: []lsp.Diagnostic{}}) },
		}, []string{
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":5,"diagnostics":[` + privetMerged + `]}`,
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":5,"diagnostics":[` + goplsMerged + `,` + privetMerged + `]}`,
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":6,"diagnostics":[` + privetMerged + `]}`,
			`textDocument/publishDiagnostics {"uri":"` + uri + `","version":6,"diagnostics":[]}`,
		}},
		{"a file on disk", []func(m *merger){
			func(m *merger) {
				m.fromPrivet(lsp.PublishDiagnosticsParams{URI: uri, Diagnostics: []lsp.Diagnostic{privetDiag}})
			},
		}, []string{
			`textDocument/publishDiagnostics {"uri":"` + uri + `","diagnostics":[` + privetMerged + `]}`,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got sent
			m := newMerger(got.send)
			for _, step := range tc.steps {
				step(m)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("published %d times, want %d:\n%s", len(got), len(tc.want), got)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("publication %d:\n got %s\nwant %s", i+1, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestMergeURISpelling checks that the two sides' URIs for one file
// meet although spelt differently, and that gopls's spelling is sent.
func TestMergeURISpelling(t *testing.T) {
	var got sent
	m := newMerger(got.send)
	m.fromPrivet(lsp.PublishDiagnosticsParams{URI: "file:///m/a%20b.go", Diagnostics: []lsp.Diagnostic{privetDiag}})
	m.fromGopls(json.RawMessage(`{"uri":"file:///m/a b.go","diagnostics":[]}`))
	if len(got) != 2 || got[1] != `textDocument/publishDiagnostics {"uri":"file:///m/a b.go","diagnostics":[{"range":{"start":{"line":3,"character":0},"end":{"line":0,"character":0}},"code":"ai","source":"privet","message":"leak"}]}` {
		t.Errorf("publications:\n%s", got)
	}
	if m.fromGopls(json.RawMessage(`{"diagnostics":[]}`)) || m.fromGopls(json.RawMessage(`[1]`)) {
		t.Errorf("params without a uri were taken")
	}
}

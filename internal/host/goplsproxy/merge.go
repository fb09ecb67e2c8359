package goplsproxy

import (
	"encoding/json"
	"sync"

	"github.com/privetlint/privet/internal/host/lsp"
)

// merger holds, per file, the diagnostics each side published last and
// publishes their union whenever one side changes: a publication
// replaces all of a file's diagnostics in the client, so neither side
// may publish alone.
//
// The version of a union is the newer of the two sides' versions (the
// version of the open document each computed on; none for a file on
// disk). A client that drops a publication for another version than its
// document's (Helix does) then drops the union only when both sides are
// behind, as it would drop each side's own; gopls publishes only when
// its diagnostics change, so privet's newer version must not be held
// back by gopls's older one.
type merger struct {
	mu    sync.Mutex // also orders the publications of a file
	send  func(method string, params any) error
	files map[string]*fileDiags // by file name (URIs may be spelt differently)
}

type fileDiags struct {
	uri           lsp.DocumentURI
	gopls         []json.RawMessage // as gopls wrote them
	privet        []lsp.Diagnostic
	goplsVersion  *int32
	privetVersion *int32
}

// publication is textDocument/publishDiagnostics with gopls's
// diagnostics kept as they were written.
type publication struct {
	URI         lsp.DocumentURI   `json:"uri"`
	Version     *int32            `json:"version,omitempty"`
	Diagnostics []json.RawMessage `json:"diagnostics"`
}

func newMerger(send func(method string, params any) error) *merger {
	return &merger{send: send, files: map[string]*fileDiags{}}
}

// key names a file whatever the URI's spelling (escapes, drive letter
// case); URIs that name no file are their own key.
func key(uri lsp.DocumentURI) string {
	if path := lsp.URIToPath(uri); path != "" {
		return path
	}
	return string(uri)
}

func (m *merger) file(uri lsp.DocumentURI) *fileDiags {
	k := key(uri)
	f := m.files[k]
	if f == nil {
		f = &fileDiags{uri: uri}
		m.files[k] = f
	}
	return f
}

// fromGopls takes gopls's publishDiagnostics params and publishes the
// union. It reports false for params it cannot read (the caller
// forwards them as they are).
func (m *merger) fromGopls(params json.RawMessage) bool {
	var p struct {
		URI         lsp.DocumentURI   `json:"uri"`
		Version     *int32            `json:"version"`
		Diagnostics []json.RawMessage `json:"diagnostics"`
	}
	if json.Unmarshal(params, &p) != nil || p.URI == "" {
		return false
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.file(p.URI)
	f.uri = p.URI // gopls's spelling: the one the client knows from it
	f.gopls, f.goplsVersion = p.Diagnostics, p.Version
	m.publishLocked(f)
	return true
}

// fromPrivet takes privet's diagnostics of a file and publishes the
// union.
func (m *merger) fromPrivet(p lsp.PublishDiagnosticsParams) {
	m.mu.Lock()
	defer m.mu.Unlock()
	f := m.file(p.URI)
	f.privet, f.privetVersion = p.Diagnostics, p.Version
	m.publishLocked(f)
}

func (m *merger) publishLocked(f *fileDiags) {
	out := publication{URI: f.uri, Version: newer(f.goplsVersion, f.privetVersion), Diagnostics: make([]json.RawMessage, 0, len(f.gopls)+len(f.privet))}
	out.Diagnostics = append(out.Diagnostics, f.gopls...)
	for _, d := range f.privet {
		data, err := json.Marshal(d)
		if err == nil {
			out.Diagnostics = append(out.Diagnostics, data)
		}
	}
	if len(f.gopls) == 0 && len(f.privet) == 0 {
		delete(m.files, key(f.uri)) // nothing to remember
	}
	m.send("textDocument/publishDiagnostics", out)
}

func newer(a, b *int32) *int32 {
	switch {
	case a == nil:
		return b
	case b == nil || *a >= *b:
		return a
	default:
		return b
	}
}

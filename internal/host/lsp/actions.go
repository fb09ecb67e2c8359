package lsp

import (
	"bytes"
	"os"
	"slices"

	"github.com/privetlint/privet/passes/annotations"
)

// IgnorePlaceholder is the reason the suppress action writes; the
// directive needs one, and the user is expected to replace it: privet
// reports a directive that still holds it.
const IgnorePlaceholder = annotations.IgnorePlaceholder

// codeActions answers textDocument/codeAction: for each finding at the
// range, or named in the request's context.diagnostics whatever the
// range (Neovim, lsp-mode and eglot send the line's diagnostics with
// the cursor at column 0, before the diagnostic's range), its suggested
// fixes (wrap the read of the source in a sanitizer; add a
// privet tag) and, for a leak, "suppress with //privet:ignore". Findings
// computed for another version of the document than the one open offer
// nothing: their edits would land in the wrong place.
func (s *Server) codeActions(p *CodeActionParams) []CodeAction {
	path := URIToPath(p.TextDocument.URI)
	if path == "" {
		return []CodeAction{}
	}
	if len(p.Context.Only) > 0 && !slices.ContainsFunc(p.Context.Only, func(k string) bool {
		return k == CodeActionQuickFix || k == "quickfix.privet"
	}) {
		return []CodeAction{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	doc := s.docs[path]
	var text []byte
	if doc != nil {
		text = doc.text
	} else {
		text, _ = os.ReadFile(path)
	}
	actions := []CodeAction{}
	for _, f := range dedupe(s.fileFindingsLocked()[path]) {
		if !overlaps(f.diag.Range, p.Range) && !inContext(f.diag, p.Context.Diagnostics) || s.staleLocked(f, doc) {
			continue
		}
		for i, fx := range f.fixes {
			actions = append(actions, CodeAction{
				Title:       fx.title,
				Kind:        CodeActionQuickFix,
				Diagnostics: []Diagnostic{f.diag},
				IsPreferred: i == 0 && f.analyzer == "privet",
				Edit:        s.workspaceEditLocked(fx.edits),
			})
		}
		if f.leak() {
			line := int(f.diag.Range.Start.Line)
			indent := leadingSpace(newContent(text).lineBytes(line))
			edit := TextEdit{
				Range:   Range{Position{Line: uint32(line)}, Position{Line: uint32(line)}},
				NewText: string(indent) + "//privet:ignore " + IgnorePlaceholder + "\n",
			}
			actions = append(actions, CodeAction{
				Title:       "Suppress with //privet:ignore",
				Kind:        CodeActionQuickFix,
				Diagnostics: []Diagnostic{f.diag},
				Edit:        s.workspaceEditLocked(map[string][]TextEdit{path: {edit}}),
			})
		}
	}
	return actions
}

// staleLocked reports whether a finding's positions no longer fit the
// open document.
func (s *Server) staleLocked(f *finding, doc *document) bool {
	if doc == nil {
		return false
	}
	if f.version != nil {
		return *f.version != doc.version
	}
	// Analysed from disk; the buffer must still hold the same text.
	disk, err := os.ReadFile(f.file)
	return err != nil || !bytes.Equal(disk, doc.text)
}

// workspaceEditLocked builds the edit of a code action: versioned
// documentChanges when the client supports them (so a client rejects an
// edit for a document that changed meanwhile), else changes.
func (s *Server) workspaceEditLocked(edits map[string][]TextEdit) *WorkspaceEdit {
	files := make([]string, 0, len(edits))
	for f := range edits {
		files = append(files, f)
	}
	slices.Sort(files)
	we := &WorkspaceEdit{}
	for _, file := range files {
		uri := PathToURI(file)
		if !s.docChanges {
			if we.Changes == nil {
				we.Changes = map[DocumentURI][]TextEdit{}
			}
			we.Changes[uri] = edits[file]
			continue
		}
		id := OptionalVersionedTextDocumentIdentifier{URI: uri}
		if d := s.docs[file]; d != nil {
			v := d.version
			id.Version = &v
		}
		we.DocumentChanges = append(we.DocumentChanges, TextDocumentEdit{TextDocument: id, Edits: edits[file]})
	}
	return we
}

// inContext reports whether the client named the diagnostic in a code
// action request's context: the same range and message (clients send
// back what they were published, perhaps without the other fields).
func inContext(d Diagnostic, ctx []Diagnostic) bool {
	return slices.ContainsFunc(ctx, func(c Diagnostic) bool {
		return c.Range == d.Range && c.Message == d.Message && (c.Source == "" || c.Source == d.Source)
	})
}

// overlaps reports whether two ranges intersect (an empty request range
// at the cursor counts when it touches the diagnostic).
func overlaps(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

func before(p, q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

func leadingSpace(line []byte) []byte {
	return line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
}

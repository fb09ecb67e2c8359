package lsp

import (
	"cmp"
	"encoding/json"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/privetlint/privet/internal/host/vetjson"
)

// finding is a diagnostic as published, with what code actions need.
type finding struct {
	file     string
	analyzer string // "privet", "privetdiscover"
	category string // the analyzer's category: a sink kind, "annotation", "policy", or a data category
	diag     Diagnostic
	version  *int32 // version of the open document the positions refer to; nil: the file on disk
	fixes    []fix
}

// fix is one suggested fix converted to LSP edits.
type fix struct {
	title string
	edits map[string][]TextEdit // file -> edits
}

// leak reports whether a finding is one //privet:ignore can suppress: a
// flow into a sink or a read an access rule forbids, not a flow the
// policy denies (which no suppression lifts) or malformed input.
func (f *finding) leak() bool {
	switch f.category {
	case "annotation", "policy", "deny":
		return false
	}
	return f.analyzer == "privet" && isGoFile(f.file)
}

// elsewhere matches the position a trace step inside another package
// carries in its message: "read User.Email (example.com/m/a/a.go:12:3)".
// (The same convention cmd/privet's converter reads.)
var elsewhere = regexp.MustCompile(`^(.*) \(([^\s()]+)/([^\s()/]+\.go):(\d+):(\d+)\)$`)

// convertUnit converts the diagnostics of one go vet unit.
func (s *Server) convertUnit(j *job, g *graph, analyzers map[string]json.RawMessage) []*finding {
	var out []*finding
	names := make([]string, 0, len(analyzers))
	for name := range analyzers {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		raw := analyzers[name]
		diags, errMsg, err := vetjson.Entry(raw)
		if errMsg != "" {
			s.logClient("%s: %s", name, errMsg)
		}
		if err != nil || errMsg != "" {
			continue
		}
		for _, d := range diags {
			if f := s.convert(j, g, name, &d); f != nil {
				out = append(out, f)
			}
		}
	}
	return out
}

// convert turns a go vet diagnostic into a finding.
func (s *Server) convert(j *job, g *graph, analyzer string, d *vetjson.Diagnostic) *finding {
	file, line, col, ok := splitPosn(d.Posn)
	if !ok {
		return nil
	}
	c := j.contentOf(file)
	start := c.lineColOffset(line, col)
	end := start
	if efile, eline, ecol, ok := splitPosn(d.End); ok && efile == file {
		end = c.lineColOffset(eline, ecol)
	}
	if end <= start {
		end = c.identEnd(start)
	}
	f := &finding{
		file:     file,
		analyzer: analyzer,
		category: d.Category,
		version:  j.version(file),
		diag: Diagnostic{
			Range:   Range{c.offsetPosition(start, j.utf8), c.offsetPosition(end, j.utf8)},
			Message: d.Message,
		},
	}
	s.decorate(f)
	for _, r := range d.Related {
		rfile, rline, rcol, ok := splitPosn(r.Posn)
		if !ok {
			continue
		}
		msg := r.Message
		if m := elsewhere.FindStringSubmatch(msg); m != nil && g != nil {
			if p := g.byPath[m[2]]; p != nil {
				rfile = filepath.Join(p.Dir, m[3])
				rline, _ = strconv.Atoi(m[4])
				rcol, _ = strconv.Atoi(m[5])
				msg = m[1]
			}
		}
		rc := j.contentOf(rfile)
		off := rc.lineColOffset(rline, rcol)
		f.diag.RelatedInformation = append(f.diag.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: PathToURI(rfile), Range: Range{rc.offsetPosition(off, j.utf8), rc.offsetPosition(rc.identEnd(off), j.utf8)}},
			Message:  msg,
		})
	}
	for _, sf := range d.SuggestedFixes {
		fx := fix{title: sentence(sf.Message), edits: map[string][]TextEdit{}}
		for _, e := range sf.Edits {
			efile := realPath(e.Filename)
			ec := j.contentOf(efile)
			fx.edits[efile] = append(fx.edits[efile], TextEdit{
				Range:   Range{ec.offsetPosition(e.Start, j.utf8), ec.offsetPosition(max(e.End, e.Start), j.utf8)},
				NewText: e.New,
			})
		}
		if len(fx.edits) > 0 {
			f.fixes = append(f.fixes, fx)
		}
	}
	return f
}

// decorate sets what a diagnostic shows besides the message: source
// "privet", the sink kind (or the analyzer) as code, and a severity.
func (s *Server) decorate(f *finding) {
	f.diag.Source = "privet"
	f.diag.Code = f.category
	f.diag.Severity = SeverityWarning
	if f.analyzer != "privet" {
		// privetdiscover's suggestions ("unmarked", "unmarked-sink"):
		// something to mark, not a leak.
		f.diag.Severity = SeverityInformation
	}
}

// lineColOffset converts a one-based line and byte column to an offset.
func (c *content) lineColOffset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(c.lines) {
		return len(c.data)
	}
	return min(c.lines[line-1]+max(col-1, 0), len(c.data))
}

// sentence capitalises a fix message for a menu: "Wrap c.Email in
// privacy.MaskEmail".
func sentence(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// fileFindings indexes every current finding by file. Called with s.mu
// held.
func (s *Server) fileFindingsLocked() map[string][]*finding {
	idx := map[string][]*finding{}
	for _, fs := range s.vetFindings {
		for _, f := range fs {
			idx[f.file] = append(idx[f.file], f)
		}
	}
	return idx
}

// dedupe lists the findings of a file without duplicates
// (test variants analyse a package's files twice), in position order.
func dedupe(fs []*finding) []*finding {
	seen := map[string]bool{}
	var out []*finding
	for _, f := range fs {
		key := f.analyzer + "\x00" + f.diag.Code + "\x00" + f.diag.Message + "\x00" + rangeKey(f.diag.Range)
		if !seen[key] {
			seen[key] = true
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b *finding) int {
		return cmp.Or(
			cmp.Compare(a.diag.Range.Start.Line, b.diag.Range.Start.Line),
			cmp.Compare(a.diag.Range.Start.Character, b.diag.Range.Start.Character),
			strings.Compare(a.diag.Message, b.diag.Message))
	})
	return out
}

func rangeKey(r Range) string {
	return strconv.Itoa(int(r.Start.Line)) + ":" + strconv.Itoa(int(r.Start.Character)) + "-" +
		strconv.Itoa(int(r.End.Line)) + ":" + strconv.Itoa(int(r.End.Character))
}

// publish sends the diagnostics of files: findings of every package, and
// the problems of a policy file.
func (s *Server) publish(files map[string]bool, _ *job) {
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	names := make([]string, 0, len(files))
	for f := range files {
		names = append(names, f)
	}
	slices.Sort(names)
	s.mu.Lock()
	idx := s.fileFindingsLocked()
	params := make([]PublishDiagnosticsParams, 0, len(names))
	for _, file := range names {
		params = append(params, s.diagnosticsLocked(idx, file))
	}
	s.mu.Unlock()
	for _, p := range params {
		if s.opts.Publish != nil {
			s.opts.Publish(p)
			continue
		}
		// privet lsp publishes without a version: a package that does
		// not compile keeps its last findings on screen while the
		// document moves on, and a client that drops diagnostics of an
		// older version (Helix) would hide them.
		p.Version = nil
		s.notify("textDocument/publishDiagnostics", p)
	}
}

// diagnosticsLocked is what a file shows: the problems of a policy
// file, the findings in a Go file. Version is the newest version of
// the open document that the findings were computed on (nil: the file
// on disk, or none).
func (s *Server) diagnosticsLocked(idx map[string][]*finding, file string) PublishDiagnosticsParams {
	p := PublishDiagnosticsParams{URI: PathToURI(file), Diagnostics: []Diagnostic{}}
	p.Diagnostics = append(p.Diagnostics, s.policyDiags[file]...)
	for _, f := range dedupe(idx[file]) {
		p.Diagnostics = append(p.Diagnostics, f.diag)
		if f.version != nil && (p.Version == nil || *f.version > *p.Version) {
			v := *f.version
			p.Version = &v
		}
	}
	return p
}

package lsp

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"unicode/utf8"

	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

const walkLimit = 200000

// isPolicyFile reports whether a file is a privet policy file.
func isPolicyFile(path string) bool {
	return slices.Contains(config.FileNames, filepath.Base(path))
}

// checkPolicy validates a policy file (its open buffer, else the file)
// as go vet would and publishes the problems as diagnostics on it. A
// policy that does not validate stops go vet before any package, so the
// Go files keep their last findings until it is fixed.
func (s *Server) checkPolicy(path string) {
	s.mu.Lock()
	var data []byte
	if d := s.docs[path]; d != nil {
		data = d.text
	}
	s.mu.Unlock()
	if data == nil {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			s.mu.Lock()
			delete(s.policyDiags, path) // deleted: nothing to show
			s.mu.Unlock()
			s.publish(map[string]bool{path: true}, nil)
			return
		}
	}
	diags := policyProblems(path, data, s.utf8)
	s.mu.Lock()
	s.policyDiags[path] = diags
	s.mu.Unlock()
	s.publish(map[string]bool{path: true}, nil)
}

// policyProblems validates a policy file's text.
func policyProblems(path string, data []byte, utf8Enc bool) []Diagnostic {
	_, err := sinks.ParsePolicy(filepath.Base(path), data)
	if err == nil {
		return []Diagnostic{}
	}
	c := newContent(data)
	diag := func(line, col int, msg string) Diagnostic {
		// yaml columns count characters; find the byte offset.
		lb := c.lineBytes(line - 1)
		off := 0
		for i := 1; i < col && off < len(lb); i++ {
			_, size := utf8.DecodeRune(lb[off:])
			off += size
		}
		end := off
		for end < len(lb) && lb[end] != ' ' && lb[end] != '\t' && lb[end] != ':' && lb[end] != ',' && lb[end] != ']' {
			end++
		}
		if end == off {
			end = len(lb)
		}
		start := 0
		if line >= 1 && line <= len(c.lines) {
			start = c.lines[line-1]
		}
		return Diagnostic{
			Range:    Range{c.offsetPosition(start+off, utf8Enc), c.offsetPosition(start+end, utf8Enc)},
			Severity: SeverityError,
			Code:     "policy",
			Source:   "privet",
			Message:  msg,
		}
	}
	var cerr *config.Error
	if !errors.As(err, &cerr) {
		return []Diagnostic{diag(1, 1, err.Error())}
	}
	out := make([]Diagnostic, 0, len(cerr.Problems))
	for _, p := range cerr.Problems {
		out = append(out, diag(max(p.Pos.Line, 1), max(p.Pos.Col, 1), p.Message))
	}
	return out
}

// policyFilesBelow lists the policy files in a workspace folder. It
// gives up after walkLimit entries (a folder such as a home directory):
// policy files are checked anyway when opened or changed.
func policyFilesBelow(root string) []string { return config.FilesBelow(root, walkLimit) }

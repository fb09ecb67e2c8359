package analyzers

import (
	"go/token"

	"github.com/privetlint/privet/passes/taint"
)

// remapped reports whether a finding sits where a //line directive
// renames the file or renumbers the lines. Diagnostics there are
// reported at the position the directive gives (go vet's convention),
// but a fix cannot be: go vet -json names the directive's file for the
// edits, with offsets into the Go file, so a host applying them would
// write into the wrong file (a template the Go file was generated
// from). No fix is offered there; the code to change is the generator's
// input anyway.
func remapped(fset *token.FileSet, f taint.Finding) bool {
	at := []token.Pos{f.Pos, f.End}
	if f.Arg != nil {
		at = append(at, f.Arg.Pos(), f.Arg.End())
	}
	for _, pos := range at {
		if !pos.IsValid() {
			continue
		}
		adj, raw := fset.PositionFor(pos, true), fset.PositionFor(pos, false)
		if adj.Filename != raw.Filename || adj.Line != raw.Line {
			return true
		}
	}
	return false
}

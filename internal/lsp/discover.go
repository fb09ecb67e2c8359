package lsp

import (
	"context"
	"fmt"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/privetlint/privet/analyzers"
	"github.com/privetlint/privet/analyzers/discover"
)

// discoverInVet reports whether the vet tool runs privetdiscover itself
// (then its findings arrive with go vet's).
var discoverInVet = slices.Contains(analyzers.All(), discover.Analyzer)

// discover runs privetdiscover in process on the edited packages: it
// needs no facts from dependencies worth their cost (only whether a
// field's type is marked //privet:sensitive in another package, which
// go/packages' export data does not carry), so the packages are loaded
// with their dependencies' export data from the build cache (go vet has
// just compiled them) and their own syntax with the unsaved buffers.
func (s *Server) discover(ctx context.Context, j *job, g *graph, pkgs []string, buffers map[string][]byte) error {
	if discoverInVet {
		return nil
	}
	cfg := &packages.Config{
		Mode:       packages.LoadSyntax | packages.NeedModule,
		Context:    ctx,
		Dir:        g.root,
		Overlay:    buffers,
		BuildFlags: s.buildFlags,
	}
	loaded, err := packages.Load(cfg, pkgs...)
	if err != nil {
		return err
	}
	if ctx.Err() != nil {
		return nil
	}
	res, err := checker.Analyze([]*analysis.Analyzer{discover.Analyzer}, loaded, nil)
	if err != nil {
		return err
	}
	results := map[string][]*finding{}
	for _, act := range res.Roots {
		key := act.Package.PkgPath
		if act.Err != nil || len(act.Package.Errors) > 0 {
			continue // keeps its last findings, like go vet's
		}
		if _, ok := results[key]; !ok {
			results[key] = nil
		}
		for _, d := range act.Diagnostics {
			vd := toVetDiagnostic(act.Package.Fset, d)
			if f := s.convert(j, g, act.Analyzer.Name, vd); f != nil {
				results[key] = append(results[key], f)
			}
		}
	}
	s.replace(s.discFindings, results, j, g)
	return nil
}

// toVetDiagnostic renders an analysis diagnostic as go vet -json would.
func toVetDiagnostic(fset *token.FileSet, d analysis.Diagnostic) *vetDiagnostic {
	posn := func(p token.Pos) string {
		pp := fset.Position(p)
		return fmt.Sprintf("%s:%d:%d", pp.Filename, pp.Line, pp.Column)
	}
	vd := &vetDiagnostic{Category: d.Category, Posn: posn(d.Pos), Message: d.Message}
	if d.End.IsValid() {
		vd.End = posn(d.End)
	}
	for _, sf := range d.SuggestedFixes {
		f := vetFix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			start, stop := fset.Position(e.Pos), fset.Position(end)
			f.Edits = append(f.Edits, vetEdit{start.Filename, start.Offset, stop.Offset, string(e.NewText)})
		}
		vd.SuggestedFixes = append(vd.SuggestedFixes, f)
	}
	for _, r := range d.Related {
		vd.Related = append(vd.Related, vetRelated{Posn: posn(r.Pos), Message: r.Message})
	}
	return vd
}

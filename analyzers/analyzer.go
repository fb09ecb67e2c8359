package analyzers

import (
	_ "embed"
	"fmt"
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

//go:embed doc.go
var doc string

// Analyzer reports flows of sensitive data into third-party sinks and
// malformed privet annotations.
var Analyzer = &analysis.Analyzer{
	Name:     "privet",
	Doc:      analysisdoc.FromDocGo(doc),
	URL:      "https://github.com/privetlint/privet",
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{annotations.Analyzer, taint.Analyzer},
}

// All lists every analyzer privet ships, for hosts that take a list.
func All() []*analysis.Analyzer { return []*analysis.Analyzer{Analyzer} }

func run(pass *analysis.Pass) (any, error) {
	ann := pass.ResultOf[annotations.Analyzer].(*annotations.Result)
	flows := pass.ResultOf[taint.Analyzer].(*taint.Result)
	for _, p := range ann.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "annotation", Message: p.Message})
	}
	for _, f := range flows.Findings {
		if ann.Ignored(pass.Fset.Position(f.Pos)) {
			continue
		}
		pass.Report(Diagnostic(f))
	}
	return nil, nil
}

// Message is the one-line text of a finding.
func Message(f taint.Finding) string {
	return fmt.Sprintf("%s data (%s) reaches %s (%s) without an approved sanitizer",
		f.Cats, f.Source, sinks.KindPhrase(f.Sink.Kind), f.Sink.Display)
}

// Diagnostic turns a finding into a diagnostic: the message, the sink
// kind as category, and the path as related information.
func Diagnostic(f taint.Finding) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: f.Pos, Category: string(f.Sink.Kind), Message: Message(f)}
	for _, s := range f.Trace {
		pos, msg := s.Pos, s.What
		if !pos.IsValid() || s.Where != "" {
			if s.Where != "" {
				msg += " (" + s.Where + ")"
			}
			if !pos.IsValid() {
				pos = f.Pos
			}
		}
		if pos == token.NoPos {
			continue
		}
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: pos, Message: msg})
	}
	return d
}

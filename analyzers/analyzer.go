package analyzers

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers/discover"
	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

//go:embed doc.go
var doc string

// Analyzer reports flows of sensitive data into third-party sinks and
// malformed privet annotations.
var Analyzer = &analysis.Analyzer{
	Name:     "privet",
	Doc:      analysisdoc.FromDocGo(doc, "privet"),
	URL:      "https://github.com/privetlint/privet",
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{config.Analyzer, annotations.Analyzer, taint.Analyzer},
}

// kinds restricts reports to some sink kinds (-privet.kinds=ai,http).
var kinds string

func init() {
	Analyzer.Flags.StringVar(&config.Path, "config", "",
		"policy file to use instead of the .privet.yml found walking up from each package (also: PRIVET_CONFIG)")
	Analyzer.Flags.StringVar(&kinds, "kinds", "",
		"report only flows into these sink kinds, comma-separated ("+sinks.KindList()+", or a custom kind); empty: all")
}

// reported reports whether findings into a sink kind are wanted.
func reported(kind sinks.Kind) bool {
	if kinds == "" {
		return true
	}
	for _, k := range strings.Split(kinds, ",") {
		if strings.TrimSpace(k) == string(kind) {
			return true
		}
	}
	return false
}

// All lists every analyzer privet ships, for hosts that take a list.
// privetdiscover runs by default too; -privetdiscover=false under go vet or
// discover: {enabled: false} in .privet.yml turns it off.
func All() []*analysis.Analyzer { return []*analysis.Analyzer{Analyzer, discover.Analyzer} }

func run(pass *analysis.Pass) (any, error) {
	cfg := pass.ResultOf[config.Analyzer].(*config.Config)
	ann := pass.ResultOf[annotations.Analyzer].(*annotations.Result)
	flows := pass.ResultOf[taint.Analyzer].(*taint.Result)
	for _, p := range ann.Problems {
		pass.Report(analysis.Diagnostic{Pos: p.Pos, Category: "annotation", Message: p.Message})
	}
	for _, w := range unmatchedRules(pass, cfg) {
		pass.Report(w)
	}
	for _, f := range flows.Findings {
		if !reported(f.Sink.Kind) {
			continue
		}
		posn := pass.Fset.Position(f.Pos)
		if ann.Ignored(posn) || cfg.ExcludedFile(posn.Filename) || f.Func != nil && cfg.ExcludedFunc(f.Func) {
			continue
		}
		if f.Cats = cfg.Allowed(f.Cats, string(f.Sink.Kind), f.Sink.Family, f.Sink.Host); f.Cats.Empty() {
			continue
		}
		d := Diagnostic(f)
		d.SuggestedFixes = sanitizerFix(pass, ann, f)
		pass.Report(d)
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
	d := analysis.Diagnostic{Pos: f.Pos, End: f.End, Category: string(f.Sink.Kind), Message: Message(f)}
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

package golangci

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// golangci-lint turns each related-information entry of a diagnostic into
// an issue of its own, "privet(related information): <step>", at the
// step's line (steps in other files at the finding's position): two
// findings of the example would be fourteen issues, cut to an arbitrary
// subset by golangci-lint's default uniq-by-line and max-same-issues,
// and left behind as orphans when `run --fix` fixes the findings. By
// default hostAnalyzer therefore folds the path into the finding's
// message and drops the related information: one finding, one issue
// ("... without an approved sanitizer [path: prompt.Summary →
// Summarizer.complete → openai.UserMessage]").
//
// With trace: issues the steps stay related information. golangci-lint
// applies //nolint to each issue by its own line, so a //nolint:privet
// on the reported line would suppress the finding and leave the steps on
// other lines behind as issues that fail the run: hostAnalyzer keeps the
// finding (golangci-lint suppresses it, and nolintlint sees the directive
// used) but drops its related information when golangci-lint's //nolint
// rules cover the finding's line. golangci-lint also moves a step in
// another file to the finding's position, dropping the step's own; steps
// in other packages name theirs in the message already, and hostAnalyzer
// adds it to steps in another file of the same package: "stored in T.F
// (other.go:12:3)".

// hostAnalyzer returns a copy of a whose diagnostics are adjusted for
// golangci-lint as described above; issues keeps the steps as related
// information.
func hostAnalyzer(a *analysis.Analyzer, issues bool) *analysis.Analyzer {
	h := *a
	h.Run = func(pass *analysis.Pass) (any, error) {
		ranges := map[*token.File][]lineRange{}
		p := *pass
		p.Report = func(d analysis.Diagnostic) {
			if !issues {
				if path := foldPath(pass.Pkg.Name(), d.Related); path != "" {
					d.Message += " [path: " + path + "]"
				}
				d.Related = nil
				pass.Report(d)
				return
			}
			if len(d.Related) > 0 && nolinted(pass, ranges, d.Pos) {
				d.Related = nil
			}
			d.Related = nameOtherFiles(pass, d)
			pass.Report(d)
		}
		return a.Run(&p)
	}
	return &h
}

// foldPath writes the calls and channels a finding's path goes through,
// compactly: "prompt.Summary → Summarizer.complete → openai.UserMessage".
// The read of the source and the sink argument are in the message
// already, and stores into fields are left out; functions of the
// package at hand lose its name; positions of steps in other packages
// ("(pkg/file.go:1:2)") are dropped. "" when the path goes through no
// call.
func foldPath(pkg string, related []analysis.RelatedInformation) string {
	var hops []string
	for _, r := range related {
		msg := r.Message
		if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
			msg = msg[:i]
		}
		var hop string
		switch {
		case strings.HasPrefix(msg, "through "):
			hop = strings.TrimPrefix(msg, "through ")
		case strings.HasPrefix(msg, "passed to "):
			hop = strings.TrimPrefix(msg, "passed to ")
		case strings.HasPrefix(msg, "returned by "):
			hop = strings.TrimPrefix(msg, "returned by ")
		case msg == "sent on a channel":
			hop = "channel"
		default:
			continue
		}
		hop = strings.TrimPrefix(hop, pkg+".")
		if len(hops) > 0 && hops[len(hops)-1] == hop {
			continue
		}
		hops = append(hops, hop)
	}
	return strings.Join(hops, " → ")
}

// nameOtherFiles returns d.Related with the position added to the
// message of steps in another file of the package.
func nameOtherFiles(pass *analysis.Pass, d analysis.Diagnostic) []analysis.RelatedInformation {
	file := pass.Fset.File(d.Pos)
	var out []analysis.RelatedInformation
	for i, r := range d.Related {
		rf := pass.Fset.File(r.Pos)
		if rf == nil || rf == file || !inPackage(pass, rf) {
			continue
		}
		if out == nil {
			out = append([]analysis.RelatedInformation(nil), d.Related...)
		}
		posn := pass.Fset.Position(r.Pos)
		out[i].Message = fmt.Sprintf("%s (%s:%d:%d)", r.Message, filepath.Base(posn.Filename), posn.Line, posn.Column)
	}
	if out == nil {
		return d.Related
	}
	return out
}

func inPackage(pass *analysis.Pass, tf *token.File) bool {
	for _, f := range pass.Files {
		if pass.Fset.File(f.Pos()) == tf {
			return true
		}
	}
	return false
}

// nolinted reports whether a //nolint directive covering privet applies
// to the line of pos, by golangci-lint's rules.
func nolinted(pass *analysis.Pass, cache map[*token.File][]lineRange, pos token.Pos) bool {
	tf := pass.Fset.File(pos)
	if tf == nil {
		return false
	}
	rs, ok := cache[tf]
	if !ok {
		for _, f := range pass.Files {
			if pass.Fset.File(f.Pos()) == tf {
				rs = nolintRanges(pass.Fset, f)
				break
			}
		}
		cache[tf] = rs
	}
	line := pass.Fset.Position(pos).Line
	for _, r := range rs {
		if r.from <= line && line <= r.to {
			return true
		}
	}
	return false
}

// lineRange is a range of lines a //nolint directive covers; col is the
// directive's column.
type lineRange struct{ from, to, col int }

// nolintRanges mirrors golangci-lint v2's nolint filter
// (pkg/result/processors/nolint_filter.go): a directive covers the lines
// of its comment group, and the whole of a node that starts on the next
// line in the same column.
func nolintRanges(fset *token.FileSet, f *ast.File) []lineRange {
	var inline []lineRange
	for _, g := range f.Comments {
		for _, c := range g.List {
			if coversPrivet(c.Text) {
				start := fset.Position(g.Pos())
				inline = append(inline, lineRange{start.Line, fset.Position(g.End()).Line, start.Column})
			}
		}
	}
	if len(inline) == 0 {
		return nil
	}
	ranges := append([]lineRange(nil), inline...)
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		start := fset.Position(n.Pos())
		for _, r := range inline {
			if r.to == start.Line-1 && r.col == start.Column {
				ranges = append(ranges, lineRange{r.from, max(r.to, fset.Position(n.End()).Line), r.col})
				break
			}
		}
		return true
	})
	return ranges
}

var nolintPattern = regexp.MustCompile(`^nolint( |:|$)`)

// coversPrivet reports whether a comment is a //nolint directive that
// applies to privet: bare, nolint:all, or a list naming privet.
func coversPrivet(text string) bool {
	text = strings.TrimLeft(text, "/ ")
	if !nolintPattern.MatchString(text) {
		return false
	}
	if strings.HasPrefix(text, "nolint:all") || !strings.HasPrefix(text, "nolint:") {
		return true
	}
	text, _, _ = strings.Cut(text, "//")
	for item := range strings.SplitSeq(strings.TrimPrefix(text, "nolint:"), ",") {
		if name := strings.ToLower(strings.TrimSpace(item)); name == "all" || name == Name {
			return true
		}
	}
	return false
}

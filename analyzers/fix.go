package analyzers

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/taint"
)

// sanitizerFix suggests wrapping the read of the source in an annotated
// sanitizer that cleans every category of the finding, takes and returns
// the read's type, and can be named from the file of the read without a
// new import. The read is where the value enters the flow
// (c.Email in prompt := Summary(t.Body, c.Email); send(prompt)), in
// whatever function or file of the package it is: wrapping anything
// further down the path (the argument of the sending call) would mask
// what was built around the value too (the whole prompt). When the read
// is not in this package (its step comes from another package's facts),
// or is not a field read written in the code, no fix is offered: the
// only edit that keeps the program right is in code this pass cannot
// change. See pickSanitizer for which sanitizer.
func sanitizerFix(pass *analysis.Pass, ann *annotations.Result, f taint.Finding) []analysis.SuggestedFix {
	file, read := sourceRead(pass, f)
	if read == nil {
		return nil
	}
	field := f.Source[strings.LastIndex(f.Source, ".")+1:]
	name := pickSanitizer(pass, ann, file, f.Cats, pass.TypesInfo.TypeOf(read), field)
	if name == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: "wrap " + types.ExprString(read) + " in " + name,
		TextEdits: []analysis.TextEdit{
			{Pos: read.Pos(), End: read.Pos(), NewText: []byte(name + "(")},
			{Pos: read.End(), End: read.End(), NewText: []byte(")")},
		},
	}}
}

// sourceRead returns the selector expression that reads the finding's
// source, and its file, when the read is in this package.
func sourceRead(pass *analysis.Pass, f taint.Finding) (*ast.File, ast.Expr) {
	if len(f.Trace) == 0 {
		return nil, nil
	}
	first := f.Trace[0]
	if first.Where != "" || !first.Pos.IsValid() || !strings.HasPrefix(first.What, "read ") {
		return nil, nil
	}
	pos := first.Pos
	file := fileOf(pass, pos)
	if file == nil {
		return nil, nil
	}
	var read ast.Expr
	var parent ast.Node
	var stack []ast.Node
	ast.Inspect(file, func(n ast.Node) bool {
		if read != nil {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if pos < n.Pos() || pos >= n.End() {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Pos() == pos {
			read = sel
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			return false
		}
		stack = append(stack, n)
		return true
	})
	if read == nil {
		return nil, nil
	}
	// Only a value can be wrapped: not an operand of &, the target of an
	// assignment, or the operand of a further selection.
	switch p := parent.(type) {
	case *ast.UnaryExpr:
		if p.Op == token.AND {
			return nil, nil
		}
	case *ast.AssignStmt:
		for _, lhs := range p.Lhs {
			if lhs == read {
				return nil, nil
			}
		}
	case *ast.IncDecStmt, *ast.SelectorExpr:
		return nil, nil
	}
	return file, read
}

// pickSanitizer names the sanitizer to wrap a value of type t in, or "".
// field is the name of what was read (Email of Customer.Email). The
// sanitizers that fit are ranked: one whose name mentions the field
// (MaskEmail for an Email), then one for every category (Redact: a
// masker named for another kind of value, MaskEmail for a Name, is
// meant for other data), then those of the package itself, then by
// full name (the order ann.Sanitizers gives).
func pickSanitizer(pass *analysis.Pass, ann *annotations.Result, file *ast.File, need category.Set, t types.Type, field string) string {
	if t == nil {
		return ""
	}
	best, bestRank := "", -1
	ann.Sanitizers(func(fn *types.Func, cats category.Set) {
		if !cats.Empty() && !need.Minus(cats).Empty() || !fits(fn, t) {
			return
		}
		name := qualified(pass, file, fn)
		if name == "" {
			return
		}
		rank := 0
		if field != "" && strings.Contains(strings.ToLower(fn.Name()), strings.ToLower(field)) {
			rank += 4
		}
		if cats.Empty() {
			rank += 2
		}
		if fn.Pkg() == pass.Pkg {
			rank++
		}
		if rank > bestRank {
			best, bestRank = name, rank
		}
	})
	return best
}

// fits reports whether fn is a func(T) T for the argument's type.
func fits(fn *types.Func, t types.Type) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.TypeParams().Len() > 0 {
		return false
	}
	return types.AssignableTo(t, sig.Params().At(0).Type()) && types.AssignableTo(sig.Results().At(0).Type(), t)
}

// qualified names fn as the file can refer to it, or "" if it would need
// a new import.
func qualified(pass *analysis.Pass, file *ast.File, fn *types.Func) string {
	if fn.Pkg() == pass.Pkg {
		return fn.Name()
	}
	for _, imp := range file.Imports {
		pkgName, ok := pass.TypesInfo.PkgNameOf(imp), true
		if pkgName == nil || !ok || pkgName.Imported() != fn.Pkg() {
			continue
		}
		if pkgName.Name() == "_" || pkgName.Name() == "." {
			return ""
		}
		return pkgName.Name() + "." + fn.Name()
	}
	return ""
}

func fileOf(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// fixes are the suggested fixes of the findings of one sink call (one
// per source): one fix that wraps the read of every source a sanitizer
// fits, so that applying the first fix clears as much of the report as
// can be cleared, then the tag fixes of its provisional sources.
func fixes(pass *analysis.Pass, ann *annotations.Result, fs []taint.Finding) []analysis.SuggestedFix {
	var wrap *analysis.SuggestedFix
	var tags []analysis.SuggestedFix
	for _, f := range fs {
		for _, fix := range sanitizerFix(pass, ann, f) {
			if wrap == nil {
				wrap = &fix
				continue
			}
			if !slices.ContainsFunc(wrap.TextEdits, func(e analysis.TextEdit) bool { return e.Pos == fix.TextEdits[0].Pos }) {
				wrap.Message += "; " + fix.Message
				wrap.TextEdits = append(wrap.TextEdits, fix.TextEdits...)
			}
		}
		tags = append(tags, tagFixes(pass, f)...)
	}
	if wrap == nil {
		return tags
	}
	return append([]analysis.SuggestedFix{*wrap}, tags...)
}

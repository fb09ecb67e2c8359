package analyzers

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/taint"
)

// sanitizerFix suggests wrapping the sensitive value in an annotated
// sanitizer that cleans every category of the finding, takes and returns
// the value's type, and can be named from the file without a new import.
// The value is the read of the source when it is written inside the
// leaking argument (strings.NewReader(MaskEmail(c.Email)): the argument
// is a reader, and masking the whole of fmt.Sprintf("... %s", c.Email)
// would mask the prompt too), else the argument. Sanitizers of the
// package itself come first; then by full name.
func sanitizerFix(pass *analysis.Pass, ann *annotations.Result, f taint.Finding) []analysis.SuggestedFix {
	if f.Arg == nil {
		return nil
	}
	file := fileOf(pass, f.Arg)
	if file == nil {
		return nil
	}
	for _, target := range []ast.Expr{sourceRead(file, f), f.Arg} {
		if target == nil {
			continue
		}
		name := pickSanitizer(pass, ann, file, f.Cats, pass.TypesInfo.TypeOf(target))
		if name == "" {
			continue
		}
		what := "the argument"
		if target != f.Arg {
			what = types.ExprString(target)
		}
		return []analysis.SuggestedFix{{
			Message: "wrap " + what + " in " + name,
			TextEdits: []analysis.TextEdit{
				{Pos: target.Pos(), End: target.Pos(), NewText: []byte(name + "(")},
				{Pos: target.End(), End: target.End(), NewText: []byte(")")},
			},
		}}
	}
	return nil
}

// sourceRead returns the selector expression that reads the finding's
// source, when it is written inside the leaking argument.
func sourceRead(file *ast.File, f taint.Finding) ast.Expr {
	if len(f.Trace) == 0 || !f.Trace[0].Pos.IsValid() || f.Trace[0].Pos < f.Arg.Pos() || f.Trace[0].Pos >= f.Arg.End() {
		return nil
	}
	pos := f.Trace[0].Pos
	var read ast.Expr
	ast.Inspect(f.Arg, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Pos() == pos {
			read = sel
		}
		return read == nil
	})
	if read == f.Arg {
		return nil
	}
	return read
}

// pickSanitizer names the sanitizer to wrap a value of type t in, or "".
func pickSanitizer(pass *analysis.Pass, ann *annotations.Result, file *ast.File, need category.Set, t types.Type) string {
	if t == nil {
		return ""
	}
	var best, bestLocal string
	ann.Sanitizers(func(fn *types.Func, cats category.Set) {
		if !cats.Empty() && !need.Minus(cats).Empty() || !fits(fn, t) {
			return
		}
		name := qualified(pass, file, fn)
		switch {
		case name == "":
		case fn.Pkg() == pass.Pkg && bestLocal == "":
			bestLocal = name
		case best == "":
			best = name
		}
	})
	if bestLocal != "" {
		return bestLocal
	}
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

func fileOf(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() <= f.FileEnd {
			return f
		}
	}
	return nil
}

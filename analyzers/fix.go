package analyzers

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/taint"
)

// sanitizerFix suggests wrapping the leaking argument in an annotated
// sanitizer that cleans every category of the finding, takes and returns
// the argument's type, and can be named from the file without a new
// import. Sanitizers of the package itself come first; then by full name.
func sanitizerFix(pass *analysis.Pass, ann *annotations.Result, f taint.Finding) []analysis.SuggestedFix {
	if f.Arg == nil {
		return nil
	}
	argType := pass.TypesInfo.TypeOf(f.Arg)
	file := fileOf(pass, f.Arg)
	if argType == nil || file == nil {
		return nil
	}
	var best, bestLocal string
	ann.Sanitizers(func(fn *types.Func, cats category.Set) {
		if !cats.Empty() && !f.Cats.Minus(cats).Empty() || !fits(fn, argType) {
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
		best = bestLocal
	}
	if best == "" {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message: "wrap the argument in " + best,
		TextEdits: []analysis.TextEdit{
			{Pos: f.Arg.Pos(), End: f.Arg.Pos(), NewText: []byte(best + "(")},
			{Pos: f.Arg.End(), End: f.Arg.End(), NewText: []byte(")")},
		},
	}}
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

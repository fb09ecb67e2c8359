package taint

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Where a callee's summary comes from: this package's fixpoint for its
// own functions, a fact for the functions of analysed imports. A callee
// without either is unknown, and its calls are treated conservatively.

// summaryOf returns the summary of a callee and whether it is known.
// Reading the summary of a function of this package makes caller depend
// on it: caller is analysed again when that summary changes.
func (a *pkgAnalysis) summaryOf(callee, caller *ssa.Function) (*Summary, bool) {
	if o := callee.Origin(); o != nil {
		callee = o
	}
	if callee.Pkg == a.ssaPkg && callee.Synthetic == "" && callee.Blocks != nil {
		if a.solved != nil && !a.solved[callee] {
			return nil, false
		}
		if a.dependents[callee] == nil {
			a.dependents[callee] = map[*ssa.Function]bool{}
		}
		a.dependents[callee][caller] = true
		if s := a.summaries[callee]; s != nil {
			return s, true
		}
		return &Summary{}, true
	}
	obj, ok := callee.Object().(*types.Func)
	if !ok || callee.Synthetic != "" {
		return nil, false
	}
	return a.importedSummary(obj)
}

// importedSummary returns the summary fact of a function of another
// package: the fact, an empty summary when the package was analysed and
// the function has none (it moves nothing), or unknown.
func (a *pkgAnalysis) importedSummary(obj *types.Func) (*Summary, bool) {
	obj = obj.Origin()
	if s, ok := a.imported[obj]; ok {
		return s, s != nil
	}
	var s *Summary
	if obj.Pkg() != nil && obj.Pkg() != a.pass.Pkg {
		fact := new(Summary)
		if a.pass.ImportObjectFact(obj, fact) {
			s = fact
		} else if a.pass.ImportPackageFact(obj.Pkg(), new(Analyzed)) {
			s = &Summary{}
		}
	}
	a.imported[obj] = s
	return s, s != nil
}

// importedOrLocal finds the summary of a declared function or method.
func (a *pkgAnalysis) importedOrLocal(obj *types.Func) (*Summary, bool) {
	if obj.Pkg() == a.pass.Pkg {
		fn := a.ssaPkg.Prog.FuncValue(obj)
		if fn == nil || fn.Blocks == nil || a.solved != nil && !a.solved[fn] {
			return nil, false
		}
		s := a.summaries[fn]
		if s == nil {
			return &Summary{}, true
		}
		return s, true
	}
	return a.importedSummary(obj)
}

package analyzers

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/analyzers/discover"
	"github.com/privetlint/privet/passes/taint"
)

// tagFixes are the fixes of a finding from a provisional source (a field
// that looks like customer data and carries no mark) declared in the
// package: add the tag it looks like, or mark the field reviewed, as
// privetdiscover offers them, so that the leak report is where the user
// decides. A field of another package gets none (an analysis may only
// edit its own package's files).
func tagFixes(pass *analysis.Pass, f taint.Finding) []analysis.SuggestedFix {
	name, note, ok := taint.SplitProvisional(f.Source)
	if !ok {
		return nil
	}
	typ, fieldName, ok := strings.Cut(name, ".")
	if !ok {
		return nil
	}
	tn, _ := pass.Pkg.Scope().Lookup(typ).(*types.TypeName)
	if tn == nil {
		return nil
	}
	st, _ := tn.Type().Underlying().(*types.Struct)
	if st == nil {
		return nil
	}
	var v *types.Var
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == fieldName {
			v = st.Field(i)
		}
	}
	field := declaringField(pass, v)
	if field == nil {
		return nil
	}
	cats := strings.TrimPrefix(note, "unmarked: looks like ")
	return []analysis.SuggestedFix{
		{Message: fmt.Sprintf("add privet:%q to %s", cats, name), TextEdits: []analysis.TextEdit{discover.TagEdit(field, cats)}},
		{Message: fmt.Sprintf(`mark %s reviewed: privet:"-"`, name), TextEdits: []analysis.TextEdit{discover.TagEdit(field, "-")}},
	}
}

// declaringField returns the struct field declaration of v in the
// package's files, or nil.
func declaringField(pass *analysis.Pass, v *types.Var) *ast.Field {
	if v == nil || !v.Pos().IsValid() {
		return nil
	}
	for _, file := range pass.Files {
		if v.Pos() < file.Pos() || v.Pos() > file.End() {
			continue
		}
		var found *ast.Field
		ast.Inspect(file, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if fl, ok := n.(*ast.Field); ok {
				for _, id := range fl.Names {
					if id.Pos() == v.Pos() {
						found = fl
					}
				}
			}
			return true
		})
		return found
	}
	return nil
}

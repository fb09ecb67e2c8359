package annotations

import (
	"go/ast"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// DeclaresSources is the package fact of a package that declares a
// source: a field with a privet tag naming a category, or a
// //privet:sensitive type. Packages that import it, directly or not,
// see it (facts travel with dependencies), which is how the auto mode
// of discover.sources tells a module that has annotated something from
// one that has not, without seeing the whole module.
type DeclaresSources struct{}

func (*DeclaresSources) AFact()         {}
func (*DeclaresSources) String() string { return "declares sources" }

// SourcesDeclaredIn returns the import path of a package that declares
// a source and that this package is or imports (its own path first,
// else the least path of its dependencies), or "" when none does.
func (r *Result) SourcesDeclaredIn() string { return r.declaredIn }

// declares records whether the package declares a source, exports the
// fact when it does, and finds the first dependency that does
// otherwise. Test files do not count: they are not analysed by default.
func (r *reader) declares() {
	own := len(r.res.types) > 0
	for _, f := range r.pass.Files {
		if own {
			break
		}
		if strings.HasSuffix(r.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			st, ok := n.(*ast.StructType)
			if !ok || own {
				return !own
			}
			for _, field := range st.Fields.List {
				if field.Tag == nil {
					continue
				}
				if tag, err := strconv.Unquote(field.Tag.Value); err == nil {
					if cats, _ := FieldCategories(tag); !cats.Empty() {
						own = true
					}
				}
			}
			return true
		})
	}
	if own {
		r.pass.ExportPackageFact(&DeclaresSources{})
		r.res.declaredIn = r.pass.Pkg.Path()
		return
	}
	for _, pf := range r.pass.AllPackageFacts() {
		if _, ok := pf.Fact.(*DeclaresSources); ok {
			if p := pf.Package.Path(); r.res.declaredIn == "" || p < r.res.declaredIn {
				r.res.declaredIn = p
			}
		}
	}
}

var _ analysis.Fact = (*DeclaresSources)(nil)

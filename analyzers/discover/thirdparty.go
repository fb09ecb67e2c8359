package discover

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/sinks"
)

// Third-party types that hold customers. A struct of another module
// (a platform's model.User, model.Post) cannot be tagged where it is
// declared, and privetdiscover does not report its fields there (it
// reports only the code under development), so its data is traced only
// once a policy rule names it. A field of the package holding such a
// type gets a hint with the rule to write.

// thirdPartyHint reports, at a field of type tn (a struct of another
// module whose name is a person's or a conversation's), the sources:
// rule that would mark the fields of tn that look like customer data;
// once per type and package.
func (d *discoverer) thirdPartyHint(display string, name *ast.Ident, t types.Type) {
	tn := elemTypeName(t)
	if tn == nil || tn.Pkg() == nil || d.hinted[tn] || !d.external(tn.Pkg().Path()) || d.sensitiveType(tn) || d.coveredType(t) {
		return
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return
	}
	o := newOwner(tn.Name(), tn.Pkg().Path()).withFields(st)
	if !o.endsWith(personWords) && !o.endsWith(conversationOwners) {
		return
	}
	var fields, cats []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Exported() || f.Embedded() || !d.cfg.FieldCategories(tn, f.Name(), st.Tag(i)).Empty() {
			continue
		}
		if p, c, _ := best(f.Name(), st.Tag(i), f.Type(), o); p != nil && c >= d.min {
			fields = append(fields, f.Name())
			cats = append(cats, p.Category)
		}
	}
	if len(fields) == 0 {
		return
	}
	if d.hinted == nil {
		d.hinted = map[*types.TypeName]bool{}
	}
	d.hinted[tn] = true
	set := category.Of(cats...)
	rule := fmt.Sprintf("{package: %s, type: %s, fields: [%s], category: %s}", tn.Pkg().Path(), tn.Name(), strings.Join(fields, ", "), set)
	if len(set) > 1 {
		rule = fmt.Sprintf("{package: %s, type: %s, fields: [%s], categories: [%s]}", tn.Pkg().Path(), tn.Name(), strings.Join(fields, ", "), strings.Join(set, ", "))
	}
	d.pass.Report(analysis.Diagnostic{
		Pos:      name.Pos(),
		End:      name.End(),
		Category: CategoryField,
		Message: fmt.Sprintf("field %s.%s holds %s.%s of another module, whose %s %s %s like %s and cannot be tagged here; add a sources: rule to .privet.yml: %s",
			display, name.Name, tn.Pkg().Name(), tn.Name(), plural(len(fields), "field", "fields"), strings.Join(fields, ", "), plural(len(fields), "looks", "look"), set, rule),
	})
}

// external reports whether a package is outside the module under
// analysis, the standard library and the catalog's SDKs (whose types
// are the SDK's, not the customer's).
func (d *discoverer) external(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	if stdlib(first) || !strings.Contains(first, ".") || sinks.For(d.pass).InCatalogModule(path) {
		return false
	}
	if m := d.pass.Module; m != nil && m.Path != "" {
		return path != m.Path && !strings.HasPrefix(path, m.Path+"/")
	}
	// No module known (GOPATH, some drivers): another repository, by
	// the first three elements of the path (host, owner, name).
	return !slices.Equal(repoRoot(path), repoRoot(d.pass.Pkg.Path()))
}

func repoRoot(path string) []string {
	elems := strings.SplitN(path, "/", 4)
	return elems[:min(len(elems), 3)]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

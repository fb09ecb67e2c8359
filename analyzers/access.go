package analyzers

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
)

// Access rules (access: in .privet.yml) say which code may read some
// data. They are checked on the syntax of the package, not by the taint
// engine: a read is a finding whether or not the value goes anywhere,
// so there is no flow to follow. A read is a selection of a field (not
// the left side of an assignment) or a call of a source function, in a
// file that is not a test; the package that declares the data may
// always read it (it is where the data lives: its constructors, its
// methods, its database code).

// read is one read of sensitive data that an access rule may cover.
type read struct {
	pos, end token.Pos
	// owner is the named type whose field is read (nil for a call),
	// field the field, fieldType the field's named type (nil when not
	// named).
	owner     *types.TypeName
	field     string
	fieldType *types.TypeName
	fn        *types.Func // the source function called
	cats      category.Set
	source    string // how messages name it: Customer.Email, userpb.Load
	// from says where the value read comes from when it came from
	// another package's function or as a parameter: the start of the
	// path.
	from     string
	fromPos  token.Pos
	declared string // the package that declares the data
}

// checkAccess reports the reads of the package that an access rule
// forbids.
func checkAccess(pass *analysis.Pass, cfg *config.Config, ann *annotations.Result) {
	if len(cfg.Access) == 0 {
		return
	}
	for _, file := range pass.Files {
		name := pass.Fset.File(file.Pos()).Name()
		if strings.HasSuffix(name, "_test.go") || cfg.ExcludedFile(name) {
			continue
		}
		for _, decl := range file.Decls {
			var fn *types.Func
			if fd, ok := decl.(*ast.FuncDecl); ok {
				fn, _ = pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if fn != nil && cfg.ExcludedFunc(fn) {
					continue
				}
			}
			at := config.Place{Package: pass.Pkg.Path(), Func: fn}
			for _, r := range reads(pass, cfg, ann, decl) {
				if r.declared == pass.Pkg.Path() || ann.Ignored(pass.Fset.Position(r.pos)) {
					continue
				}
				if rule := forbidding(cfg, r, at); rule != nil {
					pass.Report(accessDiagnostic(pass, r, rule))
				}
			}
		}
	}
}

// forbidding returns the first access rule that covers a read and does
// not list the place it is in.
func forbidding(cfg *config.Config, r read, at config.Place) *config.AccessRule {
	for i := range cfg.Access {
		rule := &cfg.Access[i]
		if !covers(rule, r) {
			continue
		}
		allowed := false
		for _, e := range rule.Readers {
			allowed = allowed || e.Match(at)
		}
		if !allowed {
			return rule
		}
	}
	return nil
}

// covers reports whether an access rule is about the data a read reads.
func covers(rule *config.AccessRule, r read) bool {
	switch {
	case !rule.Categories.Empty():
		return !r.cats.Minus(r.cats.Minus(rule.Categories)).Empty()
	case rule.Function != nil:
		return r.fn != nil && rule.Function.Match(r.fn)
	case rule.Field != "":
		return r.field == rule.Field && typeIs(r.owner, rule.Package, rule.Type)
	}
	return typeIs(r.owner, rule.Package, rule.Type) || typeIs(r.fieldType, rule.Package, rule.Type)
}

// typeIs reports whether tn is the type a rule names: by name, and by
// package when the rule gives one (its path, or its last element).
func typeIs(tn *types.TypeName, pkg, name string) bool {
	if tn == nil || tn.Name() != name || tn.Pkg() == nil {
		return false
	}
	path := tn.Pkg().Path()
	return pkg == "" || path == pkg || strings.HasSuffix(path, "/"+pkg)
}

// reads lists the reads of sensitive data in a declaration, in source
// order.
func reads(pass *analysis.Pass, cfg *config.Config, ann *annotations.Result, decl ast.Decl) []read {
	written := map[ast.Expr]bool{}
	var out []read
	ast.Inspect(decl, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				written[ast.Unparen(lhs)] = true
			}
		case *ast.SelectorExpr:
			if written[n] {
				return true
			}
			if r, ok := fieldRead(pass, cfg, ann, n); ok {
				out = append(out, r)
			}
		case *ast.CallExpr:
			fn, _ := typeutilCallee(pass, n).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			if cats, ok := cfg.SourceFunc(fn); ok {
				out = append(out, read{pos: n.Pos(), end: n.End(), fn: fn, cats: cats,
					source: fn.Pkg().Name() + "." + fn.Name(), declared: fn.Pkg().Path()})
			}
		}
		return true
	})
	return out
}

// typeutilCallee is the function or method a call calls statically, or
// nil.
func typeutilCallee(pass *analysis.Pass, call *ast.CallExpr) types.Object {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return pass.TypesInfo.Uses[f]
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[f]; ok {
			return sel.Obj()
		}
		return pass.TypesInfo.Uses[f.Sel]
	}
	return nil
}

// fieldRead describes a field selection when the field holds sensitive
// data (its tag, the policy's rules, or its type's //privet:sensitive).
func fieldRead(pass *analysis.Pass, cfg *config.Config, ann *annotations.Result, sel *ast.SelectorExpr) (read, bool) {
	s, ok := pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return read{}, false
	}
	// Follow the path of embedded fields to the struct that declares
	// the field.
	t := s.Recv()
	var owner *types.TypeName
	var st *types.Struct
	idx := -1
	for _, i := range s.Index() {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		owner = nil
		if n, ok := types.Unalias(t).(*types.Named); ok {
			owner = n.Origin().Obj()
		}
		if st, ok = t.Underlying().(*types.Struct); !ok {
			return read{}, false
		}
		idx = i
		t = st.Field(i).Type()
	}
	if st == nil || idx < 0 {
		return read{}, false
	}
	field, tag := st.Field(idx), st.Tag(idx)
	cats, optOut := annotations.FieldCategories(tag)
	if optOut {
		return read{}, false
	}
	cats = cats.Union(cfg.FieldCategories(owner, field.Name(), tag))
	fieldType := namedOf(field.Type())
	for _, tn := range []*types.TypeName{owner, fieldType} {
		if tn != nil {
			cats = cats.Union(ann.TypeCategories(tn)).Union(cfg.TypeCategories(tn))
		}
	}
	if cats.Empty() {
		return read{}, false
	}
	r := read{pos: sel.Pos(), end: sel.End(), owner: owner, field: field.Name(), fieldType: fieldType, cats: cats}
	r.source = field.Name()
	if owner != nil {
		r.source = owner.Name() + "." + field.Name()
	}
	if field.Pkg() != nil {
		r.declared = field.Pkg().Path()
	}
	r.from, r.fromPos = origin(pass, sel.X)
	return r, true
}

// namedOf is the named type of t (through one pointer), or nil.
func namedOf(t types.Type) *types.TypeName {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}

// origin says where the value a field is read from came from, when the
// syntax shows it: the result of another package's function, called
// right there or defined into the variable read (t := pkg.Load()), or a
// parameter.
func origin(pass *analysis.Pass, x ast.Expr) (string, token.Pos) {
	x = ast.Unparen(x)
	if star, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(star.X)
	}
	if call, ok := x.(*ast.CallExpr); ok {
		if fn, ok := typeutilCallee(pass, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != pass.Pkg {
			return "the value comes from " + fn.Pkg().Name() + "." + fn.Name() + " (" + fn.Pkg().Path() + ")", call.Pos()
		}
		return "", token.NoPos
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return "", token.NoPos
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != pass.Pkg {
		return "", token.NoPos
	}
	// A parameter (the caller, possibly in another package, hands the
	// data over), or a variable defined by a call: t := tickets.Load(id).
	for _, file := range pass.Files {
		if v.Pos() < file.FileStart || v.Pos() > file.FileEnd {
			continue
		}
		var found string
		var at token.Pos
		ast.Inspect(file, func(n ast.Node) bool {
			if found != "" {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncDecl:
				params := n.Type.Params.List
				if n.Recv != nil {
					params = append(append([]*ast.Field(nil), n.Recv.List...), params...)
				}
				for _, f := range params {
					for _, name := range f.Names {
						if pass.TypesInfo.Defs[name] == v {
							found, at = "the value comes in as parameter "+v.Name()+" of "+n.Name.Name, v.Pos()
						}
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						if id, ok := lhs.(*ast.Ident); ok && pass.TypesInfo.Defs[id] == v {
							found, at = origin(pass, n.Rhs[i])
						}
					}
				}
			}
			return true
		})
		if found != "" {
			return found, at
		}
	}
	return "", token.NoPos
}

// accessDiagnostic is the finding for a forbidden read: at the read, in
// the category access, naming the data, the rule and its reason, with
// where the value came from as related information.
func accessDiagnostic(pass *analysis.Pass, r read, rule *config.AccessRule) analysis.Diagnostic {
	cats := r.cats
	if !rule.Categories.Empty() {
		cats = cats.Minus(cats.Minus(rule.Categories))
	}
	d := analysis.Diagnostic{Pos: r.pos, End: r.end, Category: "access",
		Message: fmt.Sprintf("%s data (%s) read in %s, outside the code the policy lets read it: %s (%s)",
			cats, r.source, pass.Pkg.Path(), rule.Reason, ruleAt(rule.Pos))}
	if r.from != "" {
		d.Related = append(d.Related, analysis.RelatedInformation{Pos: r.fromPos, Message: r.from})
	}
	d.Related = append(d.Related, analysis.RelatedInformation{Pos: r.pos, Message: "read " + r.source})
	return d
}

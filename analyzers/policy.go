package analyzers

import (
	"fmt"
	"go/token"
	"go/types"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/passes/config"
)

// unmatchedRules warns about policy source rules that name this package
// exactly but match nothing in it: a misspelt type or field would
// otherwise silently protect nothing. The warning is reported at the rule
// in the policy file.
func unmatchedRules(pass *analysis.Pass, cfg *config.Config) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	var file *token.File
	at := func(p config.Position) token.Pos {
		if file == nil {
			data, err := os.ReadFile(cfg.File)
			if err != nil {
				return token.NoPos
			}
			file = pass.Fset.AddFile(cfg.File, -1, len(data))
			file.SetLinesForContent(data)
		}
		if p.Line < 1 || p.Line > file.LineCount() {
			return token.NoPos
		}
		return file.LineStart(p.Line) + token.Pos(p.Col-1)
	}
	warn := func(p config.Position, format string, args ...any) {
		if pos := at(p); pos.IsValid() {
			out = append(out, analysis.Diagnostic{Pos: pos, Category: "policy", Message: fmt.Sprintf(format, args...)})
		}
	}
	for _, r := range cfg.Sources {
		if r.Function != nil || r.TagKey != "" || r.Package.IsRegexp() || r.Package.Text != pass.Pkg.Path() || r.Type.IsRegexp() {
			continue
		}
		tn, ok := pass.Pkg.Scope().Lookup(r.Type.Text).(*types.TypeName)
		if !ok {
			warn(r.Pos, "source rule matches nothing: package %s has no type %s", pass.Pkg.Path(), r.Type.Text)
			continue
		}
		st, _ := tn.Type().Underlying().(*types.Struct)
		for _, f := range r.Fields {
			if !hasField(st, f) {
				warn(r.Pos, "source rule matches nothing: type %s.%s has no field %s", pass.Pkg.Name(), tn.Name(), f)
			}
		}
	}
	return out
}

func hasField(st *types.Struct, name string) bool {
	if st == nil {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() == name {
			return true
		}
	}
	return false
}

package taint

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/privetlint/privet/passes/sinks"
)

// Positions and names. SSA records a call at its Lparen; privet reports
// at the start of the call expression and ends the report at its end.
// The tables are built from the syntax on first use.

// callStart maps the Lparen of a call to the start of the call
// expression.
func (a *pkgAnalysis) callStart(lparen token.Pos) token.Pos {
	if c := a.callExpr(lparen); c != nil {
		return c.Pos()
	}
	return lparen
}

// callEnd is the end of the outermost call expression starting at start.
func (a *pkgAnalysis) callEnd(start token.Pos) token.Pos {
	a.indexCalls()
	return a.callEnds[start]
}

func (a *pkgAnalysis) callExpr(lparen token.Pos) *ast.CallExpr {
	a.indexCalls()
	return a.calls[lparen]
}

func (a *pkgAnalysis) indexCalls() {
	if a.calls != nil {
		return
	}
	a.calls = map[token.Pos]*ast.CallExpr{}
	a.callEnds = map[token.Pos]token.Pos{}
	for _, f := range a.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				a.calls[c.Lparen] = c
				if _, ok := a.callEnds[c.Pos()]; !ok {
					a.callEnds[c.Pos()] = c.End() // the outermost call starting there
				}
			}
			return true
		})
	}
}

// argExpr returns the expression written for SSA argument i of the call
// at lparen (the receiver, when there is one, is argument 0 in SSA but
// not among the written arguments), or nil when there is no single one
// (a variadic argument packed into a slice).
func (a *pkgAnalysis) argExpr(lparen token.Pos, i int, hasRecv bool) ast.Expr {
	c := a.callExpr(lparen)
	if c == nil {
		return nil
	}
	if hasRecv {
		i--
	}
	if i < 0 || i >= len(c.Args) {
		return nil
	}
	if sig, ok := a.pass.TypesInfo.TypeOf(c.Fun).(*types.Signature); ok && sig.Variadic() && i >= sig.Params().Len()-1 && !c.Ellipsis.IsValid() {
		return nil
	}
	return c.Args[i]
}

// funcName is how steps name a function: "fmt.Sprintf", "b.Wrap",
// "strings.Builder.WriteString".
func funcName(fn *types.Func) string {
	if fn == nil {
		return "a function value"
	}
	name := fn.Name()
	if r := sinks.ReceiverName(fn); r != "" {
		name = r + "." + name
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

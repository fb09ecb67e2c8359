package taint

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// pkgAnalysis is the state of one package's analysis, shared by the
// analyses of its functions.
type pkgAnalysis struct {
	pass   *analysis.Pass
	ann    *annotations.Result
	cfg    *config.Config
	sinks  *sinks.Matcher
	ssaPkg *ssa.Package
	types  *typeSources

	// summaries and findings hold each function's latest result.
	summaries map[*ssa.Function]*Summary
	findings  map[*ssa.Function][]Finding
	// dependents[g] are the functions whose analysis read g's summary.
	dependents map[*ssa.Function]map[*ssa.Function]bool
	imported   map[*types.Func]*Summary
	// derived caches the sinks derived from catalog SDKs' code
	// (derivedSink); sdk is set when the package is a catalog SDK's.
	derived map[*types.Func]*sinks.Sink
	sdk     bool
	// solved, when set, are the functions the fixpoint solves (a
	// catalog SDK's: sdkFuncs); a call of another function of the
	// package is conservative.
	solved map[*ssa.Function]bool
	// globals are the memory cells of the package's variables, shared by
	// its functions; a function that touched a variable is analysed again
	// when the variable's cells grow.
	globals       map[*ssa.Global]map[Path]set
	globalReaders map[*ssa.Global]map[*ssa.Function]bool
	dirtyGlobals  map[*ssa.Global]bool
	impls         map[*types.Func][]*types.Func
	viaIface      map[*Summary]*Summary     // see viaInterface
	packages      map[string]*types.Package // see lookupPackage
	methods       map[methodKey]*types.Func // see lookupMethod
	// funcs are the package's functions, closures included; funcStores
	// indexes the function values they store (see funcvalues.go).
	funcs      []*ssa.Function
	funcStores map[StoreKey][]ssa.Value
	callers    map[*ssa.Function][]*ssa.CallCommon // static calls in the package
	escapes    map[*ssa.Function]bool              // functions used as values
	targetMemo map[ssa.Value]funcTargetsResult
	// coarse marks the functions whose summaries are kept coarse (see
	// maxFlows).
	coarse map[*ssa.Function]bool
	// limits records where a bound cut the analysis short.
	limits limits
	// methodsByName indexes the concrete methods in scope (see
	// implementations); built on first use.
	methodsByName map[string][]candidate
	// resolved are the pending calls with source data that a call in
	// this package resolved (see wiring.go).
	resolved map[pendingKey]bool
	// imports are the imports' pending calls (importedPending).
	imports *[]IfaceCall
	// std memoises which packages are the standard library's.
	std      map[*types.Package]bool
	calls    map[token.Pos]*ast.CallExpr // by Lparen
	callEnds map[token.Pos]token.Pos     // by start
}

// newPkgAnalysis returns the state of a package's analysis before its
// SSA is built (enough for relevant); setSSA completes it.
func newPkgAnalysis(pass *analysis.Pass, ann *annotations.Result, cfg *config.Config, matcher *sinks.Matcher) *pkgAnalysis {
	return &pkgAnalysis{
		cfg:           cfg,
		pass:          pass,
		ann:           ann,
		sinks:         matcher,
		types:         &typeSources{ann: ann, cfg: cfg},
		summaries:     map[*ssa.Function]*Summary{},
		findings:      map[*ssa.Function][]Finding{},
		dependents:    map[*ssa.Function]map[*ssa.Function]bool{},
		imported:      map[*types.Func]*Summary{},
		globals:       map[*ssa.Global]map[Path]set{},
		globalReaders: map[*ssa.Global]map[*ssa.Function]bool{},
		dirtyGlobals:  map[*ssa.Global]bool{},
		resolved:      map[pendingKey]bool{},
		impls:         map[*types.Func][]*types.Func{},
		coarse:        map[*ssa.Function]bool{},
	}
}

// setSSA gives the analysis the package's SSA and its source functions
// (closures included).
func (a *pkgAnalysis) setSSA(pkg *ssa.Package, funcs []*ssa.Function) {
	a.ssaPkg = pkg
	a.funcs = funcs
}

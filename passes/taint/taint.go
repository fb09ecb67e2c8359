package taint

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/analysisdoc"
	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/internal/goroot"
	"github.com/privetlint/privet/internal/guard"
	"github.com/privetlint/privet/passes/annotations"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

//go:embed doc.go
var doc string

// Analyzer computes flows and function summaries. Its Result is *Result.
var Analyzer = New(config.Analyzer, annotations.Analyzer, sinks.Analyzer)

// New returns a taint analyzer over a config analyzer and the
// annotations and sinks analyzers built on it (config.New,
// annotations.New, sinks.New).
func New(cfg, ann, snk *analysis.Analyzer) *analysis.Analyzer {
	return NewProvisional(cfg, ann, snk, Provisional{})
}

// NewProvisional is New with provisional sources (provisional.go).
func NewProvisional(cfg, ann, snk *analysis.Analyzer, p Provisional) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: "privettaint",
		Doc:  analysisdoc.FromDocGo(doc, "privettaint"),
		Run:  runGuarded(p),
		// SSA is built on demand (buildSSA), not required: most
		// packages of a dependency graph are skipped or take the fast
		// path, and building their SSA would cost more than deciding.
		// ctrlflow is what buildssa requires.
		Requires:   []*analysis.Analyzer{ctrlflow.Analyzer, ann, snk, cfg},
		ResultType: reflect.TypeOf((*Result)(nil)),
		FactTypes:  []analysis.Fact{new(Summary), new(Analyzed), new(PendingCalls), new(SDKSink)},
	}
}

// Result lists the flows found in one package.
type Result struct {
	Findings []Finding
	// Summaries are the non-empty summaries of the package's declared
	// functions and methods (those exported as facts, but for a catalog
	// SDK's package).
	Summaries map[*types.Func]*Summary
	// SDKSinks are, in a catalog SDK's package, the functions and
	// methods whose parameters reach the network (derived.go).
	SDKSinks map[*types.Func]*SDKSink
	// Limits are the places where a bound of the engine cut the
	// analysis short.
	Limits []Limit
	// Route says how the package was treated.
	Route Route
	// Why says what made an analysed package relevant (relevant.go).
	Why string
	// Err is why the analysis failed (an internal error, with its
	// trace); the other fields are then empty.
	Err error
}

// runGuarded runs the pass with panics turned into errors (guard), and
// hands such an error on in the Result rather than failing: go vet and
// golangci-lint print only the errors of the analyzers they were asked
// for, so a failure here would show as "failed prerequisites:
// privettaint", its cause and trace lost. privet returns Err as its own
// error; privetdiscover leaves it to privet.
func runGuarded(p Provisional) func(*analysis.Pass) (any, error) {
	guarded := guard.Run(func(pass *analysis.Pass) (any, error) { return run(pass, p) })
	return func(pass *analysis.Pass) (any, error) {
		res, err := guarded(pass)
		if err != nil {
			return &Result{Err: err}, nil
		}
		return res, nil
	}
}

// Route is how the taint pass treated a package.
type Route string

const (
	// Skipped: the standard library, modelled rather than analysed.
	Skipped Route = "skipped"
	// FastPath: nothing in the package can hold a source or reach a sink
	// (relevant.go); not analysed, no facts.
	FastPath Route = "fast path"
	// Analysed: the package went through the fixpoint.
	Analysed Route = "analysed"
)

// Finding is one flow of sensitive data into a sink.
type Finding struct {
	// Pos is the start of the call expression that sends (or that passes
	// the value to a function that sends); End its end, when known.
	Pos    token.Pos
	End    token.Pos
	Source string
	Cats   category.Set
	Sink   SinkRef
	// Trace is the path from the read of the source to the sink argument.
	Trace []Step
	// Func is the declared function the report is in (nil in package
	// initialisers).
	Func *types.Func
	// Arg is the argument expression of the reported call that carries
	// the data, when there is a single one (for suggested fixes).
	Arg ast.Expr
}

func (f *Finding) key() string { return f.Source + "|" + f.Sink.Display }

// crashFor names a package whose analysis panics on purpose, so that
// the tests can check what a user sees of an internal error under each
// host (cmd/privet's TestReliability).
var crashFor = os.Getenv("PRIVET_TEST_CRASH_IN")

func run(pass *analysis.Pass, p Provisional) (any, error) {
	if crashFor != "" && pass.Pkg.Path() == crashFor {
		panic("crash asked for by PRIVET_TEST_CRASH_IN")
	}
	matcher := sinks.For(pass)
	if goroot.IsStd(pass) {
		// The standard library is modelled rather than analysed (its
		// internals would only lose precision); the SDKs of the catalog
		// are analysed for their derived sinks only (derived.go).
		return &Result{Route: Skipped}, nil
	}
	ann := annotations.For(pass)
	cfg := config.For(pass)
	a := newPkgAnalysis(pass, ann, cfg, matcher)
	a.sdk = matcher.InCatalogModule(pass.Pkg.Path())
	// Provisional sources only in the code under development: a
	// dependency's own reads of its fields stay on the fast path.
	module := ""
	if pass.Module != nil {
		module = pass.Module.Path
	}
	if guess := p.forPass(cfg, ann, module); guess != nil && a.underDevelopment() {
		a.types.guess, a.types.explicit = guess, &typeSources{ann: ann, cfg: cfg}
	}
	why, ok := a.relevant()
	if !ok {
		return &Result{Route: FastPath}, nil
	}
	ssaRes, err := buildSSA(pass)
	if err != nil {
		return nil, err
	}
	a.setSSA(ssaRes.Pkg, ssaRes.SrcFuncs)
	if a.sdk {
		// A catalog SDK's package: only its derived sinks leave it.
		a.solve(a.sdkFuncs(ssaRes.SrcFuncs))
		sums := a.exportSummaries(ssaRes.SrcFuncs)
		facts := a.sdkSinks(sums)
		a.exportSDKSinks(facts)
		return &Result{Summaries: sums, SDKSinks: facts, Limits: a.limits.list(), Route: Analysed, Why: why}, nil
	}
	pass.ExportPackageFact(&Analyzed{})
	a.solve(ssaRes.SrcFuncs)
	a.exportInterfaceSinks()
	pending := a.pending(ssaRes.SrcFuncs)
	a.exportPending(pending)
	a.wire(pending)
	return &Result{
		Summaries: a.exportSummaries(ssaRes.SrcFuncs),
		Findings:  a.allFindings(ssaRes.SrcFuncs),
		Limits:    a.limits.list(),
		Route:     Analysed,
		Why:       why,
	}, nil
}

// buildSSA builds the package's SSA as buildssa.Analyzer does (it is
// that analyzer's Run, on this pass: the pass has the ctrlflow result
// it reads). Called only for packages that are analysed, so skipped and
// fast-path packages cost no more than type checking and ctrlflow.
func buildSSA(pass *analysis.Pass) (*buildssa.SSA, error) {
	res, err := buildssa.Analyzer.Run(pass)
	if err != nil {
		return nil, err
	}
	return res.(*buildssa.SSA), nil
}

// exportSummaries exports the non-empty summaries of the package's
// declared functions as facts (not a catalog SDK's: see derived.go) and
// returns them.
func (a *pkgAnalysis) exportSummaries(funcs []*ssa.Function) map[*types.Func]*Summary {
	var out map[*types.Func]*Summary
	for _, fn := range funcs {
		s := a.summaries[fn]
		if s.Empty() || fn.Parent() != nil || fn.Synthetic != "" {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() == a.pass.Pkg {
			if !a.sdk {
				a.pass.ExportObjectFact(obj, exported(s, a.pass.Fset, a.pass.Pkg.Path()))
			}
			if out == nil {
				out = map[*types.Func]*Summary{}
			}
			out[obj] = s
		}
	}
	return out
}

// allFindings lists the findings of every function once, by position,
// each with the end of its call.
func (a *pkgAnalysis) allFindings(funcs []*ssa.Function) []Finding {
	var out []Finding
	seen := map[findingKey]bool{}
	for _, fn := range funcs {
		for _, f := range a.findings[fn] {
			k := findingKey{f.Pos, f.Source, f.Sink.Display}
			if seen[k] {
				continue
			}
			seen[k] = true
			f.End = a.callEnd(f.Pos)
			out = append(out, f)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Pos != out[j].Pos {
			return out[i].Pos < out[j].Pos
		}
		return out[i].key() < out[j].key()
	})
	return out
}

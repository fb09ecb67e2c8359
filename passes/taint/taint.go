package taint

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
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
	return &analysis.Analyzer{
		Name:       "privettaint",
		Doc:        analysisdoc.FromDocGo(doc, "privettaint"),
		Run:        guard.Run(run),
		Requires:   []*analysis.Analyzer{buildssa.Analyzer, ann, snk, cfg},
		ResultType: reflect.TypeOf((*Result)(nil)),
		FactTypes:  []analysis.Fact{new(Summary), new(Analyzed)},
	}
}

// Result lists the flows found in one package.
type Result struct {
	Findings []Finding
	// Summaries are the non-empty summaries of the package's declared
	// functions and methods (those exported as facts).
	Summaries map[*types.Func]*Summary
}

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

// skipped reports whether a package is not analysed: the standard library
// and the SDKs the catalog describes are modelled rather than analysed
// (their internals would only lose precision), and calls into them pass
// taint conservatively.
func skipped(pass *analysis.Pass, m *sinks.Matcher) bool {
	return goroot.IsStd(pass) || m.InCatalogModule(pass.Pkg.Path())
}

func run(pass *analysis.Pass) (any, error) {
	matcher := sinks.For(pass)
	res := &Result{}
	if skipped(pass, matcher) {
		return res, nil
	}
	ssaRes := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	ann := annotations.For(pass)
	cfg := config.For(pass)
	a := &pkgAnalysis{
		cfg:           cfg,
		pass:          pass,
		ann:           ann,
		sinks:         matcher,
		ssaPkg:        ssaRes.Pkg,
		types:         &typeSources{ann: ann, cfg: cfg},
		summaries:     map[*ssa.Function]*Summary{},
		findings:      map[*ssa.Function][]Finding{},
		dependents:    map[*ssa.Function]map[*ssa.Function]bool{},
		imported:      map[*types.Func]*Summary{},
		globals:       map[*ssa.Global]map[string]set{},
		globalReaders: map[*ssa.Global]map[*ssa.Function]bool{},
		dirtyGlobals:  map[*ssa.Global]bool{},
		impls:         map[*types.Func][]*types.Func{},
		funcs:         ssaRes.SrcFuncs,
		coarse:        map[*ssa.Function]bool{},
	}
	if !a.relevant() {
		// The fast path: nothing here reads sensitive data, sends, or
		// calls code that does. Callers treat this package's functions
		// conservatively, which is exact for pass-through code.
		return res, nil
	}
	pass.ExportPackageFact(&Analyzed{})
	a.solve(ssaRes.SrcFuncs)
	for _, fn := range ssaRes.SrcFuncs {
		s := a.summaries[fn]
		if s.Empty() || fn.Parent() != nil || fn.Synthetic != "" {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok && obj.Pkg() == pass.Pkg {
			pass.ExportObjectFact(obj, exported(s, pass.Fset, pass.Pkg.Path()))
			if res.Summaries == nil {
				res.Summaries = map[*types.Func]*Summary{}
			}
			res.Summaries[obj] = s
		}
	}
	res.Findings = a.allFindings(ssaRes.SrcFuncs)
	for i := range res.Findings {
		a.callExpr(token.NoPos) // builds the position tables
		res.Findings[i].End = a.callEnds[res.Findings[i].Pos]
	}
	return res, nil
}

// pkgAnalysis is the state of one package's analysis.
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
	// globals are the memory cells of the package's variables, shared by
	// its functions; a function that touched a variable is analysed again
	// when the variable's cells grow.
	globals       map[*ssa.Global]map[string]set
	globalReaders map[*ssa.Global]map[*ssa.Function]bool
	dirtyGlobals  map[*ssa.Global]bool
	impls         map[*types.Func][]*types.Func
	// funcs are the package's functions, closures included; funcStores
	// indexes the function values they store (see funcvalues.go).
	funcs      []*ssa.Function
	funcStores map[string][]ssa.Value
	callers    map[*ssa.Function][]*ssa.CallCommon // static calls in the package
	escapes    map[*ssa.Function]bool              // functions used as values
	targetMemo map[ssa.Value]funcTargetsResult
	// coarse marks the functions whose summaries are kept coarse (see
	// maxFlows).
	coarse map[*ssa.Function]bool
	// methodsByName indexes the concrete methods in scope (see
	// implementations); built on first use.
	methodsByName map[string][]candidate
	calls         map[token.Pos]*ast.CallExpr // by Lparen
	callEnds      map[token.Pos]token.Pos     // by start
}

// solve computes summaries to a fixpoint: a function is analysed again
// whenever the summary of a function it calls changes. Summaries only
// grow, so this terminates; the bound is a safety net.
func (a *pkgAnalysis) solve(funcs []*ssa.Function) {
	queue := append([]*ssa.Function(nil), funcs...)
	queued := map[*ssa.Function]bool{}
	for _, fn := range funcs {
		queued[fn] = true
	}
	budget := 20*len(funcs) + 100
	for len(queue) > 0 && budget > 0 {
		budget--
		fn := queue[0]
		queue = queue[1:]
		queued[fn] = false
		sum, found := analyzeFunc(a, fn)
		a.findings[fn] = found
		var deps []*ssa.Function
		for g := range a.dirtyGlobals {
			for r := range a.globalReaders[g] {
				deps = append(deps, r)
			}
			delete(a.dirtyGlobals, g)
		}
		if old := a.summaries[fn]; old == nil || !sameSummary(old, sum) {
			a.summaries[fn] = sum
			for d := range a.dependents[fn] {
				deps = append(deps, d)
			}
		}
		sort.Slice(deps, func(i, j int) bool {
			return deps[i].Pos() < deps[j].Pos() || deps[i].Pos() == deps[j].Pos() && deps[i].String() < deps[j].String()
		})
		for _, d := range deps {
			if !queued[d] {
				queued[d] = true
				queue = append(queue, d)
			}
		}
	}
}

func (a *pkgAnalysis) allFindings(funcs []*ssa.Function) []Finding {
	var out []Finding
	seen := map[string]bool{}
	for _, fn := range funcs {
		for _, f := range a.findings[fn] {
			k := strconv.Itoa(int(f.Pos)) + "|" + f.key()
			if seen[k] {
				continue
			}
			seen[k] = true
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

// summaryOf returns the summary of a callee and whether it is known. An
// unknown callee is handled conservatively by the caller.
func (a *pkgAnalysis) summaryOf(callee, caller *ssa.Function) (*Summary, bool) {
	if o := callee.Origin(); o != nil {
		callee = o
	}
	if callee.Pkg == a.ssaPkg && callee.Synthetic == "" && callee.Blocks != nil {
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

// implementations returns the methods, among the named types of this
// package and its direct imports, that implement an interface method:
// "an implementation in scope" for interface calls. The candidates are
// indexed by method name once per package, so each interface method only
// checks the types that have a method of its name.
func (a *pkgAnalysis) implementations(m *types.Func) []*types.Func {
	if impls, ok := a.impls[m]; ok {
		return impls
	}
	if a.methodsByName == nil {
		a.indexMethods()
	}
	var impls []*types.Func
	if iface, ok := m.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface); ok {
		for _, c := range a.methodsByName[m.Name()] {
			if types.Implements(c.recv, iface) {
				impls = append(impls, c.fn)
			}
		}
	}
	a.impls[m] = impls
	return impls
}

// candidate is a concrete method and the receiver type whose method set
// holds it.
type candidate struct {
	recv types.Type
	fn   *types.Func
}

// indexMethods lists the methods of the non-generic named types declared
// in this package and its direct imports, by name.
func (a *pkgAnalysis) indexMethods() {
	a.methodsByName = map[string][]candidate{}
	for _, p := range append([]*types.Package{a.pass.Pkg}, a.pass.Pkg.Imports()...) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || named.TypeParams().Len() > 0 {
				continue
			}
			ptr := types.NewPointer(named)
			mset := types.NewMethodSet(ptr)
			for i := 0; i < mset.Len(); i++ {
				fn, ok := mset.At(i).Obj().(*types.Func)
				if !ok {
					continue
				}
				recv := types.Type(ptr)
				if _, isPtr := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); !isPtr && mset.At(i).Indirect() == false {
					recv = named
				}
				a.methodsByName[fn.Name()] = append(a.methodsByName[fn.Name()], candidate{recv, fn})
			}
		}
	}
}

// relevant reports whether the package can hold a source or reach a
// sink, judged from the type checker's records alone: it names a sink, a
// sanitizer, or a function whose summary sends or returns sensitive data;
// or it has an expression whose type carries sensitive data; or it reads
// a field of such a type.
func (a *pkgAnalysis) relevant() bool {
	info := a.pass.TypesInfo
	for _, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if a.sinks.Func(fn) != nil {
			return true
		}
		if _, ok := a.ann.SanitizerCategories(fn); ok || builtinSanitizer(fn) {
			return true
		}
		if _, ok := a.cfg.Sanitizer(fn); ok {
			return true
		}
		if _, ok := a.cfg.SourceFunc(fn); ok {
			return true
		}
		if fn.Pkg() != a.pass.Pkg {
			// Parameter-to-result flows alone make nothing sensitive:
			// only a callee that sends or returns a source matters.
			if s, ok := a.importedSummary(fn); ok && (len(s.Sinks) > 0 || s.hasSource()) {
				return true
			}
		}
	}
	for _, tv := range info.Types {
		if tv.Type != nil && !a.types.of(tv.Type).Empty() {
			return true
		}
	}
	for _, def := range info.Defs {
		if v, ok := def.(*types.Var); ok && !a.types.of(v.Type()).Empty() {
			return true
		}
	}
	return false
}

// callStart maps the Lparen of a call, which is what SSA records, to the
// start of the call expression, which is where privet reports.
func (a *pkgAnalysis) callStart(lparen token.Pos) token.Pos {
	if c := a.callExpr(lparen); c != nil {
		return c.Pos()
	}
	return lparen
}

func (a *pkgAnalysis) callExpr(lparen token.Pos) *ast.CallExpr {
	if a.calls == nil {
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
	return a.calls[lparen]
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

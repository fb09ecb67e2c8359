package taint

import (
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/passes/sinks"
)

// Sinks derived from a catalog SDK's own code (issue 14; passes/sinks,
// derived.go). The packages of a catalog module are analysed like any
// dependency's, but what they export is narrower: no summaries, no
// Analyzed fact, no interface or pending-call facts, so that a call into
// the SDK stays what it was before (conservative, argument to result)
// and the SDK's facts stay sparse. Only an exported function or method
// (or an interface method whose implementations in scope do) whose
// parameters reach an HTTP request or a sink of the family's kind gets
// an SDKSink fact, and a call of it is a sink of the family, unless an
// entry or rule of the catalog names it first.

// SDKSink is the fact on a function or method of a catalog SDK whose
// parameters reach, in the SDK's own code, an HTTP request or a sink of
// the family's kind.
type SDKSink struct {
	// Args are the parameters that reach it, counted as sinks.Entry
	// counts them (declared parameters, no receiver); never a
	// context.Context or the receiver.
	Args []int
	// Via names the sink inside the SDK the first of them reaches
	// ("requestconfig HTTPDoer.Do"), for privet sinks -coverage.
	Via string
}

// AFact marks SDKSink as an analysis fact.
func (*SDKSink) AFact() {}

func (s *SDKSink) String() string {
	args := make([]string, len(s.Args))
	for i, a := range s.Args {
		args[i] = strconv.Itoa(a)
	}
	return "sdk sink args " + strings.Join(args, ",") + " via " + s.Via
}

// derivedSink returns the sink a function of a catalog SDK in another
// package is by its SDKSink fact, or nil.
func (a *pkgAnalysis) derivedSink(obj *types.Func) *sinks.Sink {
	obj = obj.Origin()
	if obj.Pkg() == nil || obj.Pkg() == a.pass.Pkg || !a.sinks.InCatalogModule(obj.Pkg().Path()) {
		return nil
	}
	if s, ok := a.derived[obj]; ok {
		return s
	}
	var s *sinks.Sink
	fact := new(SDKSink)
	if a.pass.ImportObjectFact(obj, fact) {
		s = a.sinks.DerivedSink(obj, fact.Args)
	}
	if a.derived == nil {
		a.derived = map[*types.Func]*sinks.Sink{}
	}
	a.derived[obj] = s
	return s
}

// sdkSinks computes the SDKSink facts of a catalog SDK's package from
// its functions' summaries: exported functions and methods (methods of
// unexported types included: stripe's services are reached through the
// client's fields), and the methods of its interfaces whose
// implementations in scope send.
func (a *pkgAnalysis) sdkSinks(sums map[*types.Func]*Summary) map[*types.Func]*SDKSink {
	out := map[*types.Func]*SDKSink{}
	for fn, s := range sums {
		if fn.Exported() {
			if d := a.sdkSink(fn, s.Sinks); d != nil {
				out[fn] = d
			}
		}
	}
	for _, m := range a.interfaceSinks() {
		if d := a.sdkSink(m.method, m.sinks); d != nil {
			out[m.method] = d
		}
	}
	return out
}

// sdkSink is the fact for fn with the sink flows ks, or nil when none of
// its declared parameters other than a context reaches a sink that
// makes a derived one.
func (a *pkgAnalysis) sdkSink(fn *types.Func, ks []SinkFlow) *SDKSink {
	sig := fn.Type().(*types.Signature)
	first := 0
	if sig.Recv() != nil {
		first = 1
	}
	d := &SDKSink{}
	for _, k := range ks {
		i := k.Param - first
		if i < 0 || i >= sig.Params().Len() || isContext(sig.Params().At(i).Type()) || !a.sinks.Derives(a.pass.Pkg.Path(), k.Sink.Kind) {
			continue
		}
		if !slices.Contains(d.Args, i) {
			d.Args = append(d.Args, i)
		}
		if d.Via == "" {
			d.Via = k.Sink.Display
		}
	}
	if len(d.Args) == 0 {
		return nil
	}
	slices.Sort(d.Args)
	return d
}

// exportSDKSinks exports the package's SDKSink facts, in the order of
// their positions.
func (a *pkgAnalysis) exportSDKSinks(facts map[*types.Func]*SDKSink) {
	fns := make([]*types.Func, 0, len(facts))
	for fn := range facts {
		fns = append(fns, fn)
	}
	slices.SortFunc(fns, func(x, y *types.Func) int { return int(x.Pos() - y.Pos()) })
	for _, fn := range fns {
		a.pass.ExportObjectFact(fn, facts[fn])
	}
}

// sdkFuncs is the part of a catalog SDK's functions worth solving for
// derived sinks: those that call a sink, or call a function of the
// package that does (statically, through an interface method of the same
// name, or through any function value the package makes), a closure's
// sinks counting for the function that makes it. The catalog's own sinks
// are left out: a call of one is a sink call, and its summary is never
// read. The other functions (stripe-go's thousands of params and JSON
// helpers) are not analysed, and a call of one is conservative (see
// summaryOf), so that what reaches a sink through them is still seen.
func (a *pkgAnalysis) sdkFuncs(funcs []*ssa.Function) []*ssa.Function {
	inPkg := map[*ssa.Function]bool{}
	byName := map[string][]*ssa.Function{}
	for _, fn := range funcs {
		inPkg[fn] = true
		if fn.Signature.Recv() != nil {
			byName[fn.Name()] = append(byName[fn.Name()], fn)
		}
	}
	sends := func(obj *types.Func) bool {
		if obj == nil {
			return false
		}
		if a.sinks.Func(obj) != nil || a.derivedSink(obj) != nil {
			return true
		}
		s, ok := a.importedSummary(obj)
		return ok && len(s.Sinks) > 0
	}
	callers := map[*ssa.Function][]*ssa.Function{}
	var seeds, dynamic, values []*ssa.Function
	var ops []*ssa.Value
	for _, fn := range funcs {
		if p := fn.Parent(); p != nil {
			callers[fn] = append(callers[fn], p)
		}
		seed := false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if f, ok := (*op).(*ssa.Function); ok {
						if inPkg[f] {
							values = append(values, f)
						} else if obj, ok := f.Object().(*types.Func); ok && sends(obj) {
							seed = true // a sink's method value or thunk
						}
					}
				}
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				c := call.Common()
				if c.IsInvoke() {
					seed = seed || sends(c.Method)
					for _, m := range byName[c.Method.Name()] {
						callers[m] = append(callers[m], fn)
					}
					continue
				}
				callee := c.StaticCallee()
				if callee == nil {
					if _, ok := c.Value.(*ssa.Builtin); !ok {
						dynamic = append(dynamic, fn)
					}
					continue
				}
				if o := callee.Origin(); o != nil {
					callee = o
				}
				obj, _ := callee.Object().(*types.Func)
				switch {
				case obj != nil && sends(obj):
					seed = true
				case inPkg[callee]:
					callers[callee] = append(callers[callee], fn)
				}
			}
		}
		if seed {
			seeds = append(seeds, fn)
		}
	}
	for _, d := range dynamic {
		for _, v := range values {
			callers[v] = append(callers[v], d)
		}
	}
	keep := map[*ssa.Function]bool{}
	for len(seeds) > 0 {
		fn := seeds[len(seeds)-1]
		seeds = seeds[:len(seeds)-1]
		if keep[fn] {
			continue
		}
		if obj, ok := fn.Object().(*types.Func); ok && a.sinks.Func(obj) != nil {
			continue
		}
		keep[fn] = true
		seeds = append(seeds, callers[fn]...)
	}
	var out []*ssa.Function
	for _, fn := range funcs {
		if keep[fn] {
			out = append(out, fn)
		}
	}
	a.solved = keep
	return out
}

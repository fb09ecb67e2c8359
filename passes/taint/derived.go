package taint

import (
	"go/types"
	"slices"
	"strconv"
	"strings"

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

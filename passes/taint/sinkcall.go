package taint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/sinks"
)

// Sink calls. Data arrives at a sink four ways: as an argument of a sink
// called here (directSink), as an argument of a function whose summary
// sends it (apply), through a function value a callee calls with it
// (paramcalls.go), or through an interface whose implementations send
// (interfaces.go). All four end in sinkCall, and the destination of a
// catalog sink is named by sinkRef alone.

// arrival is data arriving at a sink.
type arrival struct {
	// at is where a finding is reported.
	at  token.Pos
	ref SinkRef
	// in is the data, as it is at the call.
	in set
	// cleared are the categories sanitized on the way inside a callee.
	cleared category.Set
	// step, when set, is added to every origin; tail are the steps
	// inside a callee, after it.
	step Step
	tail []Step
	// arg is the argument expression that carries the data, when there
	// is a single one (for suggested fixes).
	arg ast.Expr
}

// sinkCall records every origin of an arrival as a finding (a source) or
// a summary entry (a parameter).
func (st *fnState) sinkCall(a arrival) {
	for _, o := range a.in {
		if o = o.sanitized(a.cleared); o == nil {
			continue
		}
		if a.step.What != "" {
			o = o.with(a.step)
		}
		st.reach(a.at, o, a.ref, a.tail, a.arg)
	}
}

// sinkRef names where a catalog or declared sink sends: for an HTTP sink
// whose URL argument url is a constant, the host, and the kind and
// family of the service the host belongs to (an AI API behind a plain
// http.Post is an AI sink).
func sinkRef(sink *sinks.Sink, url ssa.Value) SinkRef {
	ref := SinkRef{Kind: sink.Kind, Family: sink.Family, Display: sink.Display}
	if sink.Kind != sinks.KindHTTP || url == nil {
		return ref
	}
	if host := constHost(url, 0); host != "" {
		ref.Host = host
		if rule, ok := sinks.ClassifyHost(host); ok {
			ref.Kind, ref.Family = rule.Kind, rule.Family
			ref.Display += " to " + host
		}
	}
	return ref
}

// urlArg is the SSA index of a sink's URL argument, or -1.
func urlArg(sink *sinks.Sink, hasRecv bool) int {
	if sink.Kind != sinks.KindHTTP || sink.URLArg < 0 {
		return -1
	}
	if hasRecv {
		return sink.URLArg + 1
	}
	return sink.URLArg
}

// directSink handles a call of a sink: every payload argument arrives.
// via, when set, is the step before the sink's argument (an interface
// call whose implementation is the sink).
func (st *fnState) directSink(pos token.Pos, c *callee, via Step) {
	var url ssa.Value
	if i := urlArg(c.sink, c.hasRecv); i >= 0 && i < len(c.args) {
		url = c.args[i]
	}
	ref := sinkRef(c.sink, url)
	start := st.start(pos)
	for _, i := range payload(c.sink, argTypes(c.args), c.hasRecv) {
		step := Step{Pos: start, What: "argument " + strconv.Itoa(i) + " of " + ref.Display}
		if c.hasRecv {
			step.What = "argument " + strconv.Itoa(i-1) + " of " + ref.Display
			if i == 0 {
				step.What = "receiver of " + ref.Display
			}
		}
		in := st.opaque(c.args[i], start)
		if via.What != "" {
			in = in.with(via)
		}
		st.sinkCall(arrival{at: start, ref: ref, in: in, step: step, arg: st.a.argExpr(pos, i, c.hasRecv)})
	}
}

// payload returns the SSA argument indexes that carry a sink's payload.
func payload(sink *sinks.Sink, args []types.Type, hasRecv bool) []int {
	off := 0
	if hasRecv {
		off = 1
	}
	var idx []int
	if sink.Args == nil {
		for i := off; i < len(args); i++ {
			if !isContext(args[i]) {
				idx = append(idx, i)
			}
		}
		return idx
	}
	for _, a := range sink.Args {
		if a < 0 {
			if hasRecv {
				idx = append(idx, 0)
			}
			continue
		}
		if a+off < len(args) {
			idx = append(idx, a+off)
		}
	}
	return idx
}

func argTypes(args []ssa.Value) []types.Type {
	out := make([]types.Type, len(args))
	for i, a := range args {
		out[i] = a.Type()
	}
	return out
}

// paramTypes lists the types of a function's parameters, the receiver
// first, as SSA numbers them.
func paramTypes(fn *types.Func) []types.Type {
	sig := fn.Type().(*types.Signature)
	var out []types.Type
	if sig.Recv() != nil {
		out = append(out, sig.Recv().Type())
	}
	for i := 0; i < sig.Params().Len(); i++ {
		out = append(out, sig.Params().At(i).Type())
	}
	return out
}

// findingKey identifies a finding regardless of its trace and categories.
type findingKey struct {
	pos    token.Pos
	source string
	sink   string
}

// reach records that an origin arrives at a sink: a finding for a source,
// a summary entry for a parameter.
func (st *fnState) reach(at token.Pos, o *origin, ref SinkRef, tail []Step, arg ast.Expr) {
	o = o.withTrace(tail)
	if o.isParam() {
		k := sinkFlowKey{param: o.param, path: o.path, cleared: o.cats.String(), sink: ref.Display}
		if _, ok := st.sinkFlows.get(k); !ok {
			st.sinkFlows.put(k, SinkFlow{Param: o.param, Path: o.path, Cleared: o.cats, Sink: ref, Trace: o.trace.steps(), pos: at})
		}
		return
	}
	k := findingKey{pos: at, source: o.source, sink: ref.Display}
	if old, ok := st.findings.get(k); ok {
		// The same source reaching the same sink under different
		// sanitizations: report the union of what is left.
		old.Cats = old.Cats.Union(o.cats)
		st.findings.put(k, old)
		return
	}
	st.findings.put(k, Finding{Pos: at, Source: o.source, Cats: o.cats, Sink: ref, Trace: o.trace.steps(), Func: st.declared(), Arg: arg})
}

// constHost looks for a constant URL behind a value: a literal, a
// concatenation or fmt.Sprintf starting with one, url.Parse of one, or the
// URL of a request made by http.NewRequest.
func constHost(v ssa.Value, depth int) string {
	if depth > 8 || v == nil {
		return ""
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return sinks.HostOf(constant.StringVal(v.Value))
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return constHost(v.X, depth+1)
		}
	case *ssa.Extract:
		return constHost(v.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if h := constHost(e, depth+1); h != "" {
				return h
			}
		}
	case *ssa.MakeInterface:
		return constHost(v.X, depth+1)
	case *ssa.ChangeType:
		return constHost(v.X, depth+1)
	case *ssa.Convert:
		return constHost(v.X, depth+1)
	case *ssa.Call:
		if v.Call.IsInvoke() {
			return ""
		}
		for _, a := range v.Call.Args {
			if h := constHost(a, depth+1); h != "" {
				return h
			}
		}
	}
	return ""
}

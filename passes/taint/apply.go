package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
)

// application is a callee's summary applied at a call.
type application struct {
	// at is where findings are reported (the call, or for closures the
	// sink inside), callPos the call.
	at, callPos token.Pos
	callee      calleeRef
	args        []ssa.Value
	sum         *Summary
	v           *ssa.Call // the call's value; nil for go, defer, closures
	// recv, for an implementation applied at an interface call, is its
	// receiver type: the parts of the receiver its summary names are
	// those of a value of that type (see typeStep).
	recv types.Type
}

// apply applies a callee's summary at a call: its flows move the
// arguments' data into the results and into what the arguments point
// to, its sinks see the arguments, and the functions passed to it see
// what it calls them with.
func (st *fnState) apply(ap application) {
	name := ap.callee.name
	through := Step{Pos: st.start(ap.callPos), What: "passed to " + name}
	returned := Step{Pos: st.start(ap.callPos), What: "returned by " + name}
	nres := resultCount(ap.v)
	results := make([]set, nres)
	for _, f := range ap.sum.Flows {
		t, ok := st.arriving(ap.args, ap.recv, f.From, f.FromPath, f.Source, f.Cats, f.Trace, through, returned)
		if ok && f.Whole != "" {
			// A fresh origin (FromSource): say which type it is.
			t[0].valueType = &wholeType{f.whole, f.Whole}
		}
		if !ok {
			continue
		}
		switch {
		case !f.To.Pointee && f.To.Index < nres:
			results[f.To.Index], _ = results[f.To.Index].union(t)
		case f.To.Pointee && f.To.Index < len(ap.args) && ap.args[f.To.Index] != nil:
			st.write(ap.args[f.To.Index], f.To.Path, t)
		}
	}
	st.applyParamCalls(ap.callPos, name, ap.args, ap.sum.Calls)
	for _, fs := range ap.sum.FuncStores {
		if fs.Param < len(ap.args) && ap.args[fs.Param] != nil {
			st.storeFuncParam(ap.args[fs.Param], fs.Key)
		}
	}
	st.applySinks(ap, through)
	st.applyIfaceCalls(ap, through)
	if ap.v == nil {
		return
	}
	if nres > 1 {
		old := st.tuple[ap.v]
		if old == nil {
			old = make([]set, nres)
		}
		for i := range results {
			var grew bool
			old[i], grew = old[i].union(results[i])
			st.changed = st.changed || grew
		}
		st.tuple[ap.v] = old
	}
	for _, r := range results {
		st.addVal(ap.v, r)
	}
}

// applySinks sends the parts of the arguments the callee's sinks name.
func (st *fnState) applySinks(ap application, through Step) {
	for _, k := range ap.sum.Sinks {
		if k.Param >= len(ap.args) || ap.args[k.Param] == nil {
			continue
		}
		where := ap.at
		arg := st.a.argExpr(ap.callPos, k.Param, ap.callee.hasRecv)
		if ap.callee.captured >= 0 && k.pos.IsValid() && k.Param >= ap.callee.captured {
			// Captured, not passed: report at the sink inside the closure.
			where, arg = k.pos, nil
		}
		ref := st.a.viaThirdParty(ap.callee.obj, k.Sink)
		st.sinkCall(arrival{at: where, ref: ref, in: st.argPart(ap.args, ap.recv, k.Param, k.Path), cleared: k.Cleared, step: through, tail: k.Trace, arg: arg})
	}
}

func resultCount(v *ssa.Call) int {
	if v == nil {
		return 0
	}
	if tup, ok := v.Type().(*types.Tuple); ok {
		return tup.Len()
	}
	return 1
}

// argPart is the part of argument i at path; for the receiver of an
// implementation of type recv, seen through a type step (see typeStep).
func (st *fnState) argPart(args []ssa.Value, recv types.Type, i int, path Path) set {
	if i == 0 && recv != nil {
		path = typeStep(recv) + path
	}
	return st.part(args[i], path)
}

// arriving is what a summary entry brings in at a call: the part of
// argument from it reads (recv as in argPart), less the categories sanitized on the way, with
// through and the entry's trace added; or, for FromSource, the source it
// reads itself, with its trace and srcStep. ok is false when the
// argument is missing.
func (st *fnState) arriving(args []ssa.Value, recv types.Type, from int, fromPath Path, source string, cats category.Set, trace []Step, through, srcStep Step) (t set, ok bool) {
	if from == FromSource {
		return set{newSourceTrace(source, cats, append(append([]Step(nil), trace...), srcStep))}, true
	}
	if from < 0 || from >= len(args) || args[from] == nil {
		return nil, false
	}
	return st.argPart(args, recv, from, fromPath).mapped(func(o *origin) *origin {
		if o = o.sanitized(cats); o == nil {
			return nil
		}
		return o.with(through).withTrace(trace)
	}), true
}

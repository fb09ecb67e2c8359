package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// fnState is the analysis of one function body: the taint of its values
// and memory, and what it has found so far.
type fnState struct {
	a  *pkgAnalysis
	fn *ssa.Function

	vals map[ssa.Value]set
	mem  map[ssa.Value]map[Path]set
	// tuple holds per-result taint of calls whose callee has a summary.
	tuple   map[ssa.Value][]set
	results []set
	locMemo map[ssa.Value][]loc
	// aliases records that a call result may point into an argument
	// (json.NewEncoder(&buf), bufio.NewWriter(w)).
	aliases map[ssa.Value]ssa.Value
	// changed says that a value or cell grew in this round.
	changed bool
	// order makes memory flow-sensitive (order.go): the instruction
	// being applied and which writes it sees.
	order order

	// What the summary and the report are built from.
	sinkFlows  ordered[sinkFlowKey, SinkFlow]
	paramCalls ordered[paramCallKey, ParamCall]
	funcStores ordered[FuncStore, FuncStore]
	ifaceCalls ordered[ifaceCallKey, IfaceCall]
	findings   ordered[findingKey, Finding]
}

// sinkFlowKey identifies a SinkFlow regardless of its trace.
type sinkFlowKey struct {
	param   int
	path    Path
	cleared string
	sink    string
}

// paramCallKey identifies a ParamCall regardless of its trace.
type paramCallKey struct {
	fn     int
	fnPath Path
	arg    int
	from   originKey
}

func newFnState(a *pkgAnalysis, fn *ssa.Function) *fnState {
	st := &fnState{
		a: a, fn: fn,
		vals:    map[ssa.Value]set{},
		mem:     map[ssa.Value]map[Path]set{},
		tuple:   map[ssa.Value][]set{},
		results: make([]set, fn.Signature.Results().Len()),
		locMemo: map[ssa.Value][]loc{},
		aliases: map[ssa.Value]ssa.Value{},
	}
	for i, p := range fn.Params {
		st.vals[p] = set{newParam(i)}
	}
	for k, fv := range fn.FreeVars {
		st.vals[fv] = set{newParam(len(fn.Params) + k)}
	}
	return st
}

// addVal unions t into the taint of v.
func (st *fnState) addVal(v ssa.Value, t set) {
	if len(t) == 0 || v == nil {
		return
	}
	var grew bool
	st.vals[v], grew = st.vals[v].union(t)
	st.changed = st.changed || grew
}

// declared returns the declared function the analysed code belongs to
// (for a closure, the function it is written in).
func (st *fnState) declared() *types.Func {
	fn := st.fn
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	obj, _ := fn.Object().(*types.Func)
	return obj
}

// start is where a call at pos is reported and its steps placed: the
// start of the call expression.
func (st *fnState) start(pos token.Pos) token.Pos { return st.a.callStart(pos) }

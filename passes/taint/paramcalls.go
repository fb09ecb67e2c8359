package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Calls of function values, and the summary entries they leave: a
// function that calls a function it was given records what it passes
// (ParamCall) and a constructor that keeps one records where
// (FuncStore); the caller, which knows the function, applies them.

// maxCallPaths bounds the parts of one parameter a summary says are
// passed to one argument of a function parameter.
const maxCallPaths = 4

// callFuncValue handles a call of a function value. It reports whether
// the callee was resolved completely, in which case the call needs no
// conservative treatment.
func (st *fnState) callFuncValue(instr ssa.Instruction, c *callee, v *ssa.Call) bool {
	fv := unchanged(c.value)
	p, path := funcParam(st.fn, fv)
	if p >= 0 && path == "" {
		st.passToParam(instr, c.args, p, path, fv.Name())
		return false
	}
	targets, complete := st.a.funcTargets(fv, st.fn)
	if p >= 0 && !complete {
		// A function in a field of a parameter that this package does
		// not (only) set: the caller may know it.
		param := paramValue(st.fn, p)
		n, _ := path.field()
		f := fieldName(param.Type(), n)
		st.passToParam(instr, c.args, p, path, param.Name()+f[strings.LastIndexByte(f, '.'):])
	}
	for _, t := range targets {
		if !st.sends(t) {
			// Moving data from arguments to results is what the
			// conservative treatment does too, at less cost.
			complete = false
			continue
		}
		if mc, ok := t.(*ssa.MakeClosure); ok && mc.Parent() != st.fn && !isBoundWrapper(mc.Fn.(*ssa.Function)) {
			// A closure made elsewhere: its bindings are not values of
			// this function; what it captured was handled where it was
			// made.
			t = mc.Fn
		}
		var target callee
		st.classifyValue(&target, t, c.args, v)
		st.handle(instr, instr.Pos(), &target, v)
	}
	return complete
}

// sends reports whether a function value target is a sink, or a function
// whose summary sends, reads a source, stores through a parameter, calls
// a function it is given or keeps one: what a call of it must apply
// rather than treat conservatively.
func (st *fnState) sends(t ssa.Value) bool {
	fn, _ := funcOf(t)
	if fn == nil {
		return false
	}
	if obj, ok := fn.Object().(*types.Func); ok && st.a.sinks.Func(obj) != nil {
		return true
	}
	sum, known := st.a.summaryOf(fn, st.fn) // registers the dependency
	if !known {
		return false
	}
	if len(sum.Sinks) > 0 || len(sum.Calls) > 0 || len(sum.FuncStores) > 0 {
		return true
	}
	for _, f := range sum.Flows {
		if f.From == FromSource || f.To.Pointee {
			return true // a source, or a store through a parameter
		}
	}
	return false
}

// passToParam records in the summary what a call of the function in
// parameter p (at path) passes it, for the caller, which knows the
// function, to check.
func (st *fnState) passToParam(instr ssa.Instruction, args []ssa.Value, p int, path Path, name string) {
	pos := st.start(instr.Pos())
	for k, arg := range args {
		for _, o := range st.deep(arg) {
			st.paramCall(p, path, k, o.with(Step{Pos: pos, What: "passed to " + name}))
		}
	}
}

// paramCall records that o reaches argument arg of a call of the
// function in parameter p.
func (st *fnState) paramCall(p int, path Path, arg int, o *origin) {
	key := paramCallKey{fn: p, fnPath: path, arg: arg, from: o.key}
	if _, ok := st.paramCalls.get(key); ok {
		return
	}
	// A callback applied to many fields of a parameter (a validator
	// walking a struct) would record an entry per field and make every
	// caller pay for each: past maxCallPaths parts, the parameter is
	// passed on whole.
	if o.isParam() && o.path != "" {
		n := 0
		for _, k := range st.paramCalls.keys {
			if k.fn == p && k.fnPath == path && k.arg == arg && k.from.param == o.param && k.from.source == "" {
				n++
			}
		}
		if n >= maxCallPaths {
			o = o.whole()
			key.from = o.key
			if _, ok := st.paramCalls.get(key); ok {
				return
			}
		}
	}
	pc := ParamCall{Func: p, FuncPath: path, Arg: arg, From: o.param, FromPath: o.path, Cats: o.cats, Trace: o.trace.steps()}
	if !o.isParam() {
		pc.Source = o.source
	}
	st.paramCalls.put(key, pc)
}

// storeFuncParam records in the summary that a function parameter is
// stored at key (see FuncStore). v is of a function type.
func (st *fnState) storeFuncParam(v ssa.Value, key StoreKey) {
	if !key.valid() {
		return
	}
	p := paramIndex(st.fn, unchanged(v))
	if p < 0 || p >= len(st.fn.Params) {
		return // closures' free variables are not passed by callers
	}
	fs := FuncStore{Param: p, Key: key}
	if _, ok := st.funcStores.get(fs); !ok {
		st.funcStores.put(fs, fs)
	}
}

// applyParamCalls applies, at a call, what the callee passes to the
// functions it receives: their sinks see the caller's data.
func (st *fnState) applyParamCalls(callPos token.Pos, name string, args []ssa.Value, calls []ParamCall) {
	through := Step{Pos: st.start(callPos), What: "passed to " + name}
	for _, pc := range calls {
		if pc.Func >= len(args) || args[pc.Func] == nil {
			continue
		}
		if pc.From >= len(args) || pc.From >= 0 && args[pc.From] == nil {
			continue
		}
		// What arrives is computed only if the function is one that
		// sends or passes it on: most callbacks do neither.
		var in set
		computed := false
		arriving := func() set {
			if !computed {
				in, _ = st.arriving(args, nil, pc.From, pc.FromPath, pc.Source, pc.Cats, pc.Trace, through, through)
				computed = true
			}
			return in
		}
		// passed is the caller's value the callee passes to the same
		// function as argument k, when it passes one of its parameters
		// as it is (the URL of an http.Post it is given).
		passed := func(k int) ssa.Value {
			for _, other := range calls {
				if other.Func == pc.Func && other.FuncPath == pc.FuncPath && other.Arg == k && other.From >= 0 && other.From < len(args) && other.FromPath == "" {
					return args[other.From]
				}
			}
			return nil
		}
		st.sendToFunc(callPos, args[pc.Func], pc.FuncPath, pc.Arg, arriving, passed)
	}
}

// sendToFunc applies what the function value fv does with its argument
// arg to the origins arriving() returns: sinks it calls with that
// argument see them. A parameter of the analysed function passes them on
// in its summary. passed(k) is the value passed as argument k, if known.
func (st *fnState) sendToFunc(callPos token.Pos, fv ssa.Value, path Path, arg int, arriving func() set, passed func(int) ssa.Value) {
	if p, ppath := funcParam(st.fn, fv); p >= 0 {
		if path == "" || ppath == "" {
			for _, o := range arriving() {
				st.paramCall(p, ppath.then(path), arg, o)
			}
		}
		if ppath == "" {
			return
		}
	}
	var targets []ssa.Value
	if path == "" {
		targets, _ = st.a.funcTargets(fv, st.fn)
	} else {
		targets = st.a.funcTargetsAt(fv.Type(), path, st.fn)
	}
	at := st.start(callPos)
	for _, t := range targets {
		fn, shift := funcOf(t)
		if fn == nil {
			continue
		}
		param := arg + shift
		if obj, _ := fn.Object().(*types.Func); obj != nil {
			if sink := st.a.sinks.Func(obj); sink != nil {
				hasRecv := obj.Type().(*types.Signature).Recv() != nil
				var url ssa.Value
				if i := urlArg(sink, hasRecv); i >= shift {
					url = passed(i - shift)
				}
				ref := sinkRef(sink, url)
				if slices.Contains(payload(sink, paramTypes(obj), hasRecv), param) {
					st.sinkCall(arrival{at: at, ref: ref, in: arriving(), step: Step{Pos: at, What: "passed to " + ref.Display}})
				}
				continue
			}
		}
		sum, known := st.a.summaryOf(fn, st.fn)
		if !known {
			continue
		}
		for _, k := range sum.Sinks {
			if k.Param == param {
				st.sinkCall(arrival{at: at, ref: k.Sink, in: narrowEach(arriving(), k.Path), cleared: k.Cleared, tail: k.Trace})
			}
		}
	}
}

// narrowEach narrows every origin of in to a part, keeping them all
// (unlike set.at, which merges what the narrowing makes equal).
func narrowEach(in set, p Path) set {
	out := make(set, len(in))
	for i, o := range in {
		out[i] = o.at(p)
	}
	return out
}

// paramValue is the parameter or free variable numbered p as in
// paramIndex.
func paramValue(fn *ssa.Function, p int) ssa.Value {
	if p < len(fn.Params) {
		return fn.Params[p]
	}
	return fn.FreeVars[p-len(fn.Params)]
}

// paramIndex returns the summary parameter number of a parameter or free
// variable of fn, or -1.
func paramIndex(fn *ssa.Function, v ssa.Value) int {
	for i, p := range fn.Params {
		if p == v {
			return i
		}
	}
	for k, fv := range fn.FreeVars {
		if fv == v {
			return len(fn.Params) + k
		}
	}
	return -1
}

// funcParam returns the parameter (summary numbering) a function value
// comes from and the path of the field holding it ("" for the parameter
// itself), or -1.
func funcParam(fn *ssa.Function, fv ssa.Value) (int, Path) {
	fv = unchanged(fv)
	if p := paramIndex(fn, fv); p >= 0 {
		return p, ""
	}
	var base ssa.Value
	field := -1
	switch v := fv.(type) {
	case *ssa.UnOp:
		if fa, ok := v.X.(*ssa.FieldAddr); ok && v.Op == token.MUL {
			base, field = fa.X, fa.Field
		}
	case *ssa.Field:
		base, field = v.X, v.Field
		if load, ok := base.(*ssa.UnOp); ok && load.Op == token.MUL {
			base = load.X
		}
	}
	if base != nil {
		if p := paramIndex(fn, base); p >= 0 {
			return p, fieldStep(field)
		}
	}
	return -1, ""
}

func unchanged(v ssa.Value) ssa.Value {
	for {
		ct, ok := v.(*ssa.ChangeType)
		if !ok {
			return v
		}
		v = ct.X
	}
}

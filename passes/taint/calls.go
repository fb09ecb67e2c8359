package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/config"
	"github.com/privetlint/privet/passes/sinks"
)

// Calls are handled in two steps: the callee is classified once into one
// of a few kinds, then the handler of that kind applies it. The order of
// the checks in classify is the precedence: a function that is both a
// sink and has a summary is a sink.

// calleeKind is what a call's callee is to the analysis.
type calleeKind int

const (
	// opaqueCallee: code without a summary (the standard library, an
	// SDK, a package that was not analysed): see conservative.go.
	opaqueCallee calleeKind = iota
	builtinCallee
	// sinkCallee: a sink of the catalog, of the policy or declared with
	// //privet:sink (sinkcall.go).
	sinkCallee
	// sanitizerCallee: a sanitizer, annotated, of the policy or built in
	// (sanitizers.go).
	sanitizerCallee
	// sourceCallee: a policy source function (sources.go).
	sourceCallee
	// summarisedCallee: a function with a summary, of this package or
	// from a fact (apply.go).
	summarisedCallee
	// funcValueCallee: a call of a function value (funcvalues.go).
	funcValueCallee
	// interfaceCallee: a call of an interface method that is none of the
	// above (interfaces.go).
	interfaceCallee
)

// callee is a classified callee with what its handler needs.
type callee struct {
	kind calleeKind
	// obj is the declared function or method called, when known.
	obj *types.Func
	// fn is the static callee, when there is one.
	fn *ssa.Function
	// args are the arguments as the callee numbers its parameters: the
	// receiver first for methods, captured variables last for closures.
	args    []ssa.Value
	hasRecv bool

	value   ssa.Value    // funcValueCallee: the function value called
	builtin string       // builtinCallee
	sink    *sinks.Sink  // sinkCallee
	cats    category.Set // sanitizerCallee (empty: every category), sourceCallee
	sum     *Summary     // summarisedCallee
	ref     calleeRef    // summarisedCallee
}

// calleeRef names the callee of an applied summary. For a closure,
// captured is the index of its first free variable (its parameter count);
// -1 for other functions.
type calleeRef struct {
	name     string
	captured int
	hasRecv  bool
	// obj is the declared function, nil for closures.
	obj *types.Func
}

func declaredRef(obj *types.Func, hasRecv bool) calleeRef {
	return calleeRef{name: funcName(obj), captured: -1, hasRecv: hasRecv, obj: obj}
}

func closureRef(fn *ssa.Function) calleeRef {
	return calleeRef{name: "the closure", captured: len(fn.Params)}
}

// call handles a call, go or defer. v is the call's value (nil for go
// and defer).
func (st *fnState) call(instr ssa.Instruction, c *ssa.CallCommon, v *ssa.Call) {
	pos := c.Pos()
	if !pos.IsValid() {
		pos = instr.Pos()
	}
	var cl callee
	if c.IsInvoke() {
		st.classifyInvoke(&cl, c, v)
	} else {
		st.classifyValue(&cl, c.Value, c.Args, v)
	}
	st.handle(instr, pos, &cl, v)
}

// handle applies a classified call.
func (st *fnState) handle(instr ssa.Instruction, pos token.Pos, c *callee, v *ssa.Call) {
	switch c.kind {
	case builtinCallee:
		if c.builtin == "panic" && st.a.sinks.Panic() != nil {
			sink := st.a.sinks.Panic()
			st.directSink(pos, &callee{kind: sinkCallee, sink: sink, args: c.args}, Step{})
			return
		}
		st.builtin(c.builtin, c.args, v)
	case sinkCallee:
		st.directSink(pos, c, Step{})
	case sanitizerCallee:
		st.sanitize(c.args, c.cats, v)
		if in := st.a.sanitizerIn(c.obj); len(in) > 0 {
			st.cleanInPlace(c.args, in, c.hasRecv, cleaned{all: c.cats.Empty(), cats: c.cats})
		}
	case sourceCallee:
		st.sourceCall(pos, c, c.cats, v)
	case summarisedCallee:
		st.apply(application{at: st.start(pos), callPos: pos, callee: c.ref, args: c.args, sum: c.sum, v: v})
	case funcValueCallee:
		if !st.callFuncValue(instr, c, v) {
			st.conservative(pos, c, v)
		}
	case interfaceCallee:
		st.interfaceCall(pos, c, v)
	default:
		st.conservative(pos, c, v)
	}
}

// classifyInvoke classifies a call of an interface method into cl.
func (st *fnState) classifyInvoke(cl *callee, c *ssa.CallCommon, v *ssa.Call) {
	*cl = callee{obj: c.Method, args: append([]ssa.Value{c.Value}, c.Args...), hasRecv: true}
	if !st.classifyDeclared(cl, v) {
		cl.kind = interfaceCallee
	}
}

// classifyValue classifies a call of value with args into cl: a
// function, a closure, a builtin or a function value. (Callees are
// classified at every call in every round: cl lives on the caller's
// stack.)
func (st *fnState) classifyValue(cl *callee, value ssa.Value, args []ssa.Value, v *ssa.Call) {
	*cl = callee{args: args}
	switch fv := value.(type) {
	case *ssa.Builtin:
		cl.kind, cl.builtin = builtinCallee, fv.Name()
		return
	case *ssa.Function:
		cl.fn = fv
	case *ssa.MakeClosure:
		cl.fn = fv.Fn.(*ssa.Function)
		cl.args = append(append([]ssa.Value(nil), args...), fv.Bindings...)
		if isBoundWrapper(cl.fn) && len(fv.Bindings) == 1 {
			// A method value x.M called directly: the receiver is the
			// binding.
			cl.args = append([]ssa.Value{fv.Bindings[0]}, args...)
		}
	default:
		cl.kind, cl.value = funcValueCallee, value
		return
	}
	if o := cl.fn.Origin(); o != nil {
		cl.fn = o
	}
	cl.obj, _ = cl.fn.Object().(*types.Func)
	cl.hasRecv = cl.obj != nil && cl.obj.Type().(*types.Signature).Recv() != nil
	if !st.classifyDeclared(cl, v) {
		st.classifySummarised(cl)
	}
}

// classifyDeclared recognises the callees the catalog, the annotations
// and the policy name: sinks, sanitizers and source functions.
func (st *fnState) classifyDeclared(cl *callee, v *ssa.Call) bool {
	obj := cl.obj
	if obj == nil {
		return false
	}
	if sink := st.a.sinks.Func(obj); sink != nil {
		cl.kind, cl.sink = sinkCallee, sink
		return true
	}
	if sink := st.a.derivedSink(obj); sink != nil {
		cl.kind, cl.sink = sinkCallee, sink
		return true
	}
	// A sanitizer's categories go through the policy's Cleaning: deny
	// and require rules keep some of them, marked with its name.
	if cats, ok := st.a.ann.SanitizerCategories(obj); ok {
		cl.kind, cl.cats = sanitizerCallee, st.a.cfg.Cleaning(cats, config.FuncName(obj))
		return true
	}
	if cats, ok := st.a.cfg.Sanitizer(obj); ok {
		cl.kind, cl.cats = sanitizerCallee, st.a.cfg.Cleaning(cats, config.FuncName(obj))
		return true
	}
	if cats, ok := st.a.cfg.SourceFunc(obj); ok && v != nil {
		cl.kind, cl.cats = sourceCallee, cats
		return true
	}
	if builtinSanitizer(obj) {
		cl.kind, cl.cats = sanitizerCallee, st.a.cfg.Cleaning(nil, config.FuncName(obj))
		return true
	}
	return false
}

// classifySummarised finds the summary of a static callee: its own, or
// for a wrapper (bound method, thunk, promoted method) that of the
// method it wraps. Without one the callee stays opaque.
func (st *fnState) classifySummarised(cl *callee) {
	var sum *Summary
	var known bool
	ref := declaredRef(cl.obj, cl.hasRecv)
	switch {
	case cl.fn.Synthetic == "":
		sum, known = st.a.summaryOf(cl.fn, st.fn)
		if cl.fn.Parent() != nil {
			ref = closureRef(cl.fn)
		}
	case cl.obj != nil:
		sum, known = st.a.importedOrLocal(cl.obj)
	}
	if known {
		cl.kind, cl.sum, cl.ref = summarisedCallee, sum, ref
	}
}

func isBoundWrapper(fn *ssa.Function) bool {
	return strings.HasPrefix(fn.Synthetic, "bound method wrapper")
}

// builtin handles a call of a builtin function.
func (st *fnState) builtin(name string, args []ssa.Value, v *ssa.Call) {
	switch name {
	case "append":
		for _, a := range args {
			st.addVal(v, st.deep(a))
		}
		if len(args) == 2 && v != nil {
			// The result may share the first slice's backing array
			// (when it had room): what is appended is written there,
			// and what is written through the result may be too.
			st.write(args[0], elemStep, st.deep(args[1]))
			st.alias(v, args[0])
		}
	case "copy":
		if len(args) == 2 {
			st.write(args[0], "", st.deep(args[1]))
		}
	case "min", "max", "ssa:wrapnilchk":
		for _, a := range args {
			st.addVal(v, st.vals[a])
		}
	}
	// len, cap and the rest yield nothing sensitive.
}

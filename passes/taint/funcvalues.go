package taint

import (
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Function values.
//
// A call of a function value (h.send(x), handlers[k](x), f(x) for a
// parameter f) has no static callee. privet resolves it two ways:
//
//   - Stored values, by type: the package's stores of functions into a
//     struct field, a package variable, or an element of a slice, array
//     or map are indexed once per package (funcStores), keyed by the
//     field of the struct type, the variable, or the element type. A
//     value loaded from the same place may be any of them. Only stores in
//     this package are seen, which covers unexported fields; a function
//     stored by another package, or a parameter stored into a field, is
//     not resolved, and the call stays conservative.
//   - Parameters: a function that calls a parameter records in its
//     summary what it passes to it (ParamCall); the caller, which knows
//     the function it passes (each(items, Send)), applies that function's
//     sinks to those arguments.

// funcTargets returns the functions a function value may be: *ssa.Function
// or *ssa.MakeClosure values, and whether that list is complete (every
// store to where the value came from was resolved).
func (a *pkgAnalysis) funcTargets(v ssa.Value) ([]ssa.Value, bool) {
	if r, ok := a.targetMemo[v]; ok {
		return r.targets, r.complete
	}
	targets, complete := a.resolveFunc(v)
	if len(targets) > maxTargets {
		// A dispatch table (validator's map of a hundred checks): the
		// precision is not worth applying every candidate at every call.
		targets, complete = nil, false
	}
	if a.targetMemo == nil {
		a.targetMemo = map[ssa.Value]funcTargetsResult{}
	}
	a.targetMemo[v] = funcTargetsResult{targets, complete}
	return targets, complete
}

// maxTargets bounds the functions a call of a function value is resolved
// to; beyond it the call is treated as unknown (conservatively).
const maxTargets = 8

// funcTargetsResult is a memoized answer of funcTargets: the stores it
// depends on do not change during a package's analysis.
type funcTargetsResult struct {
	targets  []ssa.Value
	complete bool
}

func (a *pkgAnalysis) resolveFunc(v ssa.Value) ([]ssa.Value, bool) {
	var out []ssa.Value
	complete := true
	seen := map[ssa.Value]bool{}
	var visit func(v ssa.Value, depth int)
	visit = func(v ssa.Value, depth int) {
		if seen[v] || depth > 8 {
			complete = complete && seen[v]
			return
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.Function, *ssa.MakeClosure:
			out = append(out, v)
		case *ssa.Const:
			// nil: calling it panics, it sends nothing.
		case *ssa.ChangeType:
			visit(v.X, depth+1)
		case *ssa.Phi:
			for _, e := range v.Edges {
				visit(e, depth+1)
			}
		case *ssa.Extract:
			if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 0 {
				visit(ta.X, depth+1)
			} else if lk, ok := v.Tuple.(*ssa.Lookup); ok && v.Index == 0 {
				visit(lk, depth+1)
			} else {
				complete = false
			}
		case *ssa.TypeAssert:
			visit(v.X, depth+1)
		case *ssa.MakeInterface:
			visit(v.X, depth+1)
		case *ssa.Parameter:
			// A function parameter: what the package's calls pass.
			fn := v.Parent()
			i := slices.Index(fn.Params, v)
			if a.funcStores == nil {
				a.indexFuncStores()
			}
			if i < 0 || a.escapes[fn] || fn.Parent() != nil || fn.Signature.Recv() != nil || fn.Object() == nil || fn.Object().Exported() {
				complete = false // called from elsewhere too
			}
			for _, c := range a.callers[fn] {
				if i >= 0 && i < len(c.Args) {
					visit(c.Args[i], depth+1)
				}
			}
		case *ssa.Call:
			// A function returned by a function of the package.
			callee := v.Call.StaticCallee()
			if callee == nil || callee.Pkg != a.ssaPkg || callee.Blocks == nil || v.Call.Signature().Results().Len() != 1 {
				complete = false
				return
			}
			for _, b := range callee.Blocks {
				if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && len(ret.Results) == 1 {
					visit(ret.Results[0], depth+1)
				}
			}
		default:
			key := storeKey(v)
			if key == "" {
				complete = false
				return
			}
			stores := a.funcStoresAt(key)
			if len(stores) == 0 {
				complete = false
			}
			for _, s := range stores {
				visit(s, depth+1)
			}
		}
	}
	visit(v, 0)
	return out, complete && len(out) > 0
}

// storeKey names the place a loaded value comes from, as funcStores keys
// it: "f:" struct type and field index, "g:" a package variable, "e:"
// the element type of a slice, array or map. "" for anything else.
func storeKey(v ssa.Value) string {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return addrKey(v.X)
		}
	case *ssa.Field:
		return fieldKey(v.X.Type(), v.Field)
	case *ssa.Index:
		return elemKey(v.Type())
	case *ssa.Lookup:
		if _, isMap := v.X.Type().Underlying().(*types.Map); isMap {
			if v.CommaOk {
				return ""
			}
			return elemKey(v.Type())
		}
	}
	return ""
}

// addrKey is storeKey for an address a value is stored to or loaded from.
func addrKey(addr ssa.Value) string {
	switch addr := addr.(type) {
	case *ssa.FieldAddr:
		return fieldKey(addr.X.Type(), addr.Field)
	case *ssa.Global:
		return "g:" + addr.RelString(nil)
	case *ssa.IndexAddr:
		return elemKey(addr.Type().Underlying().(*types.Pointer).Elem())
	}
	return ""
}

func fieldKey(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	return "f:" + types.TypeString(t, nil) + "#" + strconv.Itoa(i)
}

func elemKey(elem types.Type) string {
	return "e:" + types.TypeString(elem, nil)
}

// funcStoresAt returns the function values the package stores at key.
func (a *pkgAnalysis) funcStoresAt(key string) []ssa.Value {
	if a.funcStores == nil {
		a.indexFuncStores()
	}
	return a.funcStores[key]
}

// indexFuncStores records every function value the package's code
// stores into a field, a variable or an element.
func (a *pkgAnalysis) indexFuncStores() {
	a.funcStores = map[string][]ssa.Value{}
	a.callers = map[*ssa.Function][]*ssa.CallCommon{}
	a.escapes = map[*ssa.Function]bool{}
	var ops []*ssa.Value
	add := func(key string, v ssa.Value) {
		if key == "" || !isFunc(v.Type()) {
			return
		}
		a.funcStores[key] = append(a.funcStores[key], v)
	}
	funcs := a.funcs
	if init := a.ssaPkg.Func("init"); init != nil {
		// Package variables are initialised in the synthetic init.
		funcs = append(append([]*ssa.Function{init}, init.AnonFuncs...), funcs...)
	}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, _ := instr.(ssa.CallInstruction)
				var static *ssa.Function
				var calleeSlot *ssa.Value // the operand naming the callee
				if call != nil {
					calleeSlot = &call.Common().Value
					static = call.Common().StaticCallee()
					if static != nil && static.Pkg == a.ssaPkg {
						a.callers[static] = append(a.callers[static], call.Common())
					} else if static != nil {
						a.importedFuncStores(call.Common(), static)
					}
				}
				for _, op := range instr.Operands(ops[:0]) {
					if fn, ok := (*op).(*ssa.Function); ok && op != calleeSlot {
						a.escapes[fn] = true // used as a value: called from anywhere
					}
				}
				switch i := instr.(type) {
				case *ssa.Store:
					if isFunc(i.Val.Type()) {
						add(addrKey(i.Addr), i.Val)
					}
				case *ssa.MapUpdate:
					if isFunc(i.Value.Type()) {
						add(elemKey(i.Map.Type().Underlying().(*types.Map).Elem()), i.Value)
					}
				}
			}
		}
	}
}

// importedFuncStores indexes the functions a call passes to a function
// of another package that stores them (its summary's FuncStores), as
// stored where it stores them.
func (a *pkgAnalysis) importedFuncStores(c *ssa.CallCommon, callee *ssa.Function) {
	obj, ok := callee.Object().(*types.Func)
	if !ok {
		return
	}
	sum, known := a.importedSummary(obj)
	if !known {
		return
	}
	for _, fs := range sum.FuncStores {
		if fs.Param < len(c.Args) {
			a.funcStores[fs.Key] = append(a.funcStores[fs.Key], c.Args[fs.Param])
		}
	}
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
// itself, "/f2" for its field 2), or -1.
func funcParam(fn *ssa.Function, fv ssa.Value) (int, string) {
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
			return p, "/f" + strconv.Itoa(field)
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

// funcTargetsAt is funcTargets for the function in field path ("/fN")
// of a value of type t: the functions this package stores there.
func (a *pkgAnalysis) funcTargetsAt(t types.Type, path string) []ssa.Value {
	n, err := strconv.Atoi(strings.TrimPrefix(path, "/f"))
	if err != nil || !strings.HasPrefix(path, "/f") {
		return nil
	}
	var out []ssa.Value
	for _, s := range a.funcStoresAt(fieldKey(t, n)) {
		ts, _ := a.funcTargets(s)
		for _, t := range ts {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	if len(out) > maxTargets {
		return nil
	}
	return out
}

// callFuncValue handles a call of a function value. It reports whether
// the callee was resolved completely, in which case the call needs no
// conservative treatment.
func (st *fnState) callFuncValue(instr ssa.Instruction, c *ssa.CallCommon, v *ssa.Call) bool {
	fv := unchanged(c.Value)
	p, path := funcParam(st.fn, fv)
	if p >= 0 && path == "" {
		st.passToParam(instr, c, p, path, fv.Name())
		return false
	}
	targets, complete := st.a.funcTargets(fv)
	if p >= 0 && !complete {
		// A function in a field of a parameter that this package does
		// not (only) set: the caller may know it.
		param := paramValue(st.fn, p)
		f := fieldName(param.Type(), mustAtoi(path[2:]))
		st.passToParam(instr, c, p, path, param.Name()+f[strings.LastIndexByte(f, '.'):])
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
		st.call(instr, &ssa.CallCommon{Value: t, Args: c.Args}, v)
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
		if f.From < 0 || f.To < 0 {
			return true // a source, or a store through a parameter
		}
	}
	return false
}

// passToParam records in the summary what a call of the function in
// parameter p (at path) passes it, for the caller, which knows the
// function, to check.
func (st *fnState) passToParam(instr ssa.Instruction, c *ssa.CallCommon, p int, path, name string) {
	pos := st.a.callStart(instr.Pos())
	for k, arg := range c.Args {
		for _, o := range st.deep(arg) {
			st.paramCall(p, path, k, o.with(Step{Pos: pos, What: "passed to " + name}))
		}
	}
}

func mustAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func isBoundWrapper(fn *ssa.Function) bool {
	return strings.HasPrefix(fn.Synthetic, "bound method wrapper")
}

func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// storeFuncParam records in the summary that a function parameter is
// stored at key (see FuncStore). v is of a function type.
func (st *fnState) storeFuncParam(v ssa.Value, key string) {
	if key == "" {
		return
	}
	p := paramIndex(st.fn, unchanged(v))
	if p < 0 || p >= len(st.fn.Params) {
		return // closures' free variables are not passed by callers
	}
	k := "fs|" + strconv.Itoa(p) + "|" + key
	if _, ok := st.funcStores[k]; !ok {
		st.funcStores[k] = FuncStore{Param: p, Key: key}
		st.order = append(st.order, k)
	}
}

// maxCallPaths bounds the parts of one parameter a summary says are
// passed to one argument of a function parameter.
const maxCallPaths = 4

// paramCall records that o reaches argument arg of a call of the
// function in parameter p.
func (st *fnState) paramCall(p int, path string, arg int, o *origin) {
	prefix := "c|" + strconv.Itoa(p) + path + "|" + strconv.Itoa(arg) + "|"
	if _, ok := st.paramCalls[prefix+o.key]; ok {
		return
	}
	// A callback applied to many fields of a parameter (a validator
	// walking a struct) would record an entry per field and make every
	// caller pay for each: past maxCallPaths parts, the parameter is
	// passed on whole.
	if o.isParam() && o.path != "" {
		n := 0
		for k := range st.paramCalls {
			if strings.HasPrefix(k, prefix+"p"+strconv.Itoa(o.param)+"|") {
				n++
			}
		}
		if n >= maxCallPaths {
			o = o.whole()
			if _, ok := st.paramCalls[prefix+o.key]; ok {
				return
			}
		}
	}
	k := prefix + o.key
	pc := ParamCall{Func: p, FuncPath: path, Arg: arg, From: o.param, FromPath: o.path, Cats: o.cats, Trace: o.trace.steps()}
	if !o.isParam() {
		pc.Source = o.source
	}
	st.paramCalls[k] = pc
	st.order = append(st.order, k)
}

// applyParamCalls applies, at a call, what the callee passes to the
// functions it receives: their sinks see the caller's data.
func (st *fnState) applyParamCalls(callPos token.Pos, name string, args []ssa.Value, calls []ParamCall) {
	through := Step{Pos: st.a.callStart(callPos), What: "passed to " + name}
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
				in, _ = st.arriving(args, pc.From, pc.FromPath, pc.Source, pc.Cats, pc.Trace, through, through)
				computed = true
			}
			return in
		}
		st.sendToFunc(callPos, args[pc.Func], pc.FuncPath, pc.Arg, arriving)
	}
}

// sendToFunc applies what the function value fv does with its argument
// arg to the origins arriving() returns: sinks it calls with that
// argument see them. A parameter of the analysed function passes them on
// in its summary.
func (st *fnState) sendToFunc(callPos token.Pos, fv ssa.Value, path string, arg int, arriving func() set) {
	if p, ppath := funcParam(st.fn, fv); p >= 0 {
		if path == "" || ppath == "" {
			for _, o := range arriving() {
				st.paramCall(p, ppath+path, arg, o)
			}
		}
		if ppath == "" {
			return
		}
	}
	var targets []ssa.Value
	if path == "" {
		targets, _ = st.a.funcTargets(fv)
	} else {
		targets = st.a.funcTargetsAt(fv.Type(), path)
	}
	at := st.a.callStart(callPos)
	for _, t := range targets {
		fn, shift := funcOf(t)
		if fn == nil {
			continue
		}
		param := arg + shift
		obj, _ := fn.Object().(*types.Func)
		if obj != nil {
			if sink := st.a.sinks.Func(obj); sink != nil {
				hasRecv := obj.Type().(*types.Signature).Recv() != nil
				ref := SinkRef{Kind: sink.Kind, Family: sink.Family, Display: sink.Display}
				for _, i := range payload(sink, paramTypes(obj), hasRecv) {
					if i == param {
						for _, o := range arriving() {
							st.reach(at, o.with(Step{Pos: at, What: "passed to " + ref.Display}), ref, nil, nil)
						}
					}
				}
				continue
			}
		}
		sum, known := st.a.summaryOf(fn, st.fn)
		if !known {
			continue
		}
		for _, k := range sum.Sinks {
			if k.Param != param {
				continue
			}
			for _, o := range arriving() {
				if o = o.at(k.Path).sanitized(k.Cleared); o != nil {
					st.reach(at, o, k.Sink, k.Trace, nil)
				}
			}
		}
	}
}

// funcOf returns the function behind a function value target and how
// many parameters precede the value's own (1 for a method value, whose
// receiver is bound).
func funcOf(t ssa.Value) (*ssa.Function, int) {
	switch t := t.(type) {
	case *ssa.Function:
		return t, 0
	case *ssa.MakeClosure:
		fn := t.Fn.(*ssa.Function)
		if isBoundWrapper(fn) {
			if m, ok := fn.Object().(*types.Func); ok {
				if callee := fn.Prog.FuncValue(m); callee != nil {
					return callee, 1
				}
			}
			return nil, 0
		}
		return fn, 0
	}
	return nil, 0
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

package taint

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// Function values.
//
// A call of a function value (h.send(x), handlers[k](x), f(x) for a
// parameter f) has no static callee. privet resolves it two ways:
//
//   - Stored values, by place: the package's stores of functions into a
//     struct field, a package variable, or an element of a slice, array
//     or map are indexed once per package (funcStores), by StoreKey. A
//     value loaded from the same place may be any of them. Only stores in
//     this package are seen, which covers unexported fields; a function
//     stored by another package is seen when that package's summary says
//     so (FuncStore), otherwise the call stays conservative.
//   - Parameters: a function that calls a parameter records in its
//     summary what it passes to it (ParamCall, see paramcalls.go); the
//     caller, which knows the function it passes (each(items, Send)),
//     applies that function's sinks to those arguments.
//
// This file resolves values to functions; paramcalls.go handles the calls.

// maxTargets bounds the functions a call of a function value is resolved
// to; beyond it the call is treated as unknown (conservatively).
const maxTargets = 8

// funcTargetsResult is a memoized answer of funcTargets: the stores it
// depends on do not change during a package's analysis.
type funcTargetsResult struct {
	targets  []ssa.Value
	complete bool
}

// funcTargets returns the functions a function value called in fn may
// be: *ssa.Function or *ssa.MakeClosure values, and whether that list is
// complete (every store to where the value came from was resolved).
func (a *pkgAnalysis) funcTargets(v ssa.Value, fn *ssa.Function) ([]ssa.Value, bool) {
	if r, ok := a.targetMemo[v]; ok {
		return r.targets, r.complete
	}
	targets, complete := a.resolveFunc(v)
	if len(targets) > maxTargets {
		// A dispatch table (validator's map of a hundred checks): the
		// precision is not worth applying every candidate at every call.
		targets, complete = nil, false
		a.limits.hit(limitFuncTargets, fn)
	}
	if a.targetMemo == nil {
		a.targetMemo = map[ssa.Value]funcTargetsResult{}
	}
	a.targetMemo[v] = funcTargetsResult{targets, complete}
	return targets, complete
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
			a.indexFuncStores()
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
			key := loadKey(v)
			if !key.valid() {
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

// funcStoresAt returns the function values the package stores at key.
func (a *pkgAnalysis) funcStoresAt(key StoreKey) []ssa.Value {
	a.indexFuncStores()
	return a.funcStores[key]
}

// funcTargetsAt is funcTargets for the function in field path of a value
// of type t, called in fn: the functions this package stores there.
func (a *pkgAnalysis) funcTargetsAt(t types.Type, path Path, fn *ssa.Function) []ssa.Value {
	n, ok := path.field()
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, s := range a.funcStoresAt(fieldKey(t, n)) {
		ts, _ := a.funcTargets(s, fn)
		for _, t := range ts {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	if len(out) > maxTargets {
		a.limits.hit(limitFuncTargets, fn)
		return nil
	}
	return out
}

// indexFuncStores records, once per package, every function value the
// package's code stores into a field, a variable or an element, the
// static calls of each function, and the functions used as values.
func (a *pkgAnalysis) indexFuncStores() {
	if a.funcStores != nil {
		return
	}
	a.funcStores = map[StoreKey][]ssa.Value{}
	a.callers = map[*ssa.Function][]*ssa.CallCommon{}
	a.escapes = map[*ssa.Function]bool{}
	var ops []*ssa.Value
	add := func(key StoreKey, v ssa.Value) {
		if !key.valid() || !isFunc(v.Type()) {
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

func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

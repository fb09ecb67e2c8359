package taint

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// instr applies one instruction to the function's state: how taint moves
// through values and memory. Calls go to call (calls.go).
func (st *fnState) instr(instr ssa.Instruction) {
	switch i := instr.(type) {
	case *ssa.Phi:
		for _, e := range i.Edges {
			st.addVal(i, st.vals[e])
		}
	case *ssa.Store:
		st.store(i)
	case *ssa.UnOp:
		switch i.Op {
		case token.MUL:
			if isRef(i.Type()) {
				st.addVal(i, st.cleanedVal(i.X).at(derefStep))
			} else {
				st.addVal(i, st.cleanedVal(i.X))
			}
			for _, l := range st.locs(i.X) {
				if pointsToStruct(i.Type()) {
					st.addVal(i, st.readEnclosing(l))
				} else {
					st.addVal(i, st.read(l))
				}
			}
		case token.ARROW:
			st.addVal(i, st.vals[i.X])
			st.addPerLoc(i, i.X, chanStep)
		default:
			st.addVal(i, st.vals[i.X])
		}
	case *ssa.BinOp:
		switch i.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			// A comparison's bool says nothing about the data.
		default:
			st.addVal(i, st.vals[i.X])
			st.addVal(i, st.vals[i.Y])
		}
	case *ssa.MakeInterface:
		st.addVal(i, st.cleanedVal(i.X))
		if st.boxedWhole(i) {
			st.addVal(i, st.wholeValueSource(i.X, i.X.Type(), i.Pos()))
		}
	case *ssa.Convert:
		st.addVal(i, st.vals[i.X])
		st.namedSource(i, i.X)
	case *ssa.ChangeType:
		st.addVal(i, st.vals[i.X])
		st.namedSource(i, i.X)
	case *ssa.ChangeInterface:
		st.addVal(i, st.vals[i.X])
	case *ssa.SliceToArrayPointer:
		st.addVal(i, st.vals[i.X])
	case *ssa.MultiConvert:
		st.addVal(i, st.vals[i.X])
	case *ssa.TypeAssert:
		st.addVal(i, st.vals[i.X])
	case *ssa.FieldAddr:
		st.addVal(i, st.vals[i.X].at(fieldStep(i.Field)))
		st.addVal(i, st.fieldSource(i.X.Type(), i.Field, i.Pos()))
	case *ssa.Field:
		if load, ok := i.X.(*ssa.UnOp); ok && load.Op == token.MUL {
			// A field of a struct just loaded from memory: read that
			// field's cell only, so that siblings stay clean.
			st.addVal(i, st.vals[load.X].at(fieldStep(i.Field)))
			st.addPerLoc(i, load.X, fieldStep(i.Field))
		} else {
			st.addVal(i, st.vals[i.X].at(fieldStep(i.Field)))
		}
		st.addVal(i, st.fieldSource(i.X.Type(), i.Field, i.Pos()))
	case *ssa.IndexAddr:
		st.addVal(i, st.vals[i.X].at(elemStep))
	case *ssa.Index:
		st.addVal(i, st.vals[i.X].at(elemStep))
	case *ssa.Lookup:
		st.addVal(i, st.vals[i.X].at(elemStep))
		if isRef(i.X.Type()) {
			st.addPerLoc(i, i.X, elemStep)
		}
	case *ssa.MapUpdate:
		st.order.reads(i.Map)
		if isFunc(i.Value.Type()) {
			st.storeFuncParam(i.Value, elemKey(i.Map.Type().Underlying().(*types.Map).Elem()))
		}
		t, _ := st.deep(i.Value).union(st.deep(i.Key))
		st.write(i.Map, elemStep, t)
	case *ssa.Slice:
		st.addVal(i, st.deep(i.X))
	case *ssa.Extract:
		if i.Index == 1 && commaOk(i.Tuple) {
			// The ok of a type assertion, map lookup or receive says
			// whether there was a value, not what it was.
			break
		}
		if per, ok := st.tuple[i.Tuple]; ok && i.Index < len(per) {
			st.addVal(i, per[i.Index])
		} else {
			st.addVal(i, st.vals[i.Tuple])
		}
	case *ssa.Range:
		st.addVal(i, st.deep(i.X))
	case *ssa.Next:
		st.addVal(i, st.vals[i.Iter])
	case *ssa.Select:
		// Receives first: a send case of the same select is an
		// alternative to them, seen only by a later run of the select
		// (order.go), and reads(), for the sends, makes the reads after
		// it see every write.
		st.selectRecv(i)
		for _, s := range i.States {
			if s.Dir == types.SendOnly {
				st.order.reads(s.Chan)
				st.write(s.Chan, chanStep, st.deep(s.Send).with(Step{Pos: s.Pos, What: "sent on a channel"}))
			}
		}
	case *ssa.Send:
		st.order.reads(i.Chan)
		st.write(i.Chan, chanStep, st.deep(i.X).with(Step{Pos: i.Pos(), What: "sent on a channel"}))
	case *ssa.MakeClosure:
		st.closure(i)
	case *ssa.Call:
		st.call(i, &i.Call, i)
	case *ssa.Go:
		st.call(i, &i.Call, nil)
	case *ssa.Defer:
		st.call(i, &i.Call, nil)
	case *ssa.Panic:
		// SSA makes a plain panic(x) an instruction of its own (go and
		// defer panic stay calls of the builtin: see handle).
		if sink := st.a.sinks.Panic(); sink != nil && i.Pos().IsValid() {
			st.directSink(i.Pos(), &callee{kind: sinkCallee, sink: sink, args: []ssa.Value{i.X}}, Step{})
		}
	case *ssa.Return:
		for k, r := range i.Results {
			var grew bool
			st.results[k], grew = st.results[k].union(st.deep(r))
			st.changed = st.changed || grew
		}
	}
}

// selectRecv gives each receive case of a select what its channel
// holds, in its own element of the select's tuple (index, ok, then one
// value per receive case), so that one case's value is not another's.
func (st *fnState) selectRecv(i *ssa.Select) {
	per := st.tuple[i]
	if per == nil {
		per = make([]set, i.Type().(*types.Tuple).Len())
		st.tuple[i] = per
	}
	k := 2
	for _, s := range i.States {
		if s.Dir != types.RecvOnly {
			continue
		}
		for _, l := range st.locs(s.Chan) {
			var grew bool
			per[k], grew = per[k].union(st.read(loc{l.root, l.path.thenCapped(chanStep)}))
			st.changed = st.changed || grew
		}
		k++
	}
}

// cleanedVal is v's taint less what in-place sanitizers cleaned of it
// before the current instruction.
func (st *fnState) cleanedVal(v ssa.Value) set {
	t := st.vals[v]
	if c := st.inPlaceCleaned(v, false); c.any() {
		t = c.apply(t)
	}
	return t
}

// commaOk reports whether v is the tuple of a comma-ok form.
func commaOk(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.TypeAssert:
		return v.CommaOk
	case *ssa.Lookup:
		return v.CommaOk
	case *ssa.UnOp:
		return v.CommaOk
	}
	return false
}

// addPerLoc adds to v what the cells at suffix below ptr's cells hold.
func (st *fnState) addPerLoc(v, ptr ssa.Value, suffix Path) {
	for _, l := range st.locs(ptr) {
		st.addVal(v, st.read(loc{l.root, l.path.thenCapped(suffix)}))
	}
}

// store handles *addr = val.
func (st *fnState) store(i *ssa.Store) {
	st.order.reads(i.Addr)
	if isFunc(i.Val.Type()) {
		st.storeFuncParam(i.Val, addrKey(i.Addr))
	}
	if load, ok := i.Val.(*ssa.UnOp); ok && load.Op == token.MUL && !isRef(load.Type()) {
		// A struct or array copied from memory to memory: copy it cell
		// by cell, so that its fields stay apart.
		st.write(i.Addr, "", st.vals[load.X])
		st.copyCells(i.Addr, load.X)
		return
	}
	var step Step
	if fa, ok := i.Addr.(*ssa.FieldAddr); ok {
		if name := fieldName(fa.X.Type(), fa.Field); name != "" {
			step = Step{Pos: i.Pos(), What: "stored in " + name}
		}
	}
	if pointsToStruct(i.Val.Type()) {
		// A pointer to a struct stored in a field (&ActionInfo{info:
		// &info}): what it points to keeps its fields apart below the
		// field, so that data.info.msgId does not read info.qParsed.
		if t := st.cleanedVal(i.Val); len(t) > 0 && step.What != "" {
			st.write(i.Addr, "", t.with(step))
		} else {
			st.write(i.Addr, "", t)
		}
		st.copyCellsAt(i.Addr, derefStep, i.Val, step)
		return
	}
	t := st.deep(i.Val)
	if step.What != "" && len(t) > 0 {
		t = t.with(step)
	}
	st.write(i.Addr, "", t)
}

// pointsToStruct reports whether t is a pointer to a struct.
func pointsToStruct(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok
}

// closure handles the creation of a closure: the closure value carries
// what it captures, and the closure's own sinks and writes on its free
// variables apply to the captured values now.
func (st *fnState) closure(mc *ssa.MakeClosure) {
	for _, b := range mc.Bindings {
		st.addVal(mc, st.deep(b))
	}
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || fn.Synthetic != "" {
		return
	}
	sum, known := st.a.summaryOf(fn, st.fn)
	if !known {
		return
	}
	args := make([]ssa.Value, len(fn.Params)+len(mc.Bindings))
	copy(args[len(fn.Params):], mc.Bindings)
	st.apply(application{at: mc.Pos(), callPos: mc.Pos(), callee: closureRef(fn), args: args, sum: sum})
}

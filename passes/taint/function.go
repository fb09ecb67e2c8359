package taint

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/sinks"
)

// loc is an abstract memory cell: a root value (an allocation, a
// parameter, a global, an opaque pointer) and a path of fields ("/f3"),
// elements ("/[]"), pointees ("/*") and channel buffers ("/<-") below it.
type loc struct {
	root ssa.Value
	path string
}

// related reports whether a read of one cell can see a write to the
// other: one path is a prefix of the other.
func related(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a) && (len(a) == len(b) || b[len(a)] == '/')
}

// fnState is the analysis of one function body.
type fnState struct {
	a  *pkgAnalysis
	fn *ssa.Function

	vals map[ssa.Value]set
	mem  map[ssa.Value]map[string]set
	// tuple holds per-result taint of calls whose callee has a summary.
	tuple   map[ssa.Value][]set
	results []set
	locMemo map[ssa.Value][]loc
	// aliases records that a call result may point into an argument
	// (json.NewEncoder(&buf), bufio.NewWriter(w)).
	aliases map[ssa.Value]ssa.Value
	changed bool

	sinkFlows  map[string]SinkFlow
	paramCalls map[string]ParamCall
	funcStores map[string]FuncStore
	findings   map[string]Finding
	order      []string // keys of sinkFlows, paramCalls and findings in discovery order
}

// analyzeFunc runs the intra-procedural analysis of fn to a fixpoint and
// returns its summary and the flows found in it.
func analyzeFunc(a *pkgAnalysis, fn *ssa.Function) (*Summary, []Finding) {
	st := &fnState{
		a: a, fn: fn,
		vals:       map[ssa.Value]set{},
		mem:        map[ssa.Value]map[string]set{},
		tuple:      map[ssa.Value][]set{},
		results:    make([]set, fn.Signature.Results().Len()),
		locMemo:    map[ssa.Value][]loc{},
		aliases:    map[ssa.Value]ssa.Value{},
		sinkFlows:  map[string]SinkFlow{},
		paramCalls: map[string]ParamCall{},
		funcStores: map[string]FuncStore{},
		findings:   map[string]Finding{},
	}
	if fn.Blocks == nil {
		return &Summary{}, nil
	}
	for i, p := range fn.Params {
		st.vals[p] = set{newParam(i)}
	}
	for k, fv := range fn.FreeVars {
		st.vals[fv] = set{newParam(len(fn.Params) + k)}
	}
	for round := 0; round < 50; round++ {
		st.changed = false
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				st.instr(instr)
			}
		}
		if !st.changed {
			break
		}
	}
	return st.summary(), st.foundList()
}

func (st *fnState) foundList() []Finding {
	var out []Finding
	for _, k := range st.order {
		if f, ok := st.findings[k]; ok {
			out = append(out, f)
		}
	}
	return out
}

// flows lists what reaches the results and the memory the parameters
// point to. coarse drops the parts of parameters and pointees and keeps
// at most maxSourcesPerTarget sources per target (see maxFlows).
func (st *fnState) flows(coarse bool) []Flow {
	var out []Flow
	seen := map[string]bool{}
	addFlow := func(o *origin, to int, toPath string) {
		if coarse {
			o, toPath = o.whole(), ""
		}
		f := Flow{From: o.param, FromPath: o.path, To: to, ToPath: toPath, Cats: o.cats}
		target := strconv.Itoa(to) + toPath
		if !o.isParam() {
			f.Source = o.source
		}
		k := strconv.Itoa(f.From) + f.FromPath + "|" + target + "|" + f.Source + "|" + f.Cats.String()
		if seen[k] {
			return
		}
		seen[k] = true
		f.Trace = o.trace.steps()
		out = append(out, f)
	}
	for i, r := range st.results {
		for _, o := range r {
			addFlow(o, i, "")
		}
	}
	// What the function stores where a parameter (or, for a closure, a
	// captured variable) points is visible to the caller.
	pointees := func(p int, v ssa.Value) {
		cells := st.mem[v]
		for _, path := range sortedKeys(cells) {
			for _, o := range cells[path] {
				if o.param != p {
					addFlow(o, -1-p, path)
				}
			}
		}
	}
	for p, param := range st.fn.Params {
		if isRef(param.Type()) {
			pointees(p, param)
		}
	}
	for k, fv := range st.fn.FreeVars {
		pointees(len(st.fn.Params)+k, fv)
	}
	if coarse {
		out = fewSources(out)
	}
	return out
}

// fewSources keeps, per target, the flows from parameters and the
// maxSourcesPerTarget sources first by name: a choice that only changes
// while new sources arrive, so that the package's fixpoint ends.
func fewSources(flows []Flow) []Flow {
	byTarget := map[string][]string{}
	for _, f := range flows {
		if f.From < 0 {
			t := strconv.Itoa(f.To) + f.ToPath
			byTarget[t] = append(byTarget[t], f.Source+"|"+f.Cats.String())
		}
	}
	keep := map[string]bool{}
	for t, names := range byTarget {
		slices.Sort(names)
		for _, n := range names[:min(len(names), maxSourcesPerTarget)] {
			keep[t+"|"+n] = true
		}
	}
	out := flows[:0]
	for _, f := range flows {
		if f.From >= 0 || keep[strconv.Itoa(f.To)+f.ToPath+"|"+f.Source+"|"+f.Cats.String()] {
			out = append(out, f)
		}
	}
	return out
}

// maxFlows bounds the flows of a summary. A function that stores into
// many parts of its parameters (x/tools' inliner: 180,000 flows) is
// summarised coarsely beyond it: parameters and pointees as a whole, and
// at most maxSourcesPerTarget sources per result or pointee.
const (
	maxFlows            = 256
	maxSourcesPerTarget = 8
)

// summary turns the end state into the function's summary.
func (st *fnState) summary() *Summary {
	// Once coarse, a function stays coarse: a recursive function would
	// otherwise alternate between a fine summary that grows past the
	// bound and a coarse one that, applied to itself, stays below it.
	var s *Summary
	if st.a.coarse[st.fn] {
		s = &Summary{Flows: st.flows(true)}
	} else if s = (&Summary{Flows: st.flows(false)}); len(s.Flows) > maxFlows {
		st.a.coarse[st.fn] = true
		s.Flows = st.flows(true)
	}
	for _, k := range st.order {
		if sf, ok := st.sinkFlows[k]; ok {
			s.Sinks = append(s.Sinks, sf)
		}
		if pc, ok := st.paramCalls[k]; ok {
			s.Calls = append(s.Calls, pc)
		}
		if fs, ok := st.funcStores[k]; ok {
			s.FuncStores = append(s.FuncStores, fs)
		}
	}
	sortSummary(s)
	return s
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

// locs returns the memory cells a pointer-like value may refer to.
func (st *fnState) locs(v ssa.Value) []loc {
	if l, ok := st.locMemo[v]; ok {
		return l
	}
	st.locMemo[v] = []loc{{v, ""}} // breaks cycles through phis
	var out []loc
	extend := func(base ssa.Value, suffix string) {
		for _, l := range st.locs(base) {
			out = append(out, loc{l.root, l.path + suffix})
		}
	}
	switch v := v.(type) {
	case *ssa.FieldAddr:
		extend(v.X, "/f"+strconv.Itoa(v.Field))
	case *ssa.IndexAddr:
		extend(v.X, "/[]")
	case *ssa.UnOp:
		if v.Op == token.MUL && isRef(v.Type()) {
			extend(v.X, "/*")
		}
	case *ssa.ChangeType:
		extend(v.X, "")
	case *ssa.MakeInterface:
		if isRef(v.X.Type()) {
			extend(v.X, "")
		}
	case *ssa.ChangeInterface:
		extend(v.X, "")
	case *ssa.TypeAssert:
		extend(v.X, "")
	case *ssa.Slice:
		extend(v.X, "")
	case *ssa.SliceToArrayPointer:
		extend(v.X, "")
	case *ssa.Convert:
		if isRef(v.X.Type()) {
			extend(v.X, "")
		}
	case *ssa.Extract:
		if ta, ok := v.Tuple.(*ssa.TypeAssert); ok && v.Index == 0 {
			extend(ta.X, "")
		} else if base, ok := st.aliases[v.Tuple]; ok && v.Index == 0 {
			extend(base, "")
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			if _, isConst := e.(*ssa.Const); !isConst {
				extend(e, "")
			}
		}
	case *ssa.Call:
		if base, ok := st.aliases[v]; ok {
			extend(base, "")
		}
	}
	if len(out) == 0 {
		out = []loc{{v, ""}}
	}
	out = dedupeLocs(out)
	st.locMemo[v] = out
	return out
}

func dedupeLocs(ls []loc) []loc {
	out := ls[:0]
	for i, l := range ls {
		dup := false
		for _, m := range ls[:i] {
			if m == l {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, l)
		}
	}
	return out
}

// read returns the taint of every cell related to l.
func (st *fnState) read(l loc) set {
	var t set
	cells := st.cells(l.root, false)
	if len(cells) == 0 {
		return nil
	}
	for _, p := range sortedKeys(cells) {
		if related(p, l.path) {
			t, _ = t.union(cells[p])
		}
	}
	return t
}

func sortedKeys(m map[string]set) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// write unions t into the cells v refers to, extended by suffix.
func (st *fnState) write(v ssa.Value, suffix string, t set) {
	if len(t) == 0 {
		return
	}
	for _, l := range st.locs(v) {
		cells := st.cells(l.root, true)
		var grew bool
		cells[l.path+suffix], grew = cells[l.path+suffix].union(t)
		st.changed = st.changed || grew
		if g, ok := l.root.(*ssa.Global); ok && grew && g.Pkg == st.a.ssaPkg {
			st.a.dirtyGlobals[g] = true
		}
	}
}

// cells returns the memory cells below a root. The package's own
// variables are shared by all its functions, so that a value stored in
// one function is seen by those that load it.
func (st *fnState) cells(root ssa.Value, create bool) map[string]set {
	if g, ok := root.(*ssa.Global); ok && g.Pkg == st.a.ssaPkg {
		if st.a.globalReaders[g] == nil {
			st.a.globalReaders[g] = map[*ssa.Function]bool{}
		}
		st.a.globalReaders[g][st.fn] = true
		if create && st.a.globals[g] == nil {
			st.a.globals[g] = map[string]set{}
		}
		return st.a.globals[g]
	}
	cells := st.mem[root]
	if cells == nil && create {
		cells = map[string]set{}
		st.mem[root] = cells
	}
	return cells
}

// copyCells copies the cells below src to the same paths below dst.
func (st *fnState) copyCells(dst, src ssa.Value) {
	for _, from := range st.locs(src) {
		cells := st.cells(from.root, false)
		for _, p := range sortedKeys(cells) {
			if rest, ok := strings.CutPrefix(p, from.path); ok && (rest == "" || rest[0] == '/') {
				st.write(dst, rest, cells[p])
			} else if related(p, from.path) {
				st.write(dst, "", cells[p]) // a write to the whole of an enclosing cell
			}
		}
	}
}

// deep is the taint of a value together with everything reachable from it
// in memory: what a callee receiving it could read.
func (st *fnState) deep(v ssa.Value) set {
	t := st.vals[v]
	if isRef(v.Type()) {
		for _, l := range st.locs(v) {
			t, _ = t.union(st.read(l))
		}
	}
	return t
}

// part is the taint of the part of an argument a callee's summary names
// (path as in origin.path): the value's own taint narrowed to that part,
// and the memory cells at that path below it.
func (st *fnState) part(v ssa.Value, path string) set {
	if path == "" {
		return st.deep(v)
	}
	t := st.vals[v].at(path)
	base := v
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL && !isRef(v.Type()) {
		// A struct passed by value, just loaded from memory: look at
		// the cells it was loaded from.
		base = load.X
		t, _ = t.union(st.vals[base].at(path))
	} else if !isRef(v.Type()) {
		return t
	}
	for _, l := range st.locs(base) {
		t, _ = t.union(st.read(loc{l.root, l.path + path}))
	}
	return t
}

// opaque is deep plus the categories the value's type carries: what code
// privet cannot see into (an SDK, encoding/json, fmt) may read from it.
func (st *fnState) opaque(v ssa.Value, at token.Pos) set {
	t := st.deep(v)
	if cats := st.a.types.of(v.Type()); !cats.Empty() {
		name := typeName(v.Type())
		t, _ = t.add(newSource(name, cats, Step{Pos: at, What: "value of type " + name + " used as a whole"}))
	}
	return t
}

// fieldSource is the source origin of reading field i of a struct of type
// t (or pointer to it), or nil.
func (st *fnState) fieldSource(t types.Type, i int, pos token.Pos) *origin {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return nil
	}
	var owner *types.TypeName
	if n, ok := types.Unalias(t).(*types.Named); ok {
		owner = n.Origin().Obj()
	}
	cats, optOut := st.a.types.field(s, i, owner)
	if optOut {
		return nil
	}
	cats = cats.Union(st.a.types.named(t)).Union(st.a.types.named(s.Field(i).Type()))
	if cats.Empty() {
		return nil
	}
	name := typeName(t) + "." + s.Field(i).Name()
	return newSource(name, cats, Step{Pos: pos, What: "read " + name})
}

func (st *fnState) instr(instr ssa.Instruction) {
	switch i := instr.(type) {
	case *ssa.Phi:
		for _, e := range i.Edges {
			st.addVal(i, st.vals[e])
		}
	case *ssa.Store:
		if isFunc(i.Val.Type()) {
			st.storeFuncParam(i.Val, addrKey(i.Addr))
		}
		if load, ok := i.Val.(*ssa.UnOp); ok && load.Op == token.MUL && !isRef(load.Type()) {
			// A struct or array copied from memory to memory: copy it
			// cell by cell, so that its fields stay apart.
			st.write(i.Addr, "", st.vals[load.X])
			st.copyCells(i.Addr, load.X)
			return
		}
		t := st.deep(i.Val)
		if fa, ok := i.Addr.(*ssa.FieldAddr); ok && len(t) > 0 {
			if name := fieldName(fa.X.Type(), fa.Field); name != "" {
				t = t.mapped(func(o *origin) *origin { return o.with(Step{Pos: i.Pos(), What: "stored in " + name}) })
			}
		}
		st.write(i.Addr, "", t)
	case *ssa.UnOp:
		switch i.Op {
		case token.MUL:
			if isRef(i.Type()) {
				st.addVal(i, st.vals[i.X].at("/*"))
			} else {
				st.addVal(i, st.vals[i.X])
			}
			for _, l := range st.locs(i.X) {
				st.addVal(i, st.read(l))
			}
		case token.ARROW:
			st.addVal(i, st.vals[i.X])
			for _, l := range st.locs(i.X) {
				st.addVal(i, st.read(loc{l.root, l.path + "/<-"}))
			}
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
		st.addVal(i, st.vals[i.X])
		if cats := st.a.types.of(i.X.Type()); !cats.Empty() {
			name := typeName(i.X.Type())
			st.addVal(i, set{newSource(name, cats, Step{Pos: i.Pos(), What: "value of type " + name + " used as a whole"})})
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
		st.addVal(i, st.vals[i.X].at("/f"+strconv.Itoa(i.Field)))
		if o := st.fieldSource(i.X.Type(), i.Field, i.Pos()); o != nil {
			st.addVal(i, set{o})
		}
	case *ssa.Field:
		if load, ok := i.X.(*ssa.UnOp); ok && load.Op == token.MUL {
			// A field of a struct just loaded from memory: read that
			// field's cell only, so that siblings stay clean.
			st.addVal(i, st.vals[load.X].at("/f"+strconv.Itoa(i.Field)))
			for _, l := range st.locs(load.X) {
				st.addVal(i, st.read(loc{l.root, l.path + "/f" + strconv.Itoa(i.Field)}))
			}
		} else {
			st.addVal(i, st.vals[i.X].at("/f"+strconv.Itoa(i.Field)))
		}
		if o := st.fieldSource(i.X.Type(), i.Field, i.Pos()); o != nil {
			st.addVal(i, set{o})
		}
	case *ssa.IndexAddr:
		st.addVal(i, st.vals[i.X].at("/[]"))
	case *ssa.Index:
		st.addVal(i, st.vals[i.X].at("/[]"))
	case *ssa.Lookup:
		st.addVal(i, st.vals[i.X].at("/[]"))
		if isRef(i.X.Type()) {
			for _, l := range st.locs(i.X) {
				st.addVal(i, st.read(loc{l.root, l.path + "/[]"}))
			}
		}
	case *ssa.MapUpdate:
		if isFunc(i.Value.Type()) {
			st.storeFuncParam(i.Value, elemKey(i.Map.Type().Underlying().(*types.Map).Elem()))
		}
		t, _ := st.deep(i.Value).union(st.deep(i.Key))
		st.write(i.Map, "/[]", t)
	case *ssa.Slice:
		st.addVal(i, st.deep(i.X))
	case *ssa.Extract:
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
		for _, s := range i.States {
			if s.Dir == types.RecvOnly {
				for _, l := range st.locs(s.Chan) {
					st.addVal(i, st.read(loc{l.root, l.path + "/<-"}))
				}
			}
		}
	case *ssa.Send:
		t := st.deep(i.X).mapped(func(o *origin) *origin { return o.with(Step{Pos: i.Pos(), What: "sent on a channel"}) })
		st.write(i.Chan, "/<-", t)
	case *ssa.MakeClosure:
		st.closure(i)
	case *ssa.Call:
		st.call(i, &i.Call, i)
	case *ssa.Go:
		st.call(i, &i.Call, nil)
	case *ssa.Defer:
		st.call(i, &i.Call, nil)
	case *ssa.Return:
		for k, r := range i.Results {
			var grew bool
			st.results[k], grew = st.results[k].union(st.deep(r))
			st.changed = st.changed || grew
		}
	}
}

// namedSource taints a conversion from a //privet:sensitive named type
// (type Email string; string(e)).
func (st *fnState) namedSource(v ssa.Value, x ssa.Value) {
	if cats := st.a.types.named(x.Type()); !cats.Empty() {
		name := typeName(x.Type())
		st.addVal(v, set{newSource(name, cats, Step{Pos: v.Pos(), What: "value of type " + name})})
	}
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
	st.apply(mc.Pos(), mc.Pos(), calleeRef{name: "the closure", captured: len(fn.Params)}, args, sum, nil)
}

// call handles a call, go or defer. v is the call's value (nil for go
// and defer).
func (st *fnState) call(instr ssa.Instruction, c *ssa.CallCommon, v *ssa.Call) {
	pos := c.Pos()
	if !pos.IsValid() {
		pos = instr.Pos()
	}
	var (
		args   []ssa.Value
		callee *ssa.Function
		obj    *types.Func
	)
	if c.IsInvoke() {
		obj = c.Method
		args = append([]ssa.Value{c.Value}, c.Args...)
	} else {
		switch fv := c.Value.(type) {
		case *ssa.Builtin:
			st.builtin(fv.Name(), c.Args, v)
			return
		case *ssa.Function:
			callee, args = fv, c.Args
		case *ssa.MakeClosure:
			callee = fv.Fn.(*ssa.Function)
			args = append(append([]ssa.Value(nil), c.Args...), fv.Bindings...)
			if isBoundWrapper(callee) && len(fv.Bindings) == 1 {
				// A method value x.M called directly: the receiver is
				// the binding.
				args = append([]ssa.Value{fv.Bindings[0]}, c.Args...)
			}
		default:
			if st.callFuncValue(instr, c, v) {
				return
			}
			args = c.Args
		}
		if callee != nil {
			if o := callee.Origin(); o != nil {
				callee = o
			}
			obj, _ = callee.Object().(*types.Func)
		}
	}
	hasRecv := obj != nil && obj.Type().(*types.Signature).Recv() != nil
	if obj != nil {
		if sink := st.a.sinks.Func(obj); sink != nil {
			st.sink(pos, sink, args, hasRecv)
			return
		}
		if cats, ok := st.a.ann.SanitizerCategories(obj); ok {
			st.sanitize(pos, args, cats, v)
			return
		}
		if cats, ok := st.a.cfg.Sanitizer(obj); ok {
			st.sanitize(pos, args, cats, v)
			return
		}
		if cats, ok := st.a.cfg.SourceFunc(obj); ok && v != nil {
			// A policy source: the results are sensitive, whatever the
			// arguments were.
			name := funcName(obj)
			st.addVal(v, set{newSource(name, cats, Step{Pos: st.a.callStart(pos), What: "returned by " + name})})
			return
		}
		if builtinSanitizer(obj) {
			return
		}
	}
	if callee != nil && callee.Synthetic == "" || callee == nil && obj != nil && !c.IsInvoke() {
		var sum *Summary
		var known bool
		if callee != nil {
			sum, known = st.a.summaryOf(callee, st.fn)
		} else {
			sum, known = st.a.importedSummary(obj)
		}
		if known {
			ref := calleeRef{name: funcName(obj), captured: -1, hasRecv: hasRecv}
			if callee != nil && callee.Parent() != nil {
				ref = calleeRef{name: "the closure", captured: len(callee.Params)}
			}
			st.apply(st.a.callStart(pos), pos, ref, args, sum, v)
			return
		}
	} else if obj != nil && callee != nil && callee.Synthetic != "" {
		// Wrappers (bound methods, thunks, promoted methods) stand for
		// the method they wrap.
		if sum, known := st.a.importedOrLocal(obj); known {
			st.apply(st.a.callStart(pos), pos, calleeRef{name: funcName(obj), captured: -1, hasRecv: hasRecv}, args, sum, v)
			return
		}
	}
	if c.IsInvoke() {
		for _, impl := range st.a.implementations(obj) {
			if sum, known := st.a.importedOrLocal(impl); known && len(sum.Sinks) > 0 {
				only := &Summary{Sinks: sum.Sinks}
				st.apply(st.a.callStart(pos), pos, calleeRef{name: funcName(impl), captured: -1, hasRecv: true}, args, only, nil)
			}
		}
	}
	st.conservative(pos, obj, args, hasRecv, v)
}

// importedOrLocal finds the summary of a declared function or method.
func (a *pkgAnalysis) importedOrLocal(obj *types.Func) (*Summary, bool) {
	if obj.Pkg() == a.pass.Pkg {
		fn := a.ssaPkg.Prog.FuncValue(obj)
		if fn == nil || fn.Blocks == nil {
			return nil, false
		}
		s := a.summaries[fn]
		if s == nil {
			return &Summary{}, true
		}
		return s, true
	}
	return a.importedSummary(obj)
}

func (st *fnState) builtin(name string, args []ssa.Value, v *ssa.Call) {
	switch name {
	case "append":
		for _, a := range args {
			st.addVal(v, st.deep(a))
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

// sanitize handles a call of a sanitizer: its result is clean for its
// categories. The arguments themselves stay as tainted as they were.
func (st *fnState) sanitize(pos token.Pos, args []ssa.Value, cats category.Set, v *ssa.Call) {
	if v == nil || cats.Empty() {
		return // a sanitizer for every category: the result is clean
	}
	for _, a := range args {
		st.addVal(v, st.deep(a).mapped(func(o *origin) *origin { return o.sanitized(cats) }))
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

// sink handles a call of a sink.
func (st *fnState) sink(pos token.Pos, sink *sinks.Sink, args []ssa.Value, hasRecv bool) {
	ref := SinkRef{Kind: sink.Kind, Family: sink.Family, Display: sink.Display}
	if sink.Kind == sinks.KindHTTP && sink.URLArg >= 0 {
		off := 0
		if hasRecv {
			off = 1
		}
		if i := sink.URLArg + off; i < len(args) {
			if host := constHost(args[i], 0); host != "" {
				ref.Host = host
				if rule, ok := sinks.ClassifyHost(host); ok {
					ref.Kind, ref.Family = rule.Kind, rule.Family
					ref.Display += " to " + host
				}
			}
		}
	}
	start := st.a.callStart(pos)
	for _, i := range payload(sink, argTypes(args), hasRecv) {
		step := Step{Pos: start, What: "argument " + strconv.Itoa(i) + " of " + ref.Display}
		if hasRecv {
			step.What = "argument " + strconv.Itoa(i-1) + " of " + ref.Display
			if i == 0 {
				step.What = "receiver of " + ref.Display
			}
		}
		arg := st.a.argExpr(pos, i, hasRecv)
		for _, o := range st.opaque(args[i], start) {
			st.reach(start, o.with(step), ref, nil, arg)
		}
	}
}

// reach records that an origin arrives at a sink: a finding for a source,
// a summary entry for a parameter.
func (st *fnState) reach(at token.Pos, o *origin, ref SinkRef, tail []Step, arg ast.Expr) {
	o = o.withTrace(tail)
	if o.isParam() {
		k := "s|" + strconv.Itoa(o.param) + o.path + "|" + o.cats.String() + "|" + ref.Display
		if _, ok := st.sinkFlows[k]; !ok {
			st.sinkFlows[k] = SinkFlow{Param: o.param, Path: o.path, Cleared: o.cats, Sink: ref, Trace: o.trace.steps(), pos: at}
			st.order = append(st.order, k)
		}
		return
	}
	f := Finding{Pos: at, Source: o.source, Cats: o.cats, Sink: ref, Trace: o.trace.steps(), Func: st.declared(), Arg: arg}
	k := "f|" + strconv.Itoa(int(at)) + "|" + f.key()
	if old, ok := st.findings[k]; ok {
		// The same source reaching the same sink under different
		// sanitizations: report the union of what is left.
		old.Cats = old.Cats.Union(o.cats)
		st.findings[k] = old
		return
	}
	st.findings[k] = f
	st.order = append(st.order, k)
}

// calleeRef names the callee of an applied summary. For a closure,
// captured is the index of its first free variable (its parameter count);
// -1 for other functions.
type calleeRef struct {
	name     string
	captured int
	hasRecv  bool
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

// apply applies a callee's summary at a call. at is where findings are
// reported (the call, or for closures the sink inside), callPos the call.
func (st *fnState) apply(at, callPos token.Pos, callee calleeRef, args []ssa.Value, sum *Summary, v *ssa.Call) {
	name := callee.name
	through := Step{Pos: st.a.callStart(callPos), What: "passed to " + name}
	nres := 0
	if v != nil {
		if tup, ok := v.Type().(*types.Tuple); ok {
			nres = tup.Len()
		} else {
			nres = 1
		}
	}
	results := make([]set, nres)
	returned := Step{Pos: st.a.callStart(callPos), What: "returned by " + name}
	for _, f := range sum.Flows {
		t, ok := st.arriving(args, f.From, f.FromPath, f.Source, f.Cats, f.Trace, through, returned)
		if !ok {
			continue
		}
		if f.To >= 0 {
			if f.To < nres {
				results[f.To], _ = results[f.To].union(t)
			}
		} else if p := -1 - f.To; p < len(args) && args[p] != nil {
			st.write(args[p], f.ToPath, t)
		}
	}
	st.applyParamCalls(callPos, name, args, sum.Calls)
	for _, fs := range sum.FuncStores {
		if fs.Param < len(args) && args[fs.Param] != nil {
			st.storeFuncParam(args[fs.Param], fs.Key)
		}
	}
	for _, k := range sum.Sinks {
		if k.Param >= len(args) || args[k.Param] == nil {
			continue
		}
		where := at
		arg := st.a.argExpr(callPos, k.Param, callee.hasRecv)
		if callee.captured >= 0 && k.pos.IsValid() && k.Param >= callee.captured {
			// Captured, not passed: report at the sink inside the closure.
			where, arg = k.pos, nil
		}
		for _, o := range st.part(args[k.Param], k.Path) {
			if o = o.sanitized(k.Cleared); o == nil {
				continue
			}
			st.reach(where, o.with(through), k.Sink, k.Trace, arg)
		}
	}
	if v == nil {
		return
	}
	if nres > 1 {
		old := st.tuple[v]
		if old == nil {
			old = make([]set, nres)
		}
		for i := range results {
			var grew bool
			old[i], grew = old[i].union(results[i])
			st.changed = st.changed || grew
		}
		st.tuple[v] = old
	}
	for _, r := range results {
		st.addVal(v, r)
	}
}

// arriving is what a summary entry brings in at a call: the part of
// argument from it reads, less the categories sanitized on the way, with
// through and the entry's trace added; or, for from < 0, the source it
// reads itself, with its trace and srcStep. ok is false when the
// argument is missing.
func (st *fnState) arriving(args []ssa.Value, from int, fromPath, source string, cats category.Set, trace []Step, through, srcStep Step) (t set, ok bool) {
	if from < 0 {
		return set{newSourceTrace(source, cats, append(append([]Step(nil), trace...), srcStep))}, true
	}
	if from >= len(args) || args[from] == nil {
		return nil, false
	}
	return st.part(args[from], fromPath).mapped(func(o *origin) *origin {
		if o = o.sanitized(cats); o == nil {
			return nil
		}
		return o.with(through).withTrace(trace)
	}), true
}

// conservative handles a call privet cannot see into: taint flows from
// every argument to the results, into writers among the arguments, and
// into the receiver of methods that look like they store (Write, Set,
// Add, Encode, ...).
func (st *fnState) conservative(pos token.Pos, obj *types.Func, args []ssa.Value, hasRecv bool, v *ssa.Call) {
	var all set
	for _, a := range args {
		if isContext(a.Type()) {
			continue
		}
		all, _ = all.union(st.opaque(a, st.a.callStart(pos)))
	}
	if v != nil && isRef(v.Type()) && hasRecv && (types.Identical(v.Type(), args[0].Type()) || st.a.sinks.Accessor(obj)) {
		// A builder method returning its receiver (resty's SetBody,
		// analytics.Properties.Set), or an accessor of the catalog
		// (fasthttp's req.PostArgs()): the result is the receiver.
		if _, ok := st.aliases[v]; !ok {
			st.aliases[v] = args[0]
			delete(st.locMemo, v)
		}
	} else if v != nil && isRef(v.Type()) {
		for i, a := range args {
			if isRef(a.Type()) && !isContext(a.Type()) && (i > 0 || !hasRecv) {
				if _, ok := st.aliases[v]; !ok {
					st.aliases[v] = a
					delete(st.locMemo, v)
				}
				break
			}
		}
	}
	if len(all) == 0 {
		return
	}
	step := Step{Pos: st.a.callStart(pos), What: "through " + funcName(obj)}
	all = all.mapped(func(o *origin) *origin { return o.with(step) })
	st.addVal(v, all)
	for i, a := range args {
		if isContext(a.Type()) {
			continue
		}
		// A builder returning its receiver keeps what it is given
		// (entry.String(k, v) before entry.Emit()).
		recvStore := i == 0 && hasRecv && obj != nil && (storesIntoReceiver(obj.Name()) || v != nil && types.Identical(v.Type(), a.Type()))
		if recvStore || isWriter(a.Type()) || i > 0 && pointerInInterface(a) {
			st.write(a, "", all)
		}
	}
}

// storesIntoReceiver is the naming heuristic for methods that keep their
// arguments in the receiver: bytes.Buffer.WriteString, url.Values.Set,
// http.Header.Add, json.Encoder.Encode, strings.Builder.WriteString.
func storesIntoReceiver(name string) bool {
	for _, p := range []string{"Write", "Set", "Add", "Append", "Encode", "Put", "Store", "Push", "Insert", "Print", "Execute"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// pointerInInterface reports whether a is a pointer passed as any, the
// way json.Unmarshal and Decode receive their destination.
func pointerInInterface(a ssa.Value) bool {
	mi, ok := a.(*ssa.MakeInterface)
	if !ok {
		return false
	}
	_, isPtr := mi.X.Type().Underlying().(*types.Pointer)
	return isPtr
}

var writerIface = types.NewInterfaceType([]*types.Func{
	types.NewFunc(token.NoPos, nil, "Write", types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewVar(token.NoPos, nil, "p", types.NewSlice(types.Typ[types.Byte]))),
		types.NewTuple(types.NewVar(token.NoPos, nil, "n", types.Typ[types.Int]), types.NewVar(token.NoPos, nil, "err", types.Universe.Lookup("error").Type())),
		false)),
}, nil).Complete()

func isWriter(t types.Type) bool {
	if types.IsInterface(t) && t.Underlying().(*types.Interface).NumMethods() == 0 {
		return false
	}
	return types.Implements(t, writerIface)
}

func isContext(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// isRef reports whether values of t refer to memory that others share.
func isRef(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface:
		return true
	}
	return false
}

func fieldName(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Struct)
	if !ok || i >= s.NumFields() {
		return ""
	}
	return typeName(t) + "." + s.Field(i).Name()
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

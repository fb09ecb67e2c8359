package taint

import (
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/category"
)

// Interface calls wired elsewhere. Go interfaces are structural: package
// emb calls Provider.Embed(text), package oai implements it without
// importing emb, and only a package that imports both (app, main) can
// see the implementation. When an interface call of the user's code has
// no implementation in scope that sends, and what it is given comes from
// a parameter, the function's summary says so (IfaceCall); a caller,
// which may import an implementation, resolves the interface method in
// its own scope and applies the implementations' sinks, reporting at the
// call that passes the value, like any other helper. A caller that sees
// no implementation either passes the entry on in its own summary.

// IfaceCall says that data from a parameter, or read from a source in
// the function, reaches argument Arg (SSA numbering: the receiver is 0)
// of a call of interface method Pkg.Type.Method with no implementation
// in scope that sends.
type IfaceCall struct {
	Pkg, Type, Method string
	Arg               int
	// From, FromPath, Source, Cats and Trace are as in Flow.
	From     int
	FromPath Path
	Source   string
	Cats     category.Set
	Trace    []Step
}

// name is how steps name the interface method: "emb.Provider.Embed".
func (c IfaceCall) name() string {
	return lastElem(c.Pkg) + "." + c.Type + "." + c.Method
}

func (c IfaceCall) String() string {
	return fromText(c.From, c.FromPath, c.Source, c.Cats) + "->" + c.name() + "(arg" + strconv.Itoa(c.Arg) + ")"
}

// ifaceCallKey identifies an IfaceCall regardless of its trace.
type ifaceCallKey struct {
	pkg, typ, method string
	arg              int
	from             originKey
}

// wiredElsewhere reports whether fn is a method of an interface of the
// user's code, with arguments, that no implementation in scope
// implements: a call of it may leave an IfaceCall for callers.
//
// Only the packages of the modules being worked on (no version: the main
// module, a workspace's) are made relevant by this: a dependency's own
// interfaces (go-redis's hooks and Cmdable) would make it analysed whole,
// at a cost out of proportion with what it finds.
func (a *pkgAnalysis) wiredElsewhere(fn *types.Func) bool {
	if !a.underDevelopment() {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || sig.Params().Len() == 0 || !a.userInterface(fn) {
		return false
	}
	if a.sinks.Func(fn) != nil {
		return false
	}
	return len(a.implementations(fn)) == 0
}

// interfaceMethod returns the named interface type declaring m, if any.
func interfaceMethod(m *types.Func) (*types.TypeName, bool) {
	n, ok := types.Unalias(recvType(m)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return nil, false
	}
	return n.Obj(), true
}

// pendingIfaceCall records in the summary that what args carry (from
// parameters or sources) reaches a call of m that nothing in scope
// resolves. Only tainted arguments leave an entry.
func (st *fnState) pendingIfaceCall(pos token.Pos, m *types.Func, args []ssa.Value) {
	tn, ok := interfaceMethod(m)
	if !ok {
		return
	}
	step := Step{Pos: st.start(pos), What: "passed to " + funcName(m) + " (no implementation in scope)"}
	for i := 1; i < len(args); i++ {
		if isContext(args[i].Type()) {
			continue
		}
		for _, o := range st.deep(args[i]) {
			st.ifaceCall(tn.Pkg().Path(), tn.Name(), m.Name(), i, o.with(step))
		}
	}
}

// ifaceCall records one IfaceCall entry.
func (st *fnState) ifaceCall(pkg, typ, method string, arg int, o *origin) {
	key := ifaceCallKey{pkg, typ, method, arg, o.key}
	if _, ok := st.ifaceCalls.get(key); ok {
		return
	}
	ic := IfaceCall{Pkg: pkg, Type: typ, Method: method, Arg: arg,
		From: o.param, FromPath: o.path, Cats: o.cats, Trace: o.trace.steps()}
	if !o.isParam() {
		ic.Source = o.source
	}
	st.ifaceCalls.put(key, ic)
}

// applyIfaceCalls resolves, at a call, the interface calls the callee
// left pending against the implementations in this package's scope.
// What reaches an implementation that sends is reported here, at the
// call; what finds none stays pending in this function's summary, for
// its callers.
//
// Which implementations send is decided before the arguments are read:
// a call is applied in every round of the fixpoint, and a callee may
// leave many entries for an interface with hundreds of implementations
// that send nothing (go-redis's connection-pool hooks, ginkgo's
// reporters), so an entry already pending here for the same data (only
// its trace could differ, and the first trace wins) costs a map lookup,
// not a trace.
func (st *fnState) applyIfaceCalls(ap application, through Step) {
	for _, ic := range ap.sum.Ifaces {
		senders := st.sendingImpls(ic)
		if len(senders) == 0 {
			st.passOnIfaceCall(ap.args, ic, through)
			continue
		}
		in, ok := st.arriving(ap.args, nil, ic.From, ic.FromPath, ic.Source, ic.Cats, ic.Trace, through, through)
		if !ok || len(in) == 0 {
			continue
		}
		for _, impl := range senders {
			st.sendToImpl(ap.at, ic, impl, in, "an implementation of "+ic.name()+" in scope here")
		}
		// A wiring site need not report these again (see wiring.go).
		for _, o := range in {
			if !o.isParam() {
				c := ic
				c.Source, c.Cats = o.source, o.cats
				st.a.resolved[c.pendingKey()] = true
			}
		}
	}
}

// passOnIfaceCall leaves a callee's pending interface call in this
// function's summary, for what reaches it here. Only origins not pending
// here already get a trace: the first trace wins (see ifaceCall).
func (st *fnState) passOnIfaceCall(args []ssa.Value, ic IfaceCall, through Step) {
	if ic.From == FromSource {
		if !st.pendingHere(ic, originKey{param: -1, source: ic.Source, cats: ic.Cats.String()}) {
			st.ifaceCall(ic.Pkg, ic.Type, ic.Method, ic.Arg, newSourceTrace(ic.Source, ic.Cats, append(append([]Step(nil), ic.Trace...), through)))
		}
		return
	}
	if ic.From < 0 || ic.From >= len(args) || args[ic.From] == nil {
		return
	}
	for _, o := range st.argPart(args, nil, ic.From, ic.FromPath) {
		if o = o.sanitized(ic.Cats); o == nil || st.pendingHere(ic, o.key) {
			continue
		}
		st.ifaceCall(ic.Pkg, ic.Type, ic.Method, ic.Arg, o.with(through).withTrace(ic.Trace))
	}
}

// sendingImpls returns the implementations in scope of ic's interface
// method that send its argument ic.Arg.
func (st *fnState) sendingImpls(ic IfaceCall) []*types.Func {
	m := st.a.lookupMethod(ic.Pkg, ic.Type, ic.Method)
	if m == nil {
		return nil
	}
	var senders []*types.Func
	for _, impl := range st.a.implementations(m) {
		if st.implSends(impl, ic.Arg) {
			senders = append(senders, impl)
		}
	}
	return senders
}

// implSends reports whether an implementation is a sink or its summary
// sends its argument arg (SSA numbering).
func (st *fnState) implSends(impl *types.Func, arg int) bool {
	if st.a.sinks.Func(impl) != nil {
		return true
	}
	sum, known := st.a.implSummary(impl, st.fn)
	if !known {
		return false
	}
	for _, k := range sum.Sinks {
		if k.Param == arg {
			return true
		}
	}
	return false
}

// pendingHere reports whether this function already leaves ic's
// interface call, for data of origin o, to its callers.
func (st *fnState) pendingHere(ic IfaceCall, o originKey) bool {
	_, ok := st.ifaceCalls.get(ifaceCallKey{ic.Pkg, ic.Type, ic.Method, ic.Arg, o})
	return ok
}

// sendToImpl applies the sinks of an implementation to what reaches its
// argument ic.Arg, and reports whether it has any; how says how the
// implementation was found, for the trace.
func (st *fnState) sendToImpl(at token.Pos, ic IfaceCall, impl *types.Func, in set, how string) bool {
	via := Step{Pos: at, What: "→ " + funcName(impl) + " (" + how + ")"}
	if sink := st.a.sinks.Func(impl); sink != nil {
		ref := sinkRef(sink, nil)
		st.sinkCall(arrival{at: at, ref: ref, in: in.with(via), step: Step{Pos: at, What: "argument " + strconv.Itoa(ic.Arg-1) + " of " + ref.Display}})
		return true
	}
	sum, known := st.a.implSummary(impl, st.fn)
	if !known {
		return false
	}
	sent := false
	for _, k := range sum.Sinks {
		if k.Param == ic.Arg {
			st.sinkCall(arrival{at: at, ref: k.Sink, in: narrowEach(in, k.Path).with(via), cleared: k.Cleared, tail: k.Trace})
			sent = true
		}
	}
	return sent
}

// lookupInterface finds a named interface of a package among the
// packages this package's types reach, or nil.
func (a *pkgAnalysis) lookupInterface(pkg, typ string) *types.TypeName {
	p := a.lookupPackage(pkg)
	if p == nil {
		return nil
	}
	tn, ok := p.Scope().Lookup(typ).(*types.TypeName)
	if !ok || !types.IsInterface(tn.Type()) {
		return nil
	}
	return tn
}

// lookupMethod finds a method of a named interface, or nil. The answer
// is kept: pending calls name their method by strings, and are applied
// at every call of the function that left them, in every round.
func (a *pkgAnalysis) lookupMethod(pkg, typ, method string) *types.Func {
	key := methodKey{pkg, typ, method}
	if m, ok := a.methods[key]; ok {
		return m
	}
	var m *types.Func
	if tn := a.lookupInterface(pkg, typ); tn != nil {
		obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, tn.Pkg(), method)
		m, _ = obj.(*types.Func)
	}
	if a.methods == nil {
		a.methods = map[methodKey]*types.Func{}
	}
	a.methods[key] = m
	return m
}

// methodKey names an interface method as pending calls do.
type methodKey struct{ pkg, typ, method string }

// lookupPackage finds a package by path among this package and the
// packages its types reach, or nil.
func (a *pkgAnalysis) lookupPackage(path string) *types.Package {
	if a.packages == nil {
		a.packages = map[string]*types.Package{}
		var visit func(p *types.Package)
		visit = func(p *types.Package) {
			if _, seen := a.packages[p.Path()]; seen {
				return
			}
			a.packages[p.Path()] = p
			for _, q := range p.Imports() {
				visit(q)
			}
		}
		visit(a.pass.Pkg)
	}
	return a.packages[path]
}

func lastElem(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[i+1:]
		}
	}
	return path
}

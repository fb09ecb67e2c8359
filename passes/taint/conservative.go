package taint

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/privetlint/privet/internal/goroot"
)

// The conservative model of a call privet cannot see into (no summary,
// or a function value or interface it cannot resolve): taint flows from
// every argument to the results, into writers among the arguments, and
// into the receiver of methods that look like they store (Write, Set,
// Add, Encode, ...). A result that is a pointer may point into an
// argument.

// conservative applies the model to a call of c.
func (st *fnState) conservative(pos token.Pos, c *callee, v *ssa.Call) {
	st.conservativeRecv(pos, c, v, recvAll)
}

// recvMode is how much of the receiver the conservative model passes on.
type recvMode int

const (
	// recvAll: everything the receiver holds.
	recvAll recvMode = iota
	// recvNone: nothing (the summaries of the implementations in scope
	// said what the receiver gives).
	recvNone
	// recvAssumed: a call of an interface of the user's code with no
	// implementation in scope: everything only for a method without
	// arguments (a getter); otherwise what a value whose type carries
	// the categories holds, and parameters (see interfaces.go).
	recvAssumed
)

// conservativeRecv applies the model to a call of c, passing on what
// the receiver holds as recv says.
func (st *fnState) conservativeRecv(pos token.Pos, c *callee, v *ssa.Call, recv recvMode) {
	obj, args, hasRecv := c.obj, c.args, c.hasRecv
	var all set
	for i, a := range args {
		if isContext(a.Type()) && !(i == 0 && hasRecv && obj != nil && obj.Name() == "Value") {
			// (ctx.Value(k) gives what context.WithValue stored.)
			continue
		}
		if i == 0 && hasRecv && keyedCipher(obj) || removedArg(obj, i, hasRecv) {
			continue
		}
		in := st.opaque(a, st.start(pos))
		if i == 0 && hasRecv && recv != recvAll {
			in = receiverPart(in, recv, args)
		}
		all, _ = all.union(in)
	}
	if printsFields(obj) {
		all, _ = all.union(st.printedSources(args, st.start(pos)))
	}
	if owner := ownKeyOwner(obj, args); owner != "" {
		all = withoutOwnKey(all, owner)
	}
	if v != nil && isRef(v.Type()) && hasRecv && (types.Identical(v.Type(), args[0].Type()) || st.a.sinks.Accessor(obj)) {
		// A builder method returning its receiver (resty's SetBody,
		// analytics.Properties.Set), or an accessor of the catalog
		// (fasthttp's req.PostArgs()): the result is the receiver.
		st.alias(v, args[0])
	} else if v != nil && isRef(v.Type()) && !(isError(v.Type()) && st.a.cleanErrors(obj)) {
		for i, a := range args {
			if isRef(a.Type()) && !isContext(a.Type()) && (i > 0 || !hasRecv) {
				st.alias(v, a)
				break
			}
		}
	}
	if len(all) == 0 {
		return
	}
	through := "through " + funcName(obj)
	if recv == recvAssumed {
		through += " (no implementation in scope: assumed to pass its arguments on)"
	}
	all = all.with(Step{Pos: st.start(pos), What: through})
	st.opaqueResults(v, obj, all)
	for i, a := range args {
		if isContext(a.Type()) {
			continue
		}
		// A builder returning its receiver keeps what it is given
		// (entry.String(k, v) before entry.Emit()).
		recvStore := i == 0 && hasRecv && obj != nil && (storesIntoReceiver(obj) || fillsReceiver(obj) || v != nil && types.Identical(v.Type(), a.Type()))
		switch {
		case recvStore || isWriter(a.Type()) || fillsArgument(obj, i, a, hasRecv):
			st.write(a, "", all)
		case i > 0 && pointerInInterface(a):
			st.write(a, "", st.filled(pos, c, recv, i))
		}
		if scansInto(obj) && i > 0 {
			for _, p := range variadicPointers(a) {
				st.write(p, "", all)
			}
		}
	}
}

// filled is what a call writes into its argument i, a pointer passed as
// any (json.Unmarshal's and Decode's destination, fmt.Sscan's): what the
// other arguments carry. The destination's own contents are not written
// back: its type's sensitive fields say what it may hold, not that
// decoding a request body filled them, and a whole-value write would
// taint every field (d.ID after Decode(&d)).
func (st *fnState) filled(pos token.Pos, c *callee, recv recvMode, i int) set {
	var out set
	for j, b := range c.args {
		if j == i || isContext(b.Type()) {
			continue
		}
		in := st.opaque(b, st.start(pos))
		if j == 0 && c.hasRecv && recv != recvAll {
			in = receiverPart(in, recv, c.args)
		}
		out, _ = out.union(in)
	}
	if len(out) == 0 {
		return nil
	}
	return out.with(Step{Pos: st.start(pos), What: "through " + funcName(c.obj)})
}

// fillsReceiver reports whether a method fills its receiver from its
// arguments without a name that says so: ReadFrom (io.ReaderFrom,
// bytes.Buffer, bufio.Writer) and bufio.Scanner.Buffer, whose buffer the
// scanner reads from.
func fillsReceiver(obj *types.Func) bool {
	switch name := obj.Name(); {
	case name == "ReadFrom":
		return true
	case name == "Buffer":
		return obj.Pkg() != nil && obj.Pkg().Path() == "bufio"
	}
	return false
}

// fillsArgument reports whether a call fills its argument i (a byte
// slice) with what it reads from the others: a Read method (io.Reader's
// Read(p), ReadAt) or io.ReadFull and io.ReadAtLeast.
func fillsArgument(obj *types.Func, i int, a ssa.Value, hasRecv bool) bool {
	if obj == nil || i == 0 || !isByteSlice(a.Type()) {
		return false
	}
	switch name := obj.Name(); {
	case hasRecv:
		return name == "Read" || name == "ReadAt"
	case obj.Pkg() != nil && obj.Pkg().Path() == "io":
		return name == "ReadFull" || name == "ReadAtLeast"
	}
	return false
}

func isByteSlice(t types.Type) bool {
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// scansInto reports whether obj is one of fmt's scanning functions,
// which parse their input into the values their variadic arguments
// point to (fmt.Sscan(s, &n)).
func scansInto(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "fmt" {
		return false
	}
	switch obj.Name() {
	case "Sscan", "Sscanf", "Sscanln", "Fscan", "Fscanf", "Fscanln", "Scan", "Scanf", "Scanln":
		return true
	}
	return false
}

// variadicPointers returns the pointers stored in a variadic argument
// slice built at the call (fmt.Sscan(s, &a, &b)).
func variadicPointers(a ssa.Value) []ssa.Value {
	sl, ok := a.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok || alloc.Comment != "varargs" {
		return nil
	}
	var out []ssa.Value
	for _, r := range *alloc.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		for _, u := range *ia.Referrers() {
			if s, ok := u.(*ssa.Store); ok && s.Addr == ia {
				if mi, ok := s.Val.(*ssa.MakeInterface); ok && isRef(mi.X.Type()) {
					out = append(out, mi.X)
				}
			}
		}
	}
	return out
}

// opaqueResults gives the results of an opaque call v of obj what its
// arguments hold, all. An error that the standard library returns says
// what went wrong, not what was written or parsed (the error of
// t.Execute(w, data) or of b.ReadString), so it stays clean; fmt.Errorf
// and the errors package, which wrap their arguments, keep them.
func (st *fnState) opaqueResults(v *ssa.Call, obj *types.Func, all set) {
	if v == nil {
		return
	}
	if !st.a.cleanErrors(obj) {
		st.addVal(v, all)
		return
	}
	tup, ok := v.Type().(*types.Tuple)
	if !ok {
		if !isError(v.Type()) {
			st.addVal(v, all)
		}
		return
	}
	per := st.tuple[v]
	if per == nil {
		per = make([]set, tup.Len())
		st.tuple[v] = per
	}
	for i := range per {
		if !isError(tup.At(i).Type()) {
			var grew bool
			per[i], grew = per[i].union(all)
			st.changed = st.changed || grew
		}
	}
	st.addVal(v, all)
}

// cleanErrors reports whether the errors obj returns are clean: it is
// in the standard library, and neither fmt.Errorf nor of the errors
// package.
func (a *pkgAnalysis) cleanErrors(obj *types.Func) bool {
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	pkg := obj.Pkg()
	switch {
	case pkg.Path() == "errors", pkg.Path() == "fmt" && obj.Name() == "Errorf":
		return false
	}
	std, ok := a.std[pkg]
	if !ok {
		std = goroot.IsStdPackage(a.pass.Fset, pkg)
		if a.std == nil {
			a.std = map[*types.Package]bool{}
		}
		a.std[pkg] = std
	}
	return std
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// receiverPart is what the receiver's taint in passes on under mode
// recv (not recvAll).
func receiverPart(in set, recv recvMode, args []ssa.Value) set {
	if recv == recvNone {
		return nil
	}
	getter := true
	for _, a := range args[1:] {
		getter = getter && isContext(a.Type())
	}
	if getter {
		return in
	}
	return in.mapped(func(o *origin) *origin {
		if o.isParam() || o.valueType != nil {
			return o
		}
		return nil
	})
}

// storesIntoReceiver is the naming heuristic for methods that keep their
// arguments in the receiver: bytes.Buffer.WriteString, url.Values.Set,
// http.Header.Add, json.Encoder.Encode, strings.Builder.WriteString.
// A template's Execute writes its data to the writer and keeps none of
// it: a package-level template executed with a name into a log, then
// with an id into a request, must not carry the name into the request.
func storesIntoReceiver(fn *types.Func) bool {
	name := fn.Name()
	if pkg := fn.Pkg(); pkg != nil && (pkg.Path() == "text/template" || pkg.Path() == "html/template") {
		return false
	}
	for _, p := range []string{"Write", "Set", "Add", "Append", "Encode", "Put", "Store", "Push", "Insert", "Print", "Execute"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// keyedCipher reports whether fn is a method of crypto/cipher (an AEAD's
// Open or Seal, a Block's Decrypt, a Stream's XORKeyStream, a BlockMode's
// CryptBlocks), whose receiver holds a key: what it outputs is made of
// its arguments, and does not carry the key (a service decrypting a
// stored API key with its own encryption key does not send that key
// with the API key: 20 of libredesk's 33 reports).
func keyedCipher(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "crypto/cipher" && fn.Type().(*types.Signature).Recv() != nil
}

// removedArg reports whether argument i of fn (the receiver counted as
// 0) is what fn takes out of its input, and so is not in its result:
// the old string of strings.Replace and ReplaceAll, the prefix, suffix
// or cutset strings.Trim* removes, the separator strings.Split and Cut
// cut at (bytes alike), and the pattern of a *regexp.Regexp, whose
// methods return parts of their arguments. Masking a name before a
// prompt (strings.ReplaceAll(text, name, "***"), or a regexp built from
// the name) does not send the name: k8sgpt's --anonymize.
func removedArg(fn *types.Func, i int, hasRecv bool) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "strings", "bytes":
		if hasRecv || i != 1 {
			return false
		}
		switch fn.Name() {
		case "Replace", "ReplaceAll", "TrimPrefix", "TrimSuffix", "Trim", "TrimLeft", "TrimRight",
			"CutPrefix", "CutSuffix", "Cut", "Split", "SplitN":
			return true
		}
	case "regexp":
		if !hasRecv || i != 0 {
			return false
		}
		switch fn.Name() {
		case "String", "LiteralPrefix", "SubexpNames", "SubexpIndex", "MarshalText":
			return false
		}
		return fn.Type().(*types.Signature).Recv() != nil
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

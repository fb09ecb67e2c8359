package sinks

import (
	"go/types"
	"path"
	"slices"
	"strings"
)

// Rule makes a whole class of an SDK's methods sinks, written once per
// family: generated SDKs (stripe-go, openai-go, anthropic-sdk-go) add
// endpoints every week, each a method of a service type taking a params
// struct that becomes the request, and a hand list of them is out of date
// the day after it is written (V1Products.Create, Files.New, ...). The
// hand-written entries stay for display names, argument positions that
// differ, builders and accessors; they win over a rule.
type Rule struct {
	// Receiver is a path.Match pattern over the method's receiver type
	// name, pointer stripped ("v1*Service", "*Service"); empty: the rule
	// is about package-level functions (Package must then say where).
	// Interface methods never match.
	Receiver string
	// Package, when set, is a path.Match pattern over the package path
	// below the module root, without the major ("customer" for
	// stripe-go/v85/customer; "*" is any package one level down).
	Package string
	// Param is a path.Match pattern over the name of a parameter's named
	// type, pointer stripped ("*Params"); the method is a sink when one
	// of its parameters matches, and those parameters are the payload.
	Param string
}

// match returns the payload arguments of fn, a function of package rel
// (its path below the module root, without the major), under the rule,
// or nil.
func (r Rule) match(fn *types.Func, rel string) []int {
	recv := ReceiverName(fn)
	sig, ok := fn.Type().(*types.Signature)
	if !ok || (recv == "") != (r.Receiver == "") || recv == "" && r.Package == "" {
		return nil
	}
	if recv != "" {
		if types.IsInterface(sig.Recv().Type()) {
			return nil
		}
		if ok, _ := path.Match(r.Receiver, recv); !ok {
			return nil
		}
	}
	if r.Package != "" {
		if ok, _ := path.Match(r.Package, rel); !ok {
			return nil
		}
	}
	var args []int
	for i := range sig.Params().Len() {
		if name := namedName(sig.Params().At(i).Type()); name != "" {
			if ok, _ := path.Match(r.Param, name); ok {
				args = append(args, i)
			}
		}
	}
	return args
}

// namedName is the name of a named type, pointer stripped; "" for others.
func namedName(t types.Type) string {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// ruleSink is the sink fn, a function of package base (without the
// major) in module root, is under a rule of fam, or nil.
func ruleSink(fam *Family, fn *types.Func, root, base string) *Sink {
	rel := strings.TrimPrefix(strings.TrimPrefix(base, root), "/")
	for _, r := range fam.Rules {
		if args := r.match(fn, rel); args != nil {
			return &Sink{Kind: fam.Kind, Family: fam.Name, Display: fam.Name + " " + ServicePath(fn), Args: args, URLArg: -1}
		}
	}
	return nil
}

// ServicePath names a method the way a user reaches it from the SDK's
// client: "V1Products.Create" for stripe's sc.V1Products.Create,
// "Beta.Messages.New" for anthropic's client.Beta.Messages.New. It
// follows the exported fields of the package's Client type (five deep at
// most) to the receiver type; a receiver not reached that way is named by
// package and type ("responses.ResponseService.New").
func ServicePath(fn *types.Func) string {
	recv := ReceiverName(fn)
	if recv == "" {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	if p := fieldPath(fn.Pkg(), recv); p != "" {
		return p + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + recv + "." + fn.Name()
}

// fieldPath finds the shortest chain of exported fields from the
// package's Client struct to a field of type recv (or *recv), five deep
// at most (openai's Beta.Agents.Environments.Files).
func fieldPath(pkg *types.Package, recv string) string {
	client, ok := pkg.Scope().Lookup("Client").(*types.TypeName)
	if !ok {
		return ""
	}
	type step struct {
		t    types.Type
		path string
	}
	queue := []step{{client.Type(), ""}}
	for depth := 0; depth < 5 && len(queue) > 0; depth++ {
		var next []step
		for _, s := range queue {
			st, ok := s.t.Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				f := st.Field(i)
				if !f.Exported() || f.Embedded() {
					continue
				}
				p := strings.TrimPrefix(s.path+"."+f.Name(), ".")
				if namedName(f.Type()) == recv && namedPkg(f.Type()) == pkg {
					return p
				}
				if namedPkg(f.Type()) == pkg {
					next = append(next, step{f.Type(), p})
				}
			}
		}
		queue = next
	}
	return ""
}

// namedPkg is the package of a named type, pointer stripped.
func namedPkg(t types.Type) *types.Package {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
}

// RuleList describes rules for a user: "receiver v[12]*Service with a
// *Params parameter; ...".
func RuleList(rules []Rule) string {
	parts := make([]string, len(rules))
	for i, r := range rules {
		what := "methods of " + r.Receiver
		if r.Receiver == "" {
			what = "functions"
		}
		if r.Package != "" {
			what += " in packages " + r.Package
		}
		parts[i] = what + " with a " + r.Param + " parameter"
	}
	return strings.Join(parts, "; ")
}

// How says where a sink comes from.
type How int

// The sources of a sink.
const (
	NotSink  How = iota
	ByEntry      // a catalog entry
	ByRule       // a family rule
	ByDoer       // an HTTP doer interface method
	ByPolicy     // a sink rule of .privet.yml or a //privet:sink directive
)

// Classify is Func, telling also where the sink comes from.
func (m *Matcher) Classify(fn *types.Func) (How, *Sink) {
	s := m.Func(fn)
	if s == nil {
		return NotSink, nil
	}
	fn = fn.Origin()
	_, base, _ := m.roots.split(fn.Pkg().Path())
	switch {
	case m.byKey[key(base, ReceiverName(fn), fn.Name())] != nil && &m.byKey[key(base, ReceiverName(fn), fn.Name())].Sink == s:
		return ByEntry, s
	case m.ruled[fn] == s:
		return ByRule, s
	case doerSink(fn) != nil:
		return ByDoer, s
	}
	return ByPolicy, s
}

// FamilyOf returns the catalog family whose modules hold the package
// path, or nil.
func (m *Matcher) FamilyOf(path string) *Family {
	root, _, _ := m.roots.split(path)
	if root == "" {
		return nil
	}
	for _, f := range Builtin() {
		if slices.Contains(f.Modules, root) {
			return &f
		}
	}
	return nil
}

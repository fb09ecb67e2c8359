package sinks

import (
	"go/types"
	"path"
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
	// name, pointer stripped ("v1*Service", "*Service"). Functions and
	// interface methods never match.
	Receiver string
	// Param is a path.Match pattern over the name of a parameter's named
	// type, pointer stripped ("*Params"); the method is a sink when one
	// of its parameters matches, and those parameters are the payload.
	Param string
}

// match returns the payload arguments of fn under the rule, or nil.
func (r Rule) match(fn *types.Func) []int {
	recv := ReceiverName(fn)
	sig, ok := fn.Type().(*types.Signature)
	if recv == "" || !ok || sig.Recv() == nil || types.IsInterface(sig.Recv().Type()) {
		return nil
	}
	if ok, _ := path.Match(r.Receiver, recv); !ok {
		return nil
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

// ruleSink is the sink fn is under a rule of fam, or nil.
func ruleSink(fam *Family, fn *types.Func) *Sink {
	for _, r := range fam.Rules {
		if args := r.match(fn); args != nil {
			return &Sink{Kind: fam.Kind, Family: fam.Name, Display: fam.Name + " " + ServicePath(fn), Args: args, URLArg: -1}
		}
	}
	return nil
}

// ServicePath names a method the way a user reaches it from the SDK's
// client: "V1Products.Create" for stripe's sc.V1Products.Create,
// "Beta.Messages.New" for anthropic's client.Beta.Messages.New. It
// follows the exported fields of the package's Client type (three deep at
// most) to the receiver type; a receiver not reached that way is named by
// package and type ("responses.ResponseService.New").
func ServicePath(fn *types.Func) string {
	recv := ReceiverName(fn)
	if p := fieldPath(fn.Pkg(), recv); p != "" {
		return p + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + recv + "." + fn.Name()
}

// fieldPath finds the shortest chain of exported fields from the
// package's Client struct to a field of type recv (or *recv).
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
	for depth := 0; depth < 3 && len(queue) > 0; depth++ {
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

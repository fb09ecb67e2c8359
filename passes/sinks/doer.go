package sinks

import "go/types"

// SDKs hide their *http.Client behind an interface of their own so that
// users can pass a retrying or instrumented one (PagerDuty's
// HTTPClient, many generated clients' HttpRequestDoer):
//
//	type HTTPClient interface {
//		Do(*http.Request) (*http.Response, error)
//	}
//
// A call through it sends the request like http.Client.Do does, whatever
// implements it, so an interface method of that shape is a sink of the
// net/http family wherever it is declared.

// doerSink is the sink an HTTP doer interface method is, or nil.
func doerSink(fn *types.Func) *Sink {
	if fn.Name() != "Do" {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return nil
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 ||
		!isHTTP(sig.Params().At(0).Type(), "Request") || !isHTTP(sig.Results().At(0).Type(), "Response") ||
		types.TypeString(sig.Results().At(1).Type(), nil) != "error" {
		return nil
	}
	return &Sink{Kind: KindHTTP, Family: nethttpFamily.Name, Display: displayName(fn), Args: []int{0}, URLArg: 0}
}

// isHTTP reports whether t is *net/http.<name>.
func isHTTP(t types.Type, name string) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Name() == name && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http"
}

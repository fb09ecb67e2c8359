package discover

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/privetlint/privet/internal/goroot"
	"github.com/privetlint/privet/passes/sinks"
	"github.com/privetlint/privet/passes/taint"
)

// Unmarked interface sinks.
//
// A call through an interface is checked against the implementations
// privet can see from the calling package: those declared in it and in
// its direct imports. The usual layout of a service keeps them apart:
// package llm declares Client, package llm/openai implements it and
// sends, package support calls llm.Client.Complete, and only main
// imports both. go vet analyses support before, and without, llm/openai,
// so that call is not checked. privet cannot carry what llm/openai knows
// to support (facts only flow to importers), but llm/openai can tell:
// its method sends what it is given and implements an interface of a
// package it imports, whose method is not marked as a sink. Marking the
// interface method //privet:sink makes every call through it checked.

// interfaceSinks reports the methods of the package that send a
// parameter to a sink and implement an unmarked interface method of a
// direct import.
func (d *discoverer) interfaceSinks(res *taint.Result, matcher *sinks.Matcher) {
	methods := make([]*types.Func, 0, len(res.Summaries))
	for fn, sum := range res.Summaries {
		if _, sends := paramSink(sum); sends && fn.Type().(*types.Signature).Recv() != nil && fn.Exported() {
			methods = append(methods, fn)
		}
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].Pos() < methods[j].Pos() })
	for _, m := range methods {
		pos := d.pass.Fset.Position(m.Pos())
		if strings.HasSuffix(pos.Filename, "_test.go") || d.cfg.ExcludedFile(pos.Filename) || d.ann.Ignored(pos) {
			continue
		}
		sink, _ := paramSink(res.Summaries[m])
		kind := sink.Kind
		for _, im := range d.unmarkedInterfaces(m, matcher) {
			msg := fmt.Sprintf("method %s sends its arguments to %s (%s) and implements %s, whose calls are checked only where this implementation is in scope; mark %s with //privet:sink %s",
				qualifiedMethod(m), sinks.KindPhrase(kind), sink.Display, qualifiedType(im), qualifiedMethod(im), kind)
			if quiet := d.quietImplementations(im, res); len(quiet) > 0 {
				// Marking the interface method would make every
				// call a sink, also those that reach a cache or a
				// fake: name the one that sends instead.
				msg = fmt.Sprintf("method %s sends its arguments to %s (%s) and implements %s, whose other implementations here (%s) do not send; mark %s rather than %s with //privet:sink %s, or scope a sinks: rule to it",
					qualifiedMethod(m), sinks.KindPhrase(kind), sink.Display, qualifiedType(im), strings.Join(quiet, ", "), qualifiedMethod(m), qualifiedMethod(im), kind)
			}
			d.pass.Report(analysis.Diagnostic{Pos: m.Pos(), Category: CategorySink, Message: msg})
		}
	}
}

// quietImplementations names the methods of the package's types that
// implement im and send none of their arguments, in source order.
func (d *discoverer) quietImplementations(im *types.Func, res *taint.Result) []string {
	iface, ok := im.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var quiet []*types.Func
	scope := d.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		ptr := types.NewPointer(tn.Type())
		if !types.Implements(ptr, iface) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(ptr, false, d.pass.Pkg, im.Name())
		fn, ok := obj.(*types.Func)
		if !ok || fn.Pkg() != d.pass.Pkg {
			continue
		}
		if sum := res.Summaries[fn]; sum == nil {
			quiet = append(quiet, fn)
		} else if _, sends := paramSink(sum); !sends {
			quiet = append(quiet, fn)
		}
	}
	sort.Slice(quiet, func(i, j int) bool { return quiet[i].Pos() < quiet[j].Pos() })
	names := make([]string, len(quiet))
	for i, fn := range quiet {
		names[i] = qualifiedType(fn)
	}
	return names
}

// paramSink returns the first sink a summary sends a parameter other
// than the receiver to, and whether there is one.
func paramSink(s *taint.Summary) (taint.SinkRef, bool) {
	for _, k := range s.Sinks {
		if k.Param > 0 {
			return k.Sink, true
		}
	}
	return taint.SinkRef{}, false
}

// unmarkedInterfaces returns the methods of interfaces declared in the
// package's non-standard direct imports that m implements and that are
// not sinks already.
func (d *discoverer) unmarkedInterfaces(m *types.Func, matcher *sinks.Matcher) []*types.Func {
	recv := m.Type().(*types.Signature).Recv().Type()
	if _, isPtr := recv.(*types.Pointer); !isPtr {
		recv = types.NewPointer(recv) // the pointer's method set holds both
	}
	var out []*types.Func
	for _, p := range d.pass.Pkg.Imports() {
		if goroot.IsStdPackage(d.pass.Fset, p) || matcher.InCatalogModule(p.Path()) {
			continue
		}
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() {
				continue
			}
			iface, ok := tn.Type().Underlying().(*types.Interface)
			if !ok || iface.NumMethods() == 0 {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(tn.Type(), false, p, m.Name())
			im, ok := obj.(*types.Func)
			if !ok || matcher.Func(im) != nil || !types.Implements(recv, iface) {
				continue
			}
			out = append(out, im)
		}
	}
	return out
}

// qualifiedMethod names a method as "pkg.Type.Method".
func qualifiedMethod(m *types.Func) string {
	return m.Pkg().Name() + "." + sinks.ReceiverName(m) + "." + m.Name()
}

func qualifiedType(m *types.Func) string {
	return m.Pkg().Name() + "." + sinks.ReceiverName(m)
}

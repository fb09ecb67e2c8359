// Package taint traces sensitive values through a package's SSA form.
//
// privettaint: trace sensitive values from sources to sinks through SSA
//
// Sources are reads of fields tagged privet:"category", values of
// //privet:sensitive types and results of functions whose summary says they
// return sensitive data. Sinks come from the sinks pass. Taint moves through
// assignments, phis, conversions, string operations, structs (per field),
// slices, maps, pointers, closures, channels, calls and returns; a call
// with a summary moves exactly what its summary says, a sanitizer cleans its
// result for its categories, and any other call passes taint from its
// arguments to its results (and into writers and receivers it fills).
//
// Each function gets a Summary (which parameters reach which results and
// which sinks, which results carry a source), exported as a fact when it
// is not empty, so that callers in other packages see through it. The pass
// reports nothing: its Result lists the flows for the privet analyzer, and
// the places where a bound of the engine cut the analysis short (Limits).
//
// A package that can neither hold a source nor reach a sink takes the
// fast path: its SSA is not built (buildssa runs on demand), it exports
// no fact, and its Result says so (Route, and Why for the others).
//
// Each file of the package holds one concept; CONTRIBUTING.md at the root
// of the repository has the map and follows a flow from a field read to a
// report.
package taint

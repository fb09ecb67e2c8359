package sinks

// Kind names what sort of third party a sink sends data to. It is the
// diagnostic Category, so users can filter on it.
type Kind string

// The built-in sink kinds. Users may name other kinds in //privet:sink.
const (
	KindAI         Kind = "ai"
	KindHTTP       Kind = "http"
	KindAnalytics  Kind = "analytics"
	KindMonitoring Kind = "monitoring"
	KindMessaging  Kind = "messaging"
	KindPayment    Kind = "payment"
	// KindTelemetry is tracing and metrics (OpenTelemetry, Datadog):
	// span attributes leave through the exporter.
	KindTelemetry Kind = "telemetry"
	KindRPC       Kind = "rpc"
)

// Entry is one sink API of the catalog: a function, a method, or an
// interface method whose listed arguments leave the process.
type Entry struct {
	// Package is the import path that declares the function or the
	// receiver type.
	Package string
	// Receiver is the receiver's named type (pointer stripped) or the
	// interface that declares the method; empty for package-level funcs.
	Receiver string
	// Name is the function or method name.
	Name string
	// Args lists the payload arguments, counted from 0 over the declared
	// parameters (the receiver is not counted). Nil means all arguments
	// but a context.Context. -1 names the receiver itself, for builders
	// that accumulate the payload before sending it (resty's
	// req.SetBody(b).Post(url)).
	Args []int
	// Display is the name shown in diagnostics, e.g.
	// "openai Chat.Completions.New".
	Display string
	// URLArg is the argument that names the destination (a URL string or
	// a request built from one), used to recognise AI hosts behind a
	// generic HTTP sink. Only consulted for sinks of kind http; -1: none.
	URLArg int
}

// Family groups the entries of one SDK. Its Name is what policy allow
// rules refer to.
type Family struct {
	Name string
	Kind Kind
	// Optional families are off unless the policy enables them (gRPC to
	// any target, say, is first-party as often as not).
	Optional bool
	// Modules are import-path prefixes of the SDK. Their own code is not
	// analysed: the catalog is the authority on what they send, and calls
	// into them that are not sinks pass taint from arguments to results.
	Modules []string
	Entries []Entry
	// Accessors are methods of the SDK whose result points into the
	// receiver (fasthttp's req.PostArgs(), req.URI()): what is stored
	// through the result is stored in the receiver. Other methods
	// returning a pointer of another type are taken to return a fresh
	// value (resty's client.R() is a new request, not the client).
	Accessors []Accessor
}

// Accessor names a method whose result aliases its receiver.
type Accessor struct {
	Package, Receiver, Name string
}

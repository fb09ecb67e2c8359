package sinks

import "strings"

// The built-in catalog is one file per SDK family. Adding an SDK family
// takes three touches, and a forgotten one fails a test:
//
//  1. passes/sinks/catalog_<name>.go registers the family:
//     var <name>Family = register(Family{Name, Kind, Modules, Hosts, Entries}),
//     with a comment naming the SDK version the entries were checked
//     against. Builtin() and ClassifyHost pick it up; a family without
//     Hosts needs its reason in hostless (hosts_test.go).
//  2. testdata/src/<import path>/: a stub of each package its entries
//     name, with the real signatures, in the newest major at least
//     (TestCatalogMatchesStubs checks every entry in every stubbed major
//     it holds in). Modules and entries are written without the major
//     suffix (major.go).
//  3. testdata/src/aisdk/<name>/ (kind ai) or testdata/src/thirdparty/<name>/
//     (<name> is the family name without non-letters): a leak case, a
//     // want naming one of its sinks, and a clean case, a func ...Clean
//     calling one with no want (analyzers' TestFamilyCases; TestAISDK and
//     TestThirdParty run it). An optional family puts them in <name>on,
//     whose .privet.yml enables it.
//
// The README's catalog table lists the families for users. A new sink kind
// is a row of Kinds and a page in internal/host/explain (kindPages).

// Kind names what sort of third party a sink sends data to. It is the
// diagnostic Category, so users can filter on it.
type Kind string

// The built-in sink kinds. Users may name other kinds in //privet:sink.
// Each one has a row in Kinds.
const (
	KindAI         Kind = "ai"
	KindHTTP       Kind = "http"
	KindAnalytics  Kind = "analytics"
	KindMonitoring Kind = "monitoring"
	// KindTelemetry is tracing and metrics (OpenTelemetry, Datadog):
	// span attributes leave through the exporter.
	KindTelemetry Kind = "telemetry"
	KindMessaging Kind = "messaging"
	KindPayment   Kind = "payment"
	KindRPC       Kind = "rpc"
	// KindCrash is a panic's value: the runtime prints it, and crash
	// reporters (Sentry's, Bugsnag's, a platform's) ship it to a third
	// party. Off unless the policy enables panic (PanicSink).
	KindCrash Kind = "crash"
)

// KindInfo describes a built-in sink kind.
type KindInfo struct {
	Kind Kind
	// Phrase names the kind in a diagnostic message: "pii data (...)
	// reaches an AI service (...)".
	Phrase string
}

// Kinds is the table of built-in sink kinds, in the order help texts and
// SARIF rules list them. It is the one list of kinds: the message phrase
// (KindPhrase), the names a policy may use (CheckPolicy), the
// -privet.kinds help (KindList), the "privet explain" pages and the SARIF
// rules (internal/host/explain, internal/host/report; their tests require a page
// for every row) all come from it.
var Kinds = []KindInfo{
	{Kind: KindAI, Phrase: "an AI service"},
	{Kind: KindHTTP, Phrase: "an HTTP request"},
	{Kind: KindAnalytics, Phrase: "an analytics service"},
	{Kind: KindMonitoring, Phrase: "an error monitoring service"},
	{Kind: KindTelemetry, Phrase: "a telemetry backend"},
	{Kind: KindMessaging, Phrase: "a messaging service"},
	{Kind: KindPayment, Phrase: "a payment processor"},
	{Kind: KindRPC, Phrase: "an RPC service"},
	{Kind: KindCrash, Phrase: "a crash report"},
}

// KnownKind reports whether k is a built-in sink kind.
func KnownKind(k Kind) bool {
	_, ok := kindInfo(k)
	return ok
}

func kindInfo(k Kind) (KindInfo, bool) {
	for _, info := range Kinds {
		if info.Kind == k {
			return info, true
		}
	}
	return KindInfo{}, false
}

// KindPhrase is how a diagnostic names a sink kind: "an AI service"; a
// custom kind is "a NAME sink".
func KindPhrase(k Kind) string {
	if info, ok := kindInfo(k); ok {
		return info.Phrase
	}
	return "a " + string(k) + " sink"
}

// KindList is the built-in kinds for help texts: "ai, http, analytics, ...".
func KindList() string { return strings.Join(KindNames(), ", ") }

// KindNames lists the built-in kinds, in the order of Kinds.
func KindNames() []string {
	names := make([]string, len(Kinds))
	for i, info := range Kinds {
		names[i] = string(info.Kind)
	}
	return names
}

// Entry is one sink API of the catalog: a function, a method, or an
// interface method whose listed arguments leave the process.
type Entry struct {
	// Package is the import path that declares the function or the
	// receiver type, without the module's major suffix
	// ("github.com/stripe/stripe-go/customer" for every stripe-go/vN):
	// the entry holds in every major (see major.go).
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
	// Since and Until bound the majors of the module that have the API
	// (1 is the path without suffix; 0: no bound), for an API added or
	// removed in a major. An entry holds in every major from Since on, so
	// a new major is covered without a touch; TestCatalogMatchesStubs
	// checks it against the stub of every major it holds in.
	Since, Until int
}

// InMajor reports whether the entry holds in major n of its module.
func (e Entry) InMajor(n int) bool {
	return (e.Since == 0 || n >= e.Since) && (e.Until == 0 || n <= e.Until)
}

// Family groups the entries of one SDK. Its Name is what policy allow
// rules refer to.
type Family struct {
	Name string
	Kind Kind
	// Optional families are off unless the policy enables them (gRPC to
	// any target, say, is first-party as often as not).
	Optional bool
	// Modules are the SDK's module paths without the major suffix
	// ("github.com/openai/openai-go"): each covers every major, /v2, /v3
	// and those to come (gopkg.in's .vN likewise). Their own code is
	// analysed only for the sinks it derives (derived.go): calls into
	// them that are neither an entry, a rule's nor a derived sink pass
	// taint from arguments to results.
	Modules []string
	// Hosts are the service's API hosts, path.Match patterns over the
	// lower-case host name ("api.openai.com", "bedrock-runtime.*.amazonaws.com";
	// '*' does not stop at dots, so "*.sentry.io" covers every subdomain
	// depth): a raw HTTP request to one of them gets this family and kind,
	// not "http", so that a request built by hand is treated like the SDK
	// call (ClassifyHost). They are the literals found in the SDK's source.
	Hosts   []string
	Entries []Entry
	// Rules make classes of the SDK's methods sinks without an entry
	// each (rules.go): every method of a service type taking a params
	// struct, say. An entry for the same method wins over a rule.
	Rules []Rule
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

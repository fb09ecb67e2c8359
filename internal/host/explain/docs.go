package explain

import "github.com/privetlint/privet/passes/sinks"

// The documentation, as data. Examples are indented by a tab; Markdown
// renders them as code blocks.

var leak = &Doc{
	Name:  "leak",
	Title: "sensitive customer data reaches a third party without an approved sanitizer",
	Text: `A finding such as

	support/summarize.go:41:9: pii data (Customer.Email) reaches an AI service (openai Chat.Completions.New) without an approved sanitizer

means that a value read from a field or type marked sensitive (here the
field Email of Customer, tagged privet:"pii") flows, possibly through other
functions and packages, into a call that sends data out of your process
(here the OpenAI chat completions API), and no sanitizer cleaned it on the
way. The finding is at the call that sends, or at the call that passes the
value to a function that sends. "privet -trace" prints the path: where the
value was read, each call, store and return it went through, and the sink
argument. The category of the finding (ai, http, analytics, monitoring,
telemetry, messaging, payment, rpc, crash or a custom kind) is the kind of sink;
"privet explain KIND" describes each.`,
	Why: `Data sent to a third party leaves your control: it may be logged, retained,
used for training, read by the provider's staff, or exposed in their
breach. Sending personal, payment, health or location data to a processor
you have no agreement with usually breaks your privacy policy, your
customers' contracts and laws such as the GDPR, CCPA, HIPAA or PCI DSS.
One careless fmt.Sprintf("%v", customer) in a prompt is enough.`,
	Fix: `Pick the first that applies.

1. Do not send the data. Send an identifier or a summary the third party
   needs instead:

	prompt := "Summarize ticket " + t.ID + ": " + t.Body   // not c.Email

2. Sanitize it. Wrap the value in a function marked as a sanitizer for its
   categories; its result is clean. privet -fix (or -diff) applies the
   wrap where an annotated sanitizer fits:

	//privet:sanitizer pii
	func MaskEmail(s string) string { ... }

	client.Ask(ctx, MaskEmail(c.Email))

   A sanitizer cleans its result only: sanitizing and then sending the
   original is still a leak, and so is a value sanitized on one branch.
   Hashes (crypto/sha256, HMAC) and AEAD ciphertext are built-in sanitizers.

3. Annotate what privet cannot know. A field that is not sensitive after
   all: tag it privet:"-". A function of yours that already masks: mark it
   //privet:sanitizer CATEGORY. For code you cannot edit, add a sanitizers
   or sources rule to .privet.yml.

4. Allow it in the policy when the flow is intended (a processor you have
   a data processing agreement with, your own API):

	allow:
	  - category: payment
	    sink: stripe
	    reason: PCI-compliant processor
	  - category: pii
	    hosts: [api.example.com]
	    reason: first-party API

5. Suppress one reviewed finding, with a reason, at the end of the
   reported line or on the line before it (or on a line of its path
   inside the same function, where the request was built):

	//privet:ignore enterprise DPA covers names, ticket SEC-42
	resp, err := client.Chat.Completions.New(ctx, params)

   golangci-lint's //nolint:privet works there too.

6. Adopting privet on a large codebase: record today's findings with
   "privet -baseline-write privet-baseline.json ./..." and run
   "privet -baseline privet-baseline.json ./..." in CI; only new findings
   fail the build.`,
}

// kindPage documents a built-in sink kind: what it covers and its
// specific risks; the fixes are the common ones of leak.
type kindPage struct{ title, text, why string }

// kindPages has a page for every row of sinks.Kinds (TestKindPages).
var kindPages = map[sinks.Kind]kindPage{
	sinks.KindAI: {"sensitive customer data reaches an AI service",
		`Sensitive data reaches a call that sends it to a large language model or
another AI API: an SDK of the built-in catalog (openai, anthropic, genai,
bedrock, go-openai, ollama, langchaingo, ...), an HTTP request whose URL is a
known AI API host (api.openai.com, api.anthropic.com, ...), or a function
marked //privet:sink ai. Prompts built with fmt.Sprintf, strings.Builder,
json.Marshal or SDK builders (openai.UserMessage, genai.Text) carry the data
along.`,
		`Prompts and completions are commonly logged and retained by the provider,
may be used for model training, and can resurface in other answers. Local
models count too: the data leaves the process.`},
	sinks.KindHTTP: {"sensitive customer data is sent in an HTTP request",
		`Sensitive data reaches a call that sends an HTTP request (http.Post,
http.Client.Do, resty, retryablehttp, fasthttp, ...) to a host privet does
not know as first-party: in the URL, a header, a form or the body.
http.NewRequest and req.Header.Set carry the data into the request; the
finding is at the call that sends it.`,
		`URLs and headers end up in proxy, CDN and server logs; bodies reach
whatever service is at the other end.`},
	sinks.KindAnalytics: {"sensitive customer data reaches an analytics service",
		`Sensitive data is sent as an event, a property or a user trait to a
product analytics service (Segment, Amplitude, Mixpanel, PostHog,
RudderStack, ...). The finding is at the call that enqueues the event.`,
		`Analytics events are retained for years, replicated into warehouses and
shared with many internal users and further processors.`},
	sinks.KindMonitoring: {"sensitive customer data reaches an error monitoring service",
		`Sensitive data reaches an error report, a breadcrumb, a tag, user context
or a log entry sent to an error monitoring service (Sentry, Bugsnag,
Rollbar, ...). Tracing and metrics (OpenTelemetry, Datadog) are the
telemetry kind.`,
		`Error reports are visible to every engineer with access to the
monitoring tool and are rarely covered by deletion requests.`},
	sinks.KindTelemetry: {"sensitive customer data reaches a telemetry backend",
		`Sensitive data becomes part of a trace: a span attribute, a span name, an
event, a recorded error or a status message (OpenTelemetry
trace.Span.SetAttributes, Tracer.Start with trace.WithAttributes; Datadog
Span.SetTag, tracer.Tag, tracer.SetUser, ...). The exporter (OTLP, the
Datadog agent) sends it to a tracing, metrics or logs backend, often a
vendor's.`,
		`Traces are sampled, indexed and kept for weeks, shown to everyone who
debugs production, and copied to every backend the collector fans out to;
an attribute cannot be deleted from one trace on request.`},
	sinks.KindMessaging: {"sensitive customer data reaches a messaging service",
		`Sensitive data is sent in a chat, email or SMS message through a messaging
API (Slack, Discord, Telegram, Twilio, SendGrid, Mailgun, ...).`,
		`Messages are copied to every recipient, workspace and archive, and cannot
be recalled.`},
	sinks.KindPayment: {"sensitive customer data reaches a payment processor",
		`Sensitive data reaches a payment processor's API (for example Stripe). Card
data sent to your processor is usually intended: allow it in the policy
(allow: category payment, sink stripe); other categories (health, location,
purchase history in metadata) usually are not.`,
		`Metadata fields of payment APIs are free text that is stored and shown in
dashboards; only the fields the processor is certified for are protected.`},
	sinks.KindRPC: {"sensitive customer data reaches an RPC service",
		`Sensitive data is sent in a request to a remote service over RPC (gRPC
client calls, when the optional grpc sink family is enabled in .privet.yml).`,
		`The service at the other end may be run by a third party or log its
requests.`},
	sinks.KindCrash: {"sensitive customer data is what the program panics with",
		`A value that holds sensitive data is passed to panic (or go panic, defer
panic). The runtime prints it with the crash, log collectors pick it up,
and crash reporters (Sentry, Bugsnag, a platform's) send it to a third
party. Reported only when the policy enables it: enable: [panic].`,
		`Crash output lands in logs and crash reports kept and read far from the
service, with no deletion path for one customer's data.`},
}

// kindDocs are the pages of the built-in sink kinds, in the order of
// sinks.Kinds; a kind without a page has none here (TestKindPages fails).
func kindDocs() []*Doc {
	var out []*Doc
	for _, info := range sinks.Kinds {
		if p, ok := kindPages[info.Kind]; ok {
			out = append(out, &Doc{Name: string(info.Kind), Title: p.title, Text: p.text, Why: p.why + "\n\n" + leak.Why, Fix: leak.Fix})
		}
	}
	return out
}

var docs = append(append([]*Doc{leak}, kindDocs()...), otherDocs...)

// otherDocs are the topics that are not sink kinds: NonLeakTopics, and
// the policy's own kinds of finding (deny, access; SARIF lists a rule for them
// when a report has one, as for a custom sink kind).
var otherDocs = []*Doc{
	{
		Name:  "annotation",
		Title: "malformed privet directive or tag",
		Text: `A //privet: directive or a privet:"..." struct tag cannot be understood: an
unknown directive, an unknown category, a sink without a kind, or a
//privet:ignore without a reason or whose reason is still a placeholder
(TODO: say why this flow is acceptable). The finding is where it is
written. An
annotation privet cannot read protects nothing, so it is reported rather
than ignored.`,
		Fix: `Correct the annotation. The forms are:

	Name string ` + "`privet:\"pii\"`" + `          // categories: pii, payment, purchase, location, health, credential, or one declared in .privet.yml
	//privet:sensitive health              // on a type: every value is sensitive
	//privet:sanitizer pii                 // on a function: its result is clean for these categories (none: all)
	//privet:sink ai                       // on a function or interface method: it sends its arguments
	//privet:ignore reason for the review  // suppresses the finding on this or the next line, or whose path has a step there in the same function`,
	},
	{
		Name:  "unmarked",
		Title: "a field looks like customer data but is not marked",
		Text: `privetdiscover found a struct field whose name, tag or type suggests one of
the data categories (pii, payment, purchase, location, health, credential)
and that has no privet tag, is not covered by a .privet.yml source rule and
is not of a //privet:sensitive type. privet traces only what is marked:
until the field is, its flows into AI services and third parties go
unreported, except while nothing is marked at all.

Provisional sources. In a package that declares no source and imports
none that does, with a policy without sources: rules (discover.sources:
auto, the default), such fields are sources of the category they look
like, so that the first run shows leaks: the finding names the field with
"unmarked: looks like pii" and offers to add the tag or mark the field
reviewed. A provisional credential sent in an HTTP request to a host no
catalog family names is not reported: that is a key authenticating the
request, and names cannot tell which API it is for. discover.sources:
always keeps them on beside declared sources, never turns them off;
-privetdiscover.sources (go vet) or -sources (privet) sets the mode for
one run, and "privet config" prints the mode in force and why.`,
		Fix: `Add the category the message names: Phone string ` + "`privet:\"pii\"`" + ` (the
suggested fix does it; "privet annotate -w ./..." does it for a module).
If the field holds no customer data, mark it reviewed: ` + "`privet:\"-\"`" + `.
discover.ignore in .privet.yml silences names across a code base.`,
	},
	{
		Name:  "unmarked-sink",
		Title: "an implementation sends, but its interface method is not a sink",
		Text: `privetdiscover found a method that sends its arguments to a sink and
implements a method of an interface declared in a package it imports. Calls
through the interface are checked against the implementations privet can
see from the calling package (its own and its direct imports'), by the
callers that import one, and where a concrete type is converted to the
interface (main wiring the service) for data read from a source; what a
registered handler passes on from its parameters is not checked.`,
		Fix: `Mark the interface method as a sink, with the kind the message names:

	type Client interface {
		//privet:sink ai
		Complete(ctx context.Context, prompt string) (string, error)
	}

or add a sinks rule for it to .privet.yml. When other implementations of
the interface send nothing (a cache, a fake), the message says so: mark the
implementation that sends instead. If the interface never carries
customer data, put //privet:ignore with the reason above the method.`,
	},
	{
		Name:  "deny",
		Title: "a flow the policy denies, whatever else it or the code says",
		Text: `A deny rule in .privet.yml names categories of data that must never reach
some sinks (a kind, a catalog family or hosts), optionally only from some
code (from:):

	deny:
	  - category: health
	    sink: ai
	    reason: health data never goes to an AI service

A finding such as

	clinic/summarize.go:14:2: health data (Patient.Diagnosis) reaches an AI service (openai Chat.Completions.New), which the policy denies: health data never goes to an AI service (.privet.yml:31)

is such a flow. Unlike an ordinary leak, no allow rule, no sanitizer and
no //privet:ignore lifts it: a //privet:ignore on a denied flow is
reported itself ("//privet:ignore cannot suppress a flow the policy
denies"), so a suppression that does nothing does not stay in the code
looking effective. Other categories of the same flow are reported as
ordinary leaks. The finding's category is deny.`,
		Why: `Some data must not reach some services at all, sanitized or not: a
contract, a regulation (HIPAA, GDPR article 9 for health data) or a
decision of the company. An allow rule or a suppression written for a
neighbouring flow must not open that door by accident.`,
		Fix: `Do not send the data: remove the denied category from what reaches the
sink (send an identifier, or leave the field out of the payload). If the
rule is wrong, change it in .privet.yml, where the change is reviewed with
the policy: narrow it with from: (the packages or functions it covers),
hosts: or sink:. "privet config" prints the rules in force and their
lines.`,
	},
	{
		Name:  "access",
		Title: "sensitive data read outside the code the policy lets read it",
		Text: `An access rule in .privet.yml lists the packages that may read a category
of data, or one source (Type.Field, a type, a source function):

	access:
	  - source: Ticket.Body
	    packages: [example.com/shop/support/...]
	    reason: tickets are read by support only

A read of that data (a selection of the field, of a field of the type or
of a field of that type, a call of the source function) anywhere else is a
finding of category access at the read, whether or not the value reaches
a sink:

	reports/weekly.go:12:9: pii data (Ticket.Body) read in example.com/shop/reports, outside the code the policy lets read it: tickets are read by support only (.privet.yml:40)

When the syntax shows where the value came from (another package's
function, a parameter), the finding's path says so. The package that
declares the data may always read it; writes, test files and reads under
//privet:ignore are not findings. Access rules are off unless one is
written.`,
		Why: `Limiting access is the first protection of customers' data after
encryption: code that never reads a field cannot leak it, log it or hand it
to a new integration by mistake.`,
		Fix: `Read the data where the policy allows it and pass on only what the other
code needs (an identifier, a masked value). If the package should read it,
add it to the rule's packages in .privet.yml.`,
	},
	{
		Name:  "policy",
		Title: "a rule of the policy file matches nothing",
		Text: `A source rule in .privet.yml names a package exactly, but the type or
field it names does not exist in that package; or a from: or packages:
entry names a function (pkg.Func) the package does not have. The finding
is at the rule. A misspelt rule silently protects nothing.`,
		Fix: `Correct the package, type or field name, or use a /regexp/ when the rule is
meant to match several. "privet config" prints the effective policy.`,
	},
}

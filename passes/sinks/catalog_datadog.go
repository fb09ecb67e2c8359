package sinks

// datadogFamily covers the Datadog tracer: github.com/DataDog/dd-trace-go/v2
// (checked against v2.12.0) and its v1 wrapper gopkg.in/DataDog/dd-trace-go.v1
// (v1.74.8), whose tracer.Span is the ddtrace.Span interface. Span tags,
// baggage and user info go to the local agent (localhost:8126), which
// forwards them to Datadog; baggage also travels downstream in headers.
// tracer.Tag(k, v) is the sink rather than StartSpan, so that a tag given
// to any span-starting call or contrib option is reported once, where it is
// built.
var datadogFamily = register(Family{
	Name:    "datadog",
	Kind:    KindTelemetry,
	Hosts:   []string{"datadoghq.com", "*.datadoghq.com", "*.datadoghq.eu"},
	Modules: []string{ddtrace, ddtraceGopkg},
	Entries: []Entry{
		{Package: ddtraceTracer, Receiver: "Span", Name: "SetTag", Args: []int{1}, URLArg: -1, Display: "datadog Span.SetTag"},
		{Package: ddtraceTracer, Receiver: "Span", Name: "SetBaggageItem", Args: []int{1}, URLArg: -1, Display: "datadog Span.SetBaggageItem"},
		// SetUser(id, opts...): opts from tracer.WithUserEmail/WithUserName/...
		{Package: ddtraceTracer, Receiver: "Span", Name: "SetUser", Args: []int{0, 1}, URLArg: -1, Display: "datadog Span.SetUser"},
		{Package: ddtraceTracer, Name: "SetUser", Args: []int{1, 2}, URLArg: -1, Display: "datadog tracer.SetUser"},
		{Package: ddtraceTracer, Name: "Tag", Args: []int{1}, URLArg: -1, Display: "datadog tracer.Tag"},
		// v1: iface ddtrace.Span; tracer funcs.
		{Package: ddtraceGopkg + "/ddtrace", Receiver: "Span", Name: "SetTag", Args: []int{1}, URLArg: -1, Display: "datadog Span.SetTag"},
		{Package: ddtraceGopkg + "/ddtrace", Receiver: "Span", Name: "SetBaggageItem", Args: []int{1}, URLArg: -1, Display: "datadog Span.SetBaggageItem"},
		{Package: ddtraceGopkg + "/ddtrace/tracer", Name: "SetUser", Args: []int{1, 2}, URLArg: -1, Display: "datadog tracer.SetUser"},
		{Package: ddtraceGopkg + "/ddtrace/tracer", Name: "Tag", Args: []int{1}, URLArg: -1, Display: "datadog tracer.Tag"},
	},
})

const (
	ddtrace       = "github.com/DataDog/dd-trace-go"
	ddtraceTracer = ddtrace + "/ddtrace/tracer"
	ddtraceGopkg  = "gopkg.in/DataDog/dd-trace-go"
)

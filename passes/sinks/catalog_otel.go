package sinks

// otelFamily covers the OpenTelemetry tracing API,
// go.opentelemetry.io/otel/trace (checked against v1.47.0; attribute and
// codes from go.opentelemetry.io/otel v1.47.0). Calls go through the
// trace.Span and trace.Tracer interfaces; the values are those of
// attribute.String(k, v) and friends, passed directly or inside
// trace.WithAttributes. Where they go is the configured exporter
// (otlptracehttp defaults to localhost:4318), often a vendor.
var otelFamily = register(Family{
	Name:    "otel",
	Kind:    KindTelemetry,
	Modules: []string{otel},
	Entries: []Entry{
		{Package: otelTrace, Receiver: "Span", Name: "SetAttributes", Args: []int{0}, URLArg: -1, Display: "otel Span.SetAttributes"},
		// AddEvent(name, opts...); RecordError(err, opts...): the error text is recorded.
		{Package: otelTrace, Receiver: "Span", Name: "AddEvent", Args: []int{0, 1}, URLArg: -1, Display: "otel Span.AddEvent"},
		{Package: otelTrace, Receiver: "Span", Name: "RecordError", Args: []int{0, 1}, URLArg: -1, Display: "otel Span.RecordError"},
		{Package: otelTrace, Receiver: "Span", Name: "SetStatus", Args: []int{1}, URLArg: -1, Display: "otel Span.SetStatus"},
		{Package: otelTrace, Receiver: "Span", Name: "SetName", Args: []int{0}, URLArg: -1, Display: "otel Span.SetName"},
		// Start(ctx, spanName, opts...): trace.WithAttributes in opts.
		{Package: otelTrace, Receiver: "Tracer", Name: "Start", Args: []int{1, 2}, URLArg: -1, Display: "otel Tracer.Start"},
	},
})

const (
	otel      = "go.opentelemetry.io/otel"
	otelTrace = otel + "/trace"
)

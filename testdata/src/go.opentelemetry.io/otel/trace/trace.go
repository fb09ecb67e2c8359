// Stub of go.opentelemetry.io/otel/trace@v1.47.0 (package trace) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package trace

import (
	"context"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace/embedded"
)

type Span interface {
	embedded.Span

	End(options ...SpanEndOption)
	AddEvent(name string, options ...EventOption)
	IsRecording() bool
	RecordError(err error, options ...EventOption)
	SpanContext() SpanContext
	SetStatus(code codes.Code, description string)
	SetName(name string)
	SetAttributes(kv ...attribute.KeyValue)
	TracerProvider() TracerProvider
}

type Tracer interface {
	embedded.Tracer

	Start(ctx context.Context, spanName string, opts ...SpanStartOption) (context.Context, Span)
}

type TracerProvider interface {
	embedded.TracerProvider

	Tracer(name string, options ...TracerOption) Tracer
}

type SpanContext struct {
	traceID [16]byte
	spanID  [8]byte
}

func SpanFromContext(ctx context.Context) Span { return nil }

type TracerConfig struct{ instrumentationVersion string }

type TracerOption interface {
	apply(TracerConfig) TracerConfig
}

type SpanConfig struct {
	attributes []attribute.KeyValue
}

type EventConfig struct {
	attributes []attribute.KeyValue
}

type SpanStartOption interface {
	applySpanStart(SpanConfig) SpanConfig
}

type SpanEndOption interface {
	applySpanEnd(SpanConfig) SpanConfig
}

type EventOption interface {
	applyEvent(EventConfig) EventConfig
}

type SpanStartEventOption interface {
	SpanStartOption
	EventOption
}

type attributeOption []attribute.KeyValue

func (o attributeOption) applySpanStart(c SpanConfig) SpanConfig {
	c.attributes = append(c.attributes, []attribute.KeyValue(o)...)
	return c
}

func (o attributeOption) applyEvent(c EventConfig) EventConfig {
	c.attributes = append(c.attributes, []attribute.KeyValue(o)...)
	return c
}

func WithAttributes(attributes ...attribute.KeyValue) SpanStartEventOption {
	return attributeOption(attributes)
}

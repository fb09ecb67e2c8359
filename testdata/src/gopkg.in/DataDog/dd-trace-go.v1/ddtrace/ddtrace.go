// Stub of gopkg.in/DataDog/dd-trace-go.v1@v1.74.8 (package ddtrace) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package ddtrace

import "time"

type Span interface {
	SetTag(key string, value interface{})
	SetOperationName(operationName string)
	BaggageItem(key string) string
	SetBaggageItem(key, val string)
	Finish(opts ...FinishOption)
	Context() SpanContext
}

type SpanContext interface {
	SpanID() uint64
	TraceID() uint64
	ForeachBaggageItem(handler func(k, v string) bool)
}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishOption func(cfg *FinishConfig)

type FinishConfig struct {
	FinishTime time.Time
	Error      error
}

type StartSpanConfig struct {
	Parent    SpanContext
	StartTime time.Time
	Tags      map[string]interface{}
	SpanID    uint64
}

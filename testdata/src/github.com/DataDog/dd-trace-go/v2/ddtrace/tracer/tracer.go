// Stub of github.com/DataDog/dd-trace-go/v2@v2.12.0 (package tracer) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package tracer

import (
	"context"
	"time"
)

type config struct {
	serviceName string
}

type StartOption func(*config)

func WithService(name string) StartOption { return func(c *config) { c.serviceName = name } }

func Start(opts ...StartOption) error { return nil }

func Stop() {}

type SpanContext struct {
	traceID uint64
	spanID  uint64
}

type StartSpanConfig struct {
	Parent    *SpanContext
	StartTime time.Time
	Tags      map[string]interface{}
	SpanID    uint64
	Context   context.Context
}

type StartSpanOption func(cfg *StartSpanConfig)

type FinishConfig struct {
	FinishTime time.Time
	Error      error
}

type FinishOption func(cfg *FinishConfig)

type Span struct {
	name string
	meta map[string]string
}

func StartSpan(operationName string, opts ...StartSpanOption) *Span {
	return &Span{name: operationName}
}

func StartSpanFromContext(ctx context.Context, operationName string, opts ...StartSpanOption) (*Span, context.Context) {
	return &Span{name: operationName}, ctx
}

func SpanFromContext(ctx context.Context) (*Span, bool) { return &Span{}, true }

// Tag sets the given key/value pair as a tag on the started Span.
func Tag(k string, v any) StartSpanOption {
	return func(cfg *StartSpanConfig) {
		if cfg.Tags == nil {
			cfg.Tags = map[string]any{}
		}
		cfg.Tags[k] = v
	}
}

func ResourceName(name string) StartSpanOption { return Tag("resource.name", name) }

func (s *Span) SetBaggageItem(key, val string)                  {}
func (s *Span) SetTag(key string, value any)                    {}
func (s *Span) SetUser(id string, opts ...UserMonitoringOption) {}
func (s *Span) SetOperationName(operationName string)           { s.name = operationName }
func (s *Span) Finish(opts ...FinishOption)                     {}

func SetUser(s *Span, id string, opts ...UserMonitoringOption) {}

type UserMonitoringConfig struct {
	PropagateID bool
	Login       string
	Org         string
	Email       string
	Name        string
	Role        string
	SessionID   string
	Scope       string
	Metadata    map[string]string
}

type UserMonitoringOption func(*UserMonitoringConfig)

func WithUserEmail(email string) UserMonitoringOption {
	return func(cfg *UserMonitoringConfig) { cfg.Email = email }
}

func WithUserName(name string) UserMonitoringOption {
	return func(cfg *UserMonitoringConfig) { cfg.Name = name }
}

// Stub of gopkg.in/DataDog/dd-trace-go.v1@v1.74.8 (package tracer) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed. As in the real
// module, the user-monitoring types are aliases of dd-trace-go/v2's.

package tracer

import (
	"context"

	v2 "github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
	"gopkg.in/DataDog/dd-trace-go.v1/ddtrace"
)

type Span = ddtrace.Span

type StartSpanOption = ddtrace.StartSpanOption

type UserMonitoringConfig = v2.UserMonitoringConfig

type UserMonitoringOption = v2.UserMonitoringOption

func Start(opts ...StartOption) {}

func Stop() {}

type StartOption = v2.StartOption

func StartSpan(operationName string, opts ...StartSpanOption) Span { return nil }

func StartSpanFromContext(ctx context.Context, operationName string, opts ...ddtrace.StartSpanOption) (ddtrace.Span, context.Context) {
	return nil, ctx
}

func SetUser(s Span, id string, opts ...UserMonitoringOption) {}

func Tag(k string, v interface{}) StartSpanOption {
	return func(cfg *ddtrace.StartSpanConfig) {
		if cfg.Tags == nil {
			cfg.Tags = map[string]interface{}{}
		}
		cfg.Tags[k] = v
	}
}

func WithUserEmail(email string) UserMonitoringOption { return v2.WithUserEmail(email) }

// Package datadog shows flows into the Datadog tracer, v2
// (github.com/DataDog/dd-trace-go/v2) and v1 (gopkg.in/DataDog/dd-trace-go.v1).
package datadog

import (
	"context"

	"github.com/DataDog/dd-trace-go/v2/ddtrace/tracer"
	tracerv1 "gopkg.in/DataDog/dd-trace-go.v1/ddtrace/tracer"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Tag tags a span with the address.
func Tag(ctx context.Context, c Customer) {
	span, _ := tracer.StartSpanFromContext(ctx, "checkout")
	defer span.Finish()
	span.SetTag("customer.id", c.ID)
	span.SetTag("customer.email", c.Email) // want `pii data \(Customer.Email\) reaches a telemetry backend \(datadog Span.SetTag\) without an approved sanitizer`
}

// StartTag passes the card as a start option.
func StartTag(c Customer) {
	span := tracer.StartSpan("charge", tracer.Tag("card", c.Card)) // want `payment data \(Customer.Card\) reaches a telemetry backend \(datadog tracer.Tag\) without an approved sanitizer`
	span.Finish()
}

// User records the authenticated user.
func User(span *tracer.Span, c Customer) {
	tracer.SetUser(span, c.ID, tracer.WithUserEmail(c.Email)) // want `pii data \(Customer.Email\) reaches a telemetry backend \(datadog tracer.SetUser\) without an approved sanitizer`
}

// V1 tags a v1 span (the ddtrace.Span interface).
func V1(c Customer) {
	span := tracerv1.StartSpan("checkout")
	defer span.Finish()
	span.SetTag("email", c.Email) // want `pii data \(Customer.Email\) reaches a telemetry backend \(datadog Span.SetTag\) without an approved sanitizer`
}

// TagClean tags the ID and the masked address.
func TagClean(ctx context.Context, c Customer) {
	span, _ := tracer.StartSpanFromContext(ctx, "checkout", tracer.Tag("customer.id", c.ID))
	defer span.Finish()
	span.SetTag("customer.email", MaskEmail(c.Email))
}

// Package otel shows flows into OpenTelemetry span attributes, events and
// errors (go.opentelemetry.io/otel/trace).
package otel

import (
	"context"
	"fmt"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Attributes sets the address as a span attribute.
func Attributes(ctx context.Context, c Customer) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("customer.id", c.ID), attribute.String("customer.email", c.Email)) // want `pii data \(Customer.Email\) reaches a telemetry backend \(otel Span.SetAttributes\) without an approved sanitizer`
}

// Start passes the card in the start options.
func Start(ctx context.Context, c Customer) {
	_, span := otel.Tracer("shop").Start(ctx, "charge", trace.WithAttributes(attribute.String("card", c.Card))) // want `payment data \(Customer.Card\) reaches a telemetry backend \(otel Tracer.Start\) without an approved sanitizer`
	defer span.End()
}

// Errors records an error and a status that name the customer.
func Errors(span trace.Span, c Customer) {
	err := fmt.Errorf("no account for %s", c.Email)
	span.RecordError(err)                                                          // want `pii data \(Customer.Email\) reaches a telemetry backend \(otel Span.RecordError\) without an approved sanitizer`
	span.SetStatus(codes.Error, "lookup failed for "+c.Email)                      // want `pii data \(Customer.Email\) reaches a telemetry backend \(otel Span.SetStatus\) without an approved sanitizer`
	span.AddEvent("retry", trace.WithAttributes(attribute.String("card", c.Card))) // want `payment data \(Customer.Card\) reaches a telemetry backend \(otel Span.AddEvent\) without an approved sanitizer`
}

// AttributesClean sets the ID and the masked address.
func AttributesClean(ctx context.Context, c Customer) {
	span := trace.SpanFromContext(ctx)
	span.SetAttributes(attribute.String("customer.id", c.ID), attribute.String("customer.email", MaskEmail(c.Email)))
	span.SetStatus(codes.Ok, "")
}

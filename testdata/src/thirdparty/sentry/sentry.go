// Package sentry shows flows into github.com/getsentry/sentry-go: scope
// setters (inside ConfigureScope callbacks too), captures, breadcrumbs and
// logs.
package sentry

import (
	"context"
	"errors"
	"fmt"

	"github.com/getsentry/sentry-go"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// SetUser records the user on the current scope.
func SetUser(c Customer) {
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{ID: c.ID, Email: c.Email}) // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry Scope.SetUser\) without an approved sanitizer`
	})
}

// SetUserClean records the ID and the masked address.
func SetUserClean(c Customer) {
	sentry.ConfigureScope(func(scope *sentry.Scope) {
		scope.SetUser(sentry.User{ID: c.ID, Email: MaskEmail(c.Email)})
	})
}

// Extra uses the scope setters of older versions.
func Extra(hub *sentry.Hub, c Customer) {
	scope := hub.Scope()
	scope.SetTag("customer", c.ID)
	scope.SetExtra("card", c.Card)                                 // want `payment data \(Customer.Card\) reaches an error monitoring service \(sentry Scope.SetExtra\) without an approved sanitizer`
	scope.SetContext("customer", sentry.Context{"email": c.Email}) // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry Scope.SetContext\) without an approved sanitizer`
}

// Capture formats the address into the error text.
func Capture(c Customer) {
	err := fmt.Errorf("charge failed for %s", c.Email)
	sentry.CaptureException(err) // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry CaptureException\) without an approved sanitizer`
}

// CaptureClean formats the ID.
func CaptureClean(c Customer) {
	sentry.CaptureException(errors.New("charge failed for " + c.ID))
}

// Hub sends an event and a breadcrumb through a hub from the context.
func Hub(ctx context.Context, c Customer) {
	hub := sentry.GetHubFromContext(ctx)
	hub.AddBreadcrumb(&sentry.Breadcrumb{Message: "login " + c.Email}, nil) // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry Hub.AddBreadcrumb\) without an approved sanitizer`
	hub.CaptureMessage("card declined: " + c.Card)                          // want `payment data \(Customer.Card\) reaches an error monitoring service \(sentry Hub.CaptureMessage\) without an approved sanitizer`
}

// Log adds the address as a log attribute.
func Log(ctx context.Context, c Customer) {
	logger := sentry.NewLogger(ctx)
	logger.Info().String("email", c.Email).Emit("signed in") // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry LogEntry.Emit\) without an approved sanitizer`
}

// LogStatement adds the attribute in a statement of its own: the builder
// returns its receiver, so the receiver keeps what it is given.
func LogStatement(ctx context.Context, c Customer) {
	entry := sentry.NewLogger(ctx).Info()
	entry.String("email", c.Email)
	entry.Emit("signed in") // want `pii data \(Customer.Email\) reaches an error monitoring service \(sentry LogEntry.Emit\) without an approved sanitizer`
}

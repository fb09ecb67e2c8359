package sinks

// sentryFamily covers github.com/getsentry/sentry-go (checked against
// v0.50.0; Scope.SetExtra/SetExtras against v0.45.1, the last version
// that has them). Following DESIGN.md, the Scope setters and breadcrumbs
// count as sends: what they store leaves with the next captured event.
// They are usually called inside sentry.ConfigureScope/WithScope
// callbacks, whose findings are reported at the call inside the closure.
// The host comes from the DSN (*.ingest.sentry.io for sentry.io).
var sentryFamily = register(Family{
	Name:    "sentry",
	Kind:    KindMonitoring,
	Hosts:   []string{"sentry.io", "*.sentry.io"},
	Modules: []string{sentry},
	Entries: []Entry{
		// Package-level shorthands for CurrentHub(): a0 message, error, *Event, *Breadcrumb.
		{Package: sentry, Name: "CaptureMessage", Args: []int{0}, URLArg: -1, Display: "sentry CaptureMessage"},
		{Package: sentry, Name: "CaptureException", Args: []int{0}, URLArg: -1, Display: "sentry CaptureException"},
		{Package: sentry, Name: "CaptureEvent", Args: []int{0}, URLArg: -1, Display: "sentry CaptureEvent"},
		{Package: sentry, Name: "AddBreadcrumb", Args: []int{0}, URLArg: -1, Display: "sentry AddBreadcrumb"},
		// *Hub: a0 as above; CaptureEventWithHint a1 hint (.Data); AddBreadcrumb a1 hint.
		{Package: sentry, Receiver: "Hub", Name: "CaptureMessage", Args: []int{0}, URLArg: -1, Display: "sentry Hub.CaptureMessage"},
		{Package: sentry, Receiver: "Hub", Name: "CaptureException", Args: []int{0}, URLArg: -1, Display: "sentry Hub.CaptureException"},
		{Package: sentry, Receiver: "Hub", Name: "CaptureEvent", Args: []int{0}, URLArg: -1, Display: "sentry Hub.CaptureEvent"},
		{Package: sentry, Receiver: "Hub", Name: "CaptureEventWithHint", Args: []int{0, 1}, URLArg: -1, Display: "sentry Hub.CaptureEventWithHint"},
		{Package: sentry, Receiver: "Hub", Name: "AddBreadcrumb", Args: []int{0, 1}, URLArg: -1, Display: "sentry Hub.AddBreadcrumb"},
		{Package: sentry, Receiver: "Hub", Name: "Recover", Args: []int{0}, URLArg: -1, Display: "sentry Hub.Recover"},
		{Package: sentry, Receiver: "Hub", Name: "RecoverWithContext", Args: []int{1}, URLArg: -1, Display: "sentry Hub.RecoverWithContext"},
		// *Client: a0 payload, a1 hint, a2 scope (an EventModifier, usually a *Scope).
		{Package: sentry, Receiver: "Client", Name: "CaptureMessage", Args: []int{0, 1, 2}, URLArg: -1, Display: "sentry Client.CaptureMessage"},
		{Package: sentry, Receiver: "Client", Name: "CaptureException", Args: []int{0, 1, 2}, URLArg: -1, Display: "sentry Client.CaptureException"},
		{Package: sentry, Receiver: "Client", Name: "CaptureEvent", Args: []int{0, 1, 2}, URLArg: -1, Display: "sentry Client.CaptureEvent"},
		{Package: sentry, Receiver: "Client", Name: "Recover", Args: []int{0, 1, 2}, URLArg: -1, Display: "sentry Client.Recover"},
		{Package: sentry, Receiver: "Client", Name: "RecoverWithContext", Args: []int{1, 2, 3}, URLArg: -1, Display: "sentry Client.RecoverWithContext"},
		// *Scope: User{ID, Email, IPAddress, Username, Name, Data}; tag, context and extra values.
		{Package: sentry, Receiver: "Scope", Name: "SetUser", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetUser"},
		{Package: sentry, Receiver: "Scope", Name: "SetRequest", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetRequest"},
		{Package: sentry, Receiver: "Scope", Name: "SetRequestBody", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetRequestBody"},
		{Package: sentry, Receiver: "Scope", Name: "SetAttributes", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetAttributes"},
		{Package: sentry, Receiver: "Scope", Name: "SetTag", Args: []int{1}, URLArg: -1, Display: "sentry Scope.SetTag"},
		{Package: sentry, Receiver: "Scope", Name: "SetTags", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetTags"},
		{Package: sentry, Receiver: "Scope", Name: "SetContext", Args: []int{1}, URLArg: -1, Display: "sentry Scope.SetContext"},
		{Package: sentry, Receiver: "Scope", Name: "SetContexts", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetContexts"},
		{Package: sentry, Receiver: "Scope", Name: "SetFingerprint", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetFingerprint"},
		{Package: sentry, Receiver: "Scope", Name: "AddBreadcrumb", Args: []int{0}, URLArg: -1, Display: "sentry Scope.AddBreadcrumb"},
		{Package: sentry, Receiver: "Scope", Name: "AddAttachment", Args: []int{0}, URLArg: -1, Display: "sentry Scope.AddAttachment"},
		// Removed in v0.46.0; older code still calls them.
		{Package: sentry, Receiver: "Scope", Name: "SetExtra", Args: []int{1}, URLArg: -1, Display: "sentry Scope.SetExtra"},
		{Package: sentry, Receiver: "Scope", Name: "SetExtras", Args: []int{0}, URLArg: -1, Display: "sentry Scope.SetExtras"},
		// Performance spans: a1 value.
		{Package: sentry, Receiver: "Span", Name: "SetTag", Args: []int{1}, URLArg: -1, Display: "sentry Span.SetTag"},
		{Package: sentry, Receiver: "Span", Name: "SetData", Args: []int{1}, URLArg: -1, Display: "sentry Span.SetData"},
		{Package: sentry, Receiver: "Span", Name: "SetContext", Args: []int{1}, URLArg: -1, Display: "sentry Span.SetContext"},
		// Logs (sentry.NewLogger): Write a0; attributes set on the logger or
		// added to an entry (entry.String(k, v) returns the entry) leave with Emit.
		{Package: sentry, Receiver: "Logger", Name: "Write", Args: []int{0}, URLArg: -1, Display: "sentry Logger.Write"},
		{Package: sentry, Receiver: "Logger", Name: "SetAttributes", Args: []int{0}, URLArg: -1, Display: "sentry Logger.SetAttributes"},
		{Package: sentry, Receiver: "LogEntry", Name: "Emit", Args: []int{-1, 0}, URLArg: -1, Display: "sentry LogEntry.Emit"},
		{Package: sentry, Receiver: "LogEntry", Name: "Emitf", Args: []int{-1, 0, 1}, URLArg: -1, Display: "sentry LogEntry.Emitf"},
	},
})

const sentry = "github.com/getsentry/sentry-go"

// Package knownmiss holds flows privet does not follow yet. Each want
// states the finding a complete analysis would report; TestKnownMisses is
// skipped with the issue reference until the engine learns them.
package knownmiss

import (
	"knownmiss/desk"
	"knownmiss/hooks"
)

//privet:sink ai
func Send(s string) {}

// A function assigned to another package's variable and called there:
// the variable's package does not know the function, and this package
// does not see the call (issue #3).
func hookAcrossPackages(c *hooks.Customer) {
	hooks.OnMessage = Send
	hooks.Fire(c) // want `pii data \(Customer.Email\)`
}

type model struct{}

func (model) Complete(prompt string) string { Send(prompt); return "" }

// An interface call left pending in a method that is never called, only
// registered as a function value: the implementation is wired here, but
// no caller of Serve applies its summary (issue #18: report at the
// wiring site).
func serveTickets(register func(func(desk.Ticket))) {
	h := &desk.Handler{C: model{}} // want `pii data \(Ticket.ContactEmail\)`
	register(h.Serve)
}

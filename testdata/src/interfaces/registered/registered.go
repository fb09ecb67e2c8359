// Package registered wires a model client into a handler that is only
// registered as a function value, never called: no caller applies the
// summary of Serve, and the report lands at the wiring site, the
// conversion of model to desk.Client (issue #18; a known miss before).
package registered

import "interfaces/registered/desk"

//privet:sink ai
func Send(s string) {}

type model struct{}

func (model) Complete(prompt string) string { Send(prompt); return "" }

func serveTickets(register func(func(desk.Ticket))) {
	h := &desk.Handler{C: model{}} // want `pii data \(Ticket.ContactEmail\) reaches an AI service \(registered Send\)`
	register(h.Serve)
}

// Package desk answers tickets through a model client it is given.
package desk

type Ticket struct {
	ContactEmail string `privet:"pii"`
}

type Client interface{ Complete(prompt string) string }

type Handler struct{ C Client }

func (h *Handler) Serve(t Ticket) { h.C.Complete("from " + t.ContactEmail) }

// Package support summarizes tickets with an AI service. Nobody has
// annotated it yet: privet's first run shows the leak anyway.
package support

import (
	"net/http"
	"strings"
)

type Customer struct {
	ID    string
	Email string `json:"email"`
	Plan  string
}

type Ticket struct {
	Customer Customer
	Body     string
}

// Summarize sends the ticket to the AI service, and the customer's
// e-mail address with it.
func Summarize(t Ticket) error {
	prompt := "Summarize this ticket from " + t.Customer.Email + " (" + t.Customer.Plan + "): " + t.Body
	resp, err := http.Post("https://api.openai.com/v1/completions", "text/plain", strings.NewReader(prompt))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

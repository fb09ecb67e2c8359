// Package support drafts replies to tickets with a hosted model.
package support

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"example.com/shop/model"
)

const completions = "https://api.openai.com/v1/chat/completions"

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

func ask(prompt string) error {
	b, _ := json.Marshal([]message{{Role: "user", Content: prompt}})
	_, err := http.Post(completions, "application/json", strings.NewReader(string(b)))
	return err
}

// Draft sends the ticket and who wrote it.
func Draft(c *model.Customer, t *model.Ticket) error {
	return ask(fmt.Sprintf("Customer %s (%s) writes: %s", c.FullName, c.Email, t.Body)) // leak: FullName, Email, Body
}

// Classify sends only the subject and the plan.
func Classify(c *model.Customer, t *model.Ticket) error {
	return ask("Classify: " + t.Subject + " for plan " + c.Plan)
}

// Summarize sends the whole customer.
func Summarize(c model.Customer) error {
	return ask(fmt.Sprintf("Summarize this account: %+v", c)) // leak: Customer as a whole
}

// CallBack asks the model to script a call to the customer's phone.
func CallBack(c *model.Customer) error {
	return ask("Write a call script for " + c.Phone) // leak: Phone
}

// Anonymous sends the ticket with the customer masked.
func Anonymous(c *model.Customer, t *model.Ticket) error {
	return ask("Customer " + mask(c.Email) + " writes about " + t.Subject)
}

//privet:sanitizer pii
func mask(s string) string {
	if i := strings.IndexByte(s, '@'); i > 0 {
		return s[:1] + "***" + s[i:]
	}
	return "***"
}

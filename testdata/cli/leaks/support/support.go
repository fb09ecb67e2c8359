// Package support answers tickets with the help of a model.
package support

import (
	"example.com/leaks/customer"
	"example.com/leaks/llm"
	"example.com/leaks/privacy"
	"example.com/leaks/track"
)

// Greeting asks the model for a greeting.
func Greeting(c *llm.Client, cust *customer.Customer) string {
	return c.Ask("Write a greeting for " + cust.Name)
}

// Summary summarizes the customer's contact through a helper.
func Summary(c *llm.Client, cust *customer.Customer) string {
	return llm.Summarize(c, customer.Contact(cust))
}

// Masked is clean: the address is masked first.
func Masked(c *llm.Client, cust *customer.Customer) string {
	return c.Ask(privacy.Mask(cust.Email))
}

// Reviewed is suppressed with a reason.
func Reviewed(c *llm.Client, cust *customer.Customer) string {
	//privet:ignore the model runs on premises, ticket SEC-7
	return c.Ask(cust.Name)
}

// Checkout records a purchase.
func Checkout(cust *customer.Customer) {
	track.Event("checkout", map[string]string{"id": cust.ID, "card": cust.Card})
}

// Welcome greets in German; the column of the read differs in bytes and
// in UTF-16 code units (SARIF).
func Welcome(c *llm.Client, cust *customer.Customer) string { return c.Ask("Grüße, " + cust.Name) }

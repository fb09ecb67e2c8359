// Package customer holds the support desk's customer records.
package customer

// Card is a stored payment card.
type Card struct {
	Number string `privet:"payment"`
	Expiry string `privet:"payment"`
}

// Customer is a person with a support account.
type Customer struct {
	ID    string
	Name  string `privet:"pii"`
	Email string `privet:"pii"`
	Card  Card   `privet:"payment"`
	Plan  string
}

// Ticket is a support request opened by a customer.
type Ticket struct {
	ID       string
	Customer Customer
	// The ticket's text is what the summarizer is for: reviewed.
	Subject string `privet:"-"`
	Body    string `privet:"-"`
}

// Lookup returns the ticket with the given id.
func Lookup(id string) Ticket {
	return Ticket{
		ID: id,
		Customer: Customer{
			ID:    "cus_123",
			Name:  "Ada Lovelace",
			Email: "ada@example.com",
			Card:  Card{Number: "4242424242424242", Expiry: "12/30"},
			Plan:  "pro",
		},
		Subject: "Cannot export invoices",
		Body:    "The export button does nothing since yesterday.",
	}
}

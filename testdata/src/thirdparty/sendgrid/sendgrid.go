// Package sendgrid shows flows into github.com/sendgrid/sendgrid-go.
package sendgrid

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Receipt mails the card to the customer.
func Receipt(c Customer) error {
	from := mail.NewEmail("Shop", "shop@example.com")
	to := mail.NewEmail("Customer", c.ID+"@customers.example.com")
	message := mail.NewSingleEmail(from, "Your receipt", to, "Card: "+c.Card, "<p>Card: "+c.Card+"</p>")
	client := sendgrid.NewSendClient("SG.key")
	_, err := client.Send(message) // want `payment data \(Customer.Card\) reaches a messaging service \(sendgrid Send\) without an approved sanitizer`
	return err
}

// Raw sends a hand-built request.
func Raw(c Customer) {
	request := sendgrid.GetRequest("SG.key", "/v3/marketing/contacts", "")
	request.Method = "PUT"
	request.Body = []byte(`{"contacts":[{"email":"` + c.Email + `"}]}`)
	sendgrid.API(request) // want `pii data \(Customer.Email\) reaches a messaging service \(sendgrid API\) without an approved sanitizer`
}

// ReceiptClean mails the order ID to a fixed address.
func ReceiptClean(c Customer) {
	from := mail.NewEmail("Shop", "shop@example.com")
	to := mail.NewEmail("Ops", "ops@example.com")
	message := mail.NewSingleEmail(from, "Order", to, "Order "+c.ID, "")
	sendgrid.NewSendClient("SG.key").Send(message)
}

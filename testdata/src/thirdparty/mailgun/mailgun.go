// Package mailgun shows flows into github.com/mailgun/mailgun-go/v4.
package mailgun

import (
	"context"

	"github.com/mailgun/mailgun-go/v4"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Welcome mails the customer; the recipient is the address.
func Welcome(ctx context.Context, c Customer) error {
	mg := mailgun.NewMailgun("mg.example.com", "key")
	m := mailgun.NewMessage("shop@example.com", "Welcome", "Hello!", c.Email)
	_, _, err := mg.Send(ctx, m) // want `pii data \(Customer.Email\) reaches a messaging service \(mailgun Send\) without an approved sanitizer`
	return err
}

// Variables go through the Mailgun interface.
func Variables(ctx context.Context, mg mailgun.Mailgun, c Customer) {
	m := mailgun.NewMessage("shop@example.com", "Receipt", "See attached.", "ops@example.com")
	m.AddVariable("card", c.Card)
	mg.Send(ctx, m) // want `payment data \(Customer.Card\) reaches a messaging service \(mailgun Send\) without an approved sanitizer`
}

// WelcomeClean mails a fixed address about an order ID.
func WelcomeClean(ctx context.Context, mg *mailgun.MailgunImpl, c Customer) {
	m := mailgun.NewMessage("shop@example.com", "Order", "Order "+c.ID, "ops@example.com")
	mg.Send(ctx, m)
}

// Package stripeallow is the Stripe case under a policy that allows
// payment data to reach Stripe (.privet.yml: allow payment -> stripe):
// the card is no longer reported, PII in Metadata still is.
package stripeallow

import (
	"context"

	"github.com/stripe/stripe-go/v84"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

// Charge sends the card to Stripe: allowed by the policy.
func Charge(ctx context.Context, sc *stripe.Client, c Customer) error {
	_, err := sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(1999),
		Currency:      stripe.String("eur"),
		PaymentMethod: stripe.String(c.Card),
	})
	return err
}

// Metadata puts the address into the payment's metadata: still reported.
func Metadata(ctx context.Context, sc *stripe.Client, c Customer) {
	params := &stripe.PaymentIntentCreateParams{PaymentMethod: stripe.String(c.Card)}
	params.AddMetadata("contact", c.Email)
	sc.V1PaymentIntents.Create(ctx, params) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1PaymentIntents.Create\) without an approved sanitizer`
}

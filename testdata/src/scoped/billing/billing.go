// Package billing may send payment data to Stripe (allow ... from:
// scoped/billing/...).
package billing

import (
	"context"

	"github.com/stripe/stripe-go/v84"

	"scoped/model"
)

func Charge(ctx context.Context, sc *stripe.Client, c model.Customer) {
	sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{PaymentMethod: stripe.String(c.Card)})
}

// Metadata: the allow rule covers payment data only.
func Metadata(ctx context.Context, sc *stripe.Client, c model.Customer) {
	params := &stripe.PaymentIntentCreateParams{PaymentMethod: stripe.String(c.Card)}
	params.AddMetadata("contact", c.Email)
	sc.V1PaymentIntents.Create(ctx, params) // want `^pii data \(Customer.Email\) reaches a payment processor`
}

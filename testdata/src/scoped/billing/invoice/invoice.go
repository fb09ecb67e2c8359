// Package invoice is below billing: scoped/billing/... covers it.
package invoice

import (
	"context"

	"github.com/stripe/stripe-go/v84"

	"scoped/model"
)

func Pay(ctx context.Context, sc *stripe.Client, c model.Customer) {
	sc.V1PaymentIntents.Create(ctx, &stripe.PaymentIntentCreateParams{PaymentMethod: stripe.String(c.Card)})
}

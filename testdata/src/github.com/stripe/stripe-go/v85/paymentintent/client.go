// Stub of github.com/stripe/stripe-go/v85@v85.0.0 (package paymentintent) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package paymentintent

import stripe "github.com/stripe/stripe-go/v85"

// Deprecated: Use [stripe.Client] instead.
type Client struct {
	Key string
}

// Deprecated: Use [stripe.Client] instead.
func New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{}, nil
}

// Deprecated: Use [stripe.Client] instead.
func Update(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{ID: id}, nil
}

func (c Client) New(params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{}, nil
}

func (c Client) Update(id string, params *stripe.PaymentIntentParams) (*stripe.PaymentIntent, error) {
	return &stripe.PaymentIntent{ID: id}, nil
}

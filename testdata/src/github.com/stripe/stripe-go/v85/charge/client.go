// Stub of github.com/stripe/stripe-go/v85@v85.0.0 (package charge) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package charge

import stripe "github.com/stripe/stripe-go/v85"

// Deprecated: Use [stripe.Client] instead.
type Client struct {
	Key string
}

// Deprecated: Use [stripe.Client] instead.
func New(params *stripe.ChargeParams) (*stripe.Charge, error) {
	return &stripe.Charge{}, nil
}

// Deprecated: Use [stripe.Client] instead.
func Update(id string, params *stripe.ChargeParams) (*stripe.Charge, error) {
	return &stripe.Charge{ID: id}, nil
}

func (c Client) New(params *stripe.ChargeParams) (*stripe.Charge, error) {
	return &stripe.Charge{}, nil
}

func (c Client) Update(id string, params *stripe.ChargeParams) (*stripe.Charge, error) {
	return &stripe.Charge{ID: id}, nil
}

// Stub of github.com/stripe/stripe-go/v82@v82.5.1 (package customer) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package customer

import stripe "github.com/stripe/stripe-go/v82"

// Deprecated: Use [stripe.Client] instead.
type Client struct {
	Key string
}

// Deprecated: Use [stripe.Client] instead.
func New(params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

// Deprecated: Use [stripe.Client] instead.
func Update(id string, params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{ID: id}, nil
}

func (c Client) New(params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

func (c Client) Update(id string, params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{ID: id}, nil
}

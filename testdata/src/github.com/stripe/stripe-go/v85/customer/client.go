// Stub of github.com/stripe/stripe-go/v85@v85.0.0 (package customer) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package customer

import stripe "github.com/stripe/stripe-go/v85"

// Deprecated: Use [stripe.Client] instead.
type Client struct {
	Key string
}

// Deprecated: Use [stripe.Client] instead.
func New(params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{}, nil
}

// Deprecated: Use [stripe.Client] instead.
func Get(id string, params *stripe.CustomerParams) (*stripe.Customer, error) {
	return &stripe.Customer{ID: id}, nil
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

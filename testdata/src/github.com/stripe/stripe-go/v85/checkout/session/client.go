// Stub of github.com/stripe/stripe-go/v85@v85.0.0 (package session, the
// legacy /v1/checkout/sessions API) for privet tests: real names,
// signatures and bodies of New and Client.New, the backend trimmed. No
// entry or rule of the catalog names the package function session.New
// (the rule for legacy package functions covers packages one level down
// only); its code calls Client.New, a rule's sink, so it is a sink
// derived from the SDK's code.

package session

import stripe "github.com/stripe/stripe-go/v85"

// Client is used to invoke /v1/checkout/sessions APIs.
type Client struct {
	Key string
}

// Creates a Checkout Session object.
func New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) { // want New:"sdk sink args 0 via stripe session.Client.New"
	return getC().New(params)
}

// Creates a Checkout Session object.
func (c Client) New(params *stripe.CheckoutSessionParams) (*stripe.CheckoutSession, error) {
	return &stripe.CheckoutSession{}, nil
}

func getC() Client {
	return Client{stripe.Key}
}

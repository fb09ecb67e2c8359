// Package stripe shows flows into github.com/stripe/stripe-go (v85, v84,
// v82): the family covers every major under one set of entries.
// Sending payment data to the payment processor is reported like any
// other flow; a policy allow rule (payment -> stripe) is how a project
// accepts it, while PII in free text and Metadata stays reported.
package stripe

import (
	"context"

	stripev82 "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v84"
	"github.com/stripe/stripe-go/v84/customer"
	stripev85 "github.com/stripe/stripe-go/v85"
	"github.com/stripe/stripe-go/v85/checkout/session"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Charge sends the card to Stripe: reported, kind payment.
func Charge(ctx context.Context, sc *stripe.Client, c Customer) error {
	params := &stripe.PaymentIntentCreateParams{
		Amount:        stripe.Int64(1999),
		Currency:      stripe.String("eur"),
		PaymentMethod: stripe.String(c.Card),
	}
	_, err := sc.V1PaymentIntents.Create(ctx, params) // want `payment data \(Customer.Card\) reaches a payment processor \(stripe V1PaymentIntents.Create\) without an approved sanitizer`
	return err
}

// Metadata puts the address into the customer's metadata.
func Metadata(ctx context.Context, c Customer) error {
	sc := stripe.NewClient("sk_test")
	params := &stripe.CustomerCreateParams{Description: stripe.String("customer " + c.ID)}
	params.AddMetadata("contact", c.Email)
	_, err := sc.V1Customers.Create(ctx, params) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Customers.Create\) without an approved sanitizer`
	return err
}

// Legacy uses the deprecated resource package.
func Legacy(c Customer) {
	customer.New(&stripe.CustomerParams{Email: stripe.String(c.Email)}) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe customer.New\) without an approved sanitizer`
}

// V82 updates a customer with the v82 client.
func V82(ctx context.Context, sc *stripev82.Client, c Customer) {
	sc.V1Customers.Update(ctx, c.ID, &stripev82.CustomerUpdateParams{Name: stripev82.String(c.Email)}) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Customers.Update\) without an approved sanitizer`
}

// MetadataClean keys the customer by ID.
func MetadataClean(ctx context.Context, sc *stripe.Client, c Customer) {
	params := &stripe.CustomerCreateParams{Metadata: map[string]string{"customer_id": c.ID}}
	sc.V1Customers.Create(ctx, params)
}

// V85 is the newest major: the e-mail in Metadata reaches Stripe.
func V85(ctx context.Context, c Customer) error {
	sc := stripev85.NewClient("sk_test")
	params := &stripev85.CustomerCreateParams{}
	params.AddMetadata("email", c.Email)
	_, err := sc.V1Customers.Create(ctx, params) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Customers.Create\) without an approved sanitizer`
	return err
}

// V85Clean sends the masked e-mail.
func V85Clean(ctx context.Context, c Customer) error {
	sc := stripev85.NewClient("sk_test")
	params := &stripev85.CustomerCreateParams{}
	params.AddMetadata("email", MaskEmail(c.Email))
	_, err := sc.V1Customers.Create(ctx, params)
	return err
}

// Endpoints no entry lists, found by the family's rules (every method of a
// v1*Service taking a *...Params).

// Product names a product after the customer.
func Product(ctx context.Context, sc *stripev85.Client, c Customer) {
	sc.V1Products.Create(ctx, &stripev85.ProductCreateParams{Name: stripev85.String("for " + c.Email)}) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Products.Create\) without an approved sanitizer`
}

// ProductClean names it after the ID.
func ProductClean(ctx context.Context, sc *stripev85.Client, c Customer) {
	sc.V1Products.Create(ctx, &stripev85.ProductCreateParams{Name: stripev85.String("for " + c.ID)})
}

// Account opens a connected account with the customer's e-mail.
func Account(ctx context.Context, sc *stripev85.Client, c Customer) {
	sc.V1Accounts.Create(ctx, &stripev85.AccountCreateParams{Email: stripev85.String(c.Email)}) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Accounts.Create\) without an approved sanitizer`
}

// AccountClean leaves the e-mail out.
func AccountClean(ctx context.Context, sc *stripev85.Client) {
	sc.V1Accounts.Create(ctx, &stripev85.AccountCreateParams{BusinessType: stripev85.String("individual")})
}

// Search looks the customer up by e-mail: the query goes to Stripe.
func Search(ctx context.Context, sc *stripev85.Client, c Customer) {
	params := &stripev85.CustomerSearchParams{}
	params.Query = "email:'" + c.Email + "'"
	for cu, err := range sc.V1Customers.Search(ctx, params).All() { // want `pii data \(Customer.Email\) reaches a payment processor \(stripe V1Customers.Search\) without an approved sanitizer`
		_, _ = cu, err
	}
}

// SearchClean looks the customer up by ID.
func SearchClean(ctx context.Context, sc *stripev85.Client, c Customer) {
	params := &stripev85.CustomerSearchParams{}
	params.Query = "metadata['id']:'" + c.ID + "'"
	sc.V1Customers.Search(ctx, params)
}

// Checkout opens a Checkout Session with the legacy package function
// session.New: no entry or rule names it (the rule for the legacy
// packages' functions covers those one level down), but its code calls
// the legacy session.Client.New, so it is a sink of the family derived
// from the code (issue 14).
func Checkout(c Customer) {
	session.New(&stripev85.CheckoutSessionParams{CustomerEmail: stripev85.String(c.Email), Mode: stripev85.String("payment")}) // want `pii data \(Customer.Email\) reaches a payment processor \(stripe session.New\) without an approved sanitizer`
}

// CheckoutClean opens it with the masked address.
func CheckoutClean(c Customer) {
	session.New(&stripev85.CheckoutSessionParams{CustomerEmail: stripev85.String(MaskEmail(c.Email)), Mode: stripev85.String("payment")})
}

// Package retryablehttp shows flows into github.com/hashicorp/go-retryablehttp.
package retryablehttp

import (
	"strings"

	"github.com/hashicorp/go-retryablehttp"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Do sends a request whose body holds the address.
func Do(client *retryablehttp.Client, c Customer) error {
	req, err := retryablehttp.NewRequest("POST", "https://example.org/customers", strings.NewReader(c.Email))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "text/plain")
	_, err = client.Do(req) // want `pii data \(Customer.Email\) reaches an HTTP request \(retryablehttp Client.Do\) without an approved sanitizer`
	return err
}

// Post posts the card to Stripe's API host.
func Post(c Customer) {
	retryablehttp.Post("https://api.stripe.com/v1/tokens", "application/x-www-form-urlencoded", "card="+c.Card) // want `payment data \(Customer.Card\) reaches a payment processor \(retryablehttp Post to api.stripe.com\) without an approved sanitizer`
}

// DoClean sends the ID.
func DoClean(client *retryablehttp.Client, c Customer) {
	req, _ := retryablehttp.NewRequest("POST", "https://example.org/customers", strings.NewReader(c.ID))
	client.Do(req)
}

// Package nethttp shows flows into the standard library HTTP client: the
// request is reported where it is sent (http.Post, Client.Do, ...), not
// where it is built (http.NewRequest, Header.Set carry the taint).
package nethttp

import (
	"net/http"
	"net/url"
	"strings"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Post sends the address in the body.
func Post(c Customer) {
	http.Post("https://crm.example.com/contacts", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\) without an approved sanitizer`
}

// Lookup puts the address in the query string.
func Lookup(c Customer) {
	http.Get("https://crm.example.com/contacts?email=" + url.QueryEscape(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Get\) without an approved sanitizer`
}

// Header sends the card in a header of a request built by hand.
func Header(client *http.Client, c Customer) error {
	req, err := http.NewRequest("POST", "https://billing.example.com/charge", nil)
	if err != nil {
		return err
	}
	req.Header.Set("X-Card", c.Card)
	_, err = client.Do(req) // want `payment data \(Customer.Card\) reaches an HTTP request \(http.Client.Do\) without an approved sanitizer`
	return err
}

// Form posts the address as a form field.
func Form(c Customer) {
	http.PostForm("https://crm.example.com/subscribe", url.Values{"email": {c.Email}}) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.PostForm\) without an approved sanitizer`
}

// PostClean sends the ID and the masked address.
func PostClean(client *http.Client, c Customer) error {
	http.Post("https://crm.example.com/contacts", "text/plain", strings.NewReader(c.ID+" "+MaskEmail(c.Email)))
	req, err := http.NewRequest("GET", "https://crm.example.com/contacts/"+c.ID, nil)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

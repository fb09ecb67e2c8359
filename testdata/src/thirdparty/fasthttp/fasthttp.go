// Package fasthttp shows flows into github.com/valyala/fasthttp.
package fasthttp

import (
	"fmt"

	"github.com/valyala/fasthttp"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Do sends a request whose body and header hold customer data.
func Do(c Customer) error {
	req := fasthttp.AcquireRequest()
	resp := fasthttp.AcquireResponse()
	defer fasthttp.ReleaseRequest(req)
	defer fasthttp.ReleaseResponse(resp)
	req.SetRequestURI("https://example.org/customers")
	req.Header.Set("X-Card", c.Card)
	req.SetBodyString(`{"email":"` + c.Email + `"}`)
	return fasthttp.Do(req, resp) // want `pii,payment data \(Customer.Card, Customer.Email\) reaches an HTTP request \(fasthttp Do\) without an approved sanitizer`
}

// Get puts the address into the URL of a known analytics host.
func Get(client *fasthttp.Client, c Customer) {
	client.Get(nil, "https://api.segment.io/v1/identify?email="+c.Email) // want `pii data \(Customer.Email\) reaches an analytics service \(fasthttp Client.Get to api.segment.io\) without an approved sanitizer`
}

// DoClean sends the ID.
func DoClean(client *fasthttp.HostClient, c Customer) {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/customers/" + c.ID)
	client.Do(req, nil)
}

// PostArgs fills the form through req.PostArgs(), a pointer into req.
func PostArgs(c Customer) error {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/customers")
	req.PostArgs().Set("email", c.Email)
	return fasthttp.Do(req, nil) // want `pii data \(Customer.Email\) reaches an HTTP request \(fasthttp Do\) without an approved sanitizer`
}

// Query puts the card number in the query string through URI().QueryArgs().
func Query(client *fasthttp.Client, c Customer) error {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/pay")
	req.URI().QueryArgs().Add("card", c.Card)
	return client.Do(req, nil) // want `payment data \(Customer.Card\) reaches an HTTP request \(fasthttp Client.Do\)`
}

// BodyWriter writes the body through the writer the request returns.
func BodyWriter(c Customer) error {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/customers")
	fmt.Fprintf(req.BodyWriter(), "email=%s", c.Email)
	return fasthttp.Do(req, nil) // want `pii data \(Customer.Email\) reaches an HTTP request \(fasthttp Do\)`
}

// PostArgsClean fills the form of one request and sends another.
func PostArgsClean(c Customer) error {
	filled, sent := fasthttp.AcquireRequest(), fasthttp.AcquireRequest()
	filled.PostArgs().Set("email", c.Email)
	sent.PostArgs().Set("email", MaskEmail(c.Email))
	sent.SetRequestURI("https://example.org/customers")
	return fasthttp.Do(sent, nil)
}

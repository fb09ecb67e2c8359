// Package fasthttp shows flows into github.com/valyala/fasthttp.
package fasthttp

import "github.com/valyala/fasthttp"

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
	return fasthttp.Do(req, resp) // want `payment data \(Customer.Card\) reaches an HTTP request \(fasthttp Do\) without an approved sanitizer` `pii data \(Customer.Email\) reaches an HTTP request \(fasthttp Do\) without an approved sanitizer`
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

// PostArgs fills the form through req.PostArgs(): a known miss, see
// knownmiss/fasthttp for why. No want here, so this fails the day the
// engine learns it; move the want back then.
func PostArgs(c Customer) error {
	req := fasthttp.AcquireRequest()
	req.SetRequestURI("https://example.org/customers")
	req.PostArgs().Set("email", c.Email)
	return fasthttp.Do(req, nil)
}

// Package resty shows flows into github.com/go-resty/resty/v2: the
// request accumulates body, query and headers; the verb method sends it.
package resty

import "github.com/go-resty/resty/v2"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Post sends the address in the body to a first-party URL.
func Post(client *resty.Client, url string, c Customer) error {
	req := client.R().SetHeader("Content-Type", "application/json")
	_, err := req.SetBody(map[string]string{"email": c.Email}).Post(url) // want `pii data \(Customer.Email\) reaches an HTTP request \(resty Request.Post\) without an approved sanitizer`
	return err
}

// Query sends the card as a query parameter to a known AI host: the host
// rule gives the finding its kind.
func Query(c Customer) {
	req := resty.New().R()
	req.SetQueryParam("card", c.Card)
	req.Get("https://api.openai.com/v1/models") // want `payment data \(Customer.Card\) reaches an AI service \(resty Request.Get to api.openai.com\) without an approved sanitizer`
}

// ClientWide sets a header on the client; every request carries it.
func ClientWide(c Customer) {
	client := resty.New().SetHeader("X-Customer", c.Email)
	client.R().Execute("GET", "https://example.org/status") // want `pii data \(Customer.Email\) reaches an HTTP request \(resty Request.Execute\) without an approved sanitizer`
}

// PostClean sends the ID and the masked address.
func PostClean(client *resty.Client, c Customer) {
	client.R().SetBody(map[string]string{"id": c.ID, "email": MaskEmail(c.Email)}).Post("https://example.org/customers")
}

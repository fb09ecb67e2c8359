package basic

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

func leakField(c *Customer) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\) without an approved sanitizer`
}

func cleanID(c *Customer) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.ID))
}

func leakSprintf(c Customer) {
	body := fmt.Sprintf("%+v", c)
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(body)) // want `pii,payment data \(Customer\) reaches an AI service \(http.Post to api.openai.com\) without an approved sanitizer`
}

func leakJSON(c Customer) {
	b, _ := json.Marshal(c)
	req, _ := http.NewRequest("POST", "https://example.org", bytes.NewReader(b))
	http.DefaultClient.Do(req) // want `pii,payment data \(Customer\) reaches an HTTP request \(http.Client.Do\)`
}

func sanitized(c *Customer) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(MaskEmail(c.Email)))
}

func wrongCategory(c *Customer) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(MaskEmail(c.Card))) // want `payment data \(Customer.Card\)`
}

func helper(s string) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(s))
}

func viaHelper(c *Customer) {
	helper("hi " + c.Email) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}

func onePath(c *Customer, ok bool) {
	s := MaskEmail(c.Email)
	if ok {
		s = c.Email
	}
	http.Post("https://example.org/x", "text/plain", strings.NewReader(s)) // want `pii data \(Customer.Email\)`
}

func sanitizeThenOriginal(c *Customer) {
	_ = MaskEmail(c.Email)
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\)`
}

func ignored(c *Customer) {
	//privet:ignore reviewed: goes to our own relay
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Email))
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Email)) //privet:ignore reviewed too
}

// An ignore on any step of the path inside the function that holds the
// report covers it: the request is built on the ignored line, sent below.
func ignoredWhereBuilt(c *Customer) {
	req, _ := http.NewRequest("POST", "https://example.org/x", nil)
	req.Header.Set("X-Contact", c.Email) //privet:ignore reviewed: the partner needs the contact
	http.DefaultClient.Do(req)
}

func contactOf(c *Customer) string {
	return c.Email //privet:ignore covers nothing in the callers
}

// A step in another function does not cover the report.
func ignoredInHelper(c *Customer) {
	req, _ := http.NewRequest("POST", "https://example.org/x", nil)
	req.Header.Set("X-Contact", contactOf(c))
	http.DefaultClient.Do(req) // want `pii data \(Customer.Email\)`
}

func builder(c *Customer) {
	var sb strings.Builder
	sb.WriteString("user: ")
	sb.WriteString(c.Email)
	http.Post("https://example.org/x", "text/plain", strings.NewReader(sb.String())) // want `pii data \(Customer.Email\)`
}

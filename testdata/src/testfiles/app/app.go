// Package app sends a customer's email from its code and from its tests:
// only the code's flow is reported by default.
package app

import (
	"net/http"
	"strings"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

func Notify(c Customer) {
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}

// Mailer's production implementation keeps the address to itself; the
// test double in app_test.go posts it. In the package's test variant the
// call below reaches the double too: a flow through test code, left out
// by default like one in a test file.
type Mailer interface{ Mail(to string) }

type quiet struct{}

func (quiet) Mail(to string) {}

func Welcome(m Mailer, c Customer) { m.Mail(c.Email) }

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

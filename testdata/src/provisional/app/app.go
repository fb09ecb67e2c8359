// Package app reads fields of another package's unannotated struct: the
// provisional sources cross packages like declared ones.
package app

import (
	"net/http"
	"strings"

	"provisional/model"
)

func send(c *model.Customer) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.HomeAddress)) // want `pii data \(Customer.HomeAddress, unmarked: looks like pii\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Contact()))   // want `pii data \(Customer.Email, unmarked: looks like pii\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Tier))
}

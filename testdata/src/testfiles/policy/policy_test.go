package policy

import (
	"net/http"
	"strings"
	"testing"
)

func TestNotify(t *testing.T) {
	c := Customer{Email: "ada@example.com"}
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(c.Email)) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}

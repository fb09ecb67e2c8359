// Package policyrule is not annotated in code, but its policy has a
// source rule: in auto mode, no provisional sources.
package policyrule

import (
	"net/http"
	"strings"
)

type Account struct {
	Login string
	Phone string
}

func send(a *Account) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(a.Login)) // want `credential data \(Account.Login\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(a.Phone))
}

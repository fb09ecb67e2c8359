// Package flagged is annotated; the test runs it with
// -privetdiscover.sources=always, so its unmarked fields are provisional
// sources too.
package flagged

import (
	"net/http"
	"strings"
)

type Lead struct {
	Email string `privet:"pii"`
	Phone string
}

func send(l *Lead) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Email)) // want `pii data \(Lead.Email\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Phone)) // want `pii data \(Lead.Phone, unmarked: looks like pii\) reaches an HTTP request`
}

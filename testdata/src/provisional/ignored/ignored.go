// Package ignored is unannotated; its policy's discover.ignore names
// Lead.Phone, which is then no provisional source either.
package ignored

import (
	"net/http"
	"strings"
)

type Lead struct {
	Email string
	Phone string
}

func send(l *Lead) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Email)) // want `pii data \(Lead.Email, unmarked: looks like pii\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Phone))
}

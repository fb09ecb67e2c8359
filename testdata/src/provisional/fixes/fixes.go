// Package fixes is unannotated: a leak from a provisional source offers
// the fixes that tag its field or mark it reviewed.
package fixes

import (
	"net/http"
	"strings"
)

type Lead struct {
	ID    string
	Phone string `json:"phone"`
}

func send(l *Lead) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Phone)) // want `pii data \(Lead.Phone, unmarked: looks like pii\) reaches an HTTP request`
}

// Package never is unannotated and its policy says discover.sources:
// never: no provisional source, no finding.
package never

import (
	"net/http"
	"strings"
)

type Lead struct {
	Email string
	Phone string
}

func send(l *Lead) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Email+l.Phone))
}

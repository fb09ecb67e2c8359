// Package tagapp imports a package that declares a source: in auto
// mode its own unmarked fields are not provisional sources.
package tagapp

import (
	"net/http"
	"strings"

	"provisional/tagged"
)

type Lead struct {
	Phone string
}

func send(a *tagged.Account, l *Lead) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(a.Email)) // want `pii data \(Account.Email\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(l.Phone))
}

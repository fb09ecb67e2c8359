// Package always is annotated, and its policy asks for discovered
// sources as well: discover.sources: always.
package always

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

// Card is held only by the tagged Order.Card: its fields are covered by
// that tag, and none of them is a provisional source of its own.
type Card struct {
	Number string
	Holder string
}

type Order struct {
	Card Card `privet:"payment"`
}

func charge(o *Order, c *Card) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(o.Card.Number)) // want `payment data \(Order.Card\) reaches an HTTP request`
	// The same field read through a bare Card is not a provisional
	// source: the tag on Order.Card is what says Card is sensitive.
	http.Post("https://example.org/x", "text/plain", strings.NewReader(c.Number))
}

// Profile is held by a tagged field and by an untagged one: its fields
// still speak for themselves.
type Profile struct {
	Phone string
}

type Account struct {
	Primary Profile `privet:"pii"`
	Backup  Profile
}

func call(a *Account) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(a.Backup.Phone)) // want `pii data \(Profile.Phone, unmarked: looks like pii\) reaches an HTTP request`
}

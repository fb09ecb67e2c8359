// Package analytics tracks events with Segment's HTTP API.
package analytics

import (
	"bytes"
	"encoding/json"
	"net/http"

	"example.com/shop/model"
)

const track = "https://api.segment.io/v1/track"

func send(event map[string]any) {
	b, _ := json.Marshal(event)
	http.Post(track, "application/json", bytes.NewReader(b))
}

// SignedUp tracks a sign-up with the customer's traits.
func SignedUp(c *model.Customer) {
	send(map[string]any{"userId": c.ID, "traits": map[string]any{"email": c.Email, "city": c.Home.City}}) // leak: Email
}

// Purchased tracks an order: SKU and total only.
func Purchased(c *model.Customer, o *model.Order) {
	send(map[string]any{"userId": c.ID, "sku": o.SKU, "total": o.Total})
}

// Located tracks where a customer lives.
func Located(c *model.Customer) {
	send(map[string]any{"userId": c.ID, "zip": c.Home.PostalCode}) // leak: PostalCode
}

// Viewed tracks a page view with the visitor's contact.
func Viewed(v model.Visit) {
	send(map[string]any{"path": v.Path, "contact": v.Contact}) // leak: Contact (a name that says nothing)
}

// Browsed tracks the session's address.
func Browsed(s *model.Session) {
	send(map[string]any{"userId": s.UserID, "ip": s.IPAddress}) // leak: IPAddress
}

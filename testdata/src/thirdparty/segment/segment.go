// Package segment shows flows into Segment's Go client under both import
// paths (gopkg.in/segmentio/analytics-go.v3 and
// github.com/segmentio/analytics-go/v3).
package segment

import (
	analyticsv3 "github.com/segmentio/analytics-go/v3"
	analytics "gopkg.in/segmentio/analytics-go.v3"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Identify sends the address as a trait.
func Identify(client analytics.Client, c Customer) {
	client.Enqueue(analytics.Identify{ // want `pii data \(Customer.Email\) reaches an analytics service \(segment Enqueue\) without an approved sanitizer`
		UserId: c.ID,
		Traits: analytics.NewTraits().SetEmail(c.Email),
	})
}

// Track puts the card into the event properties.
func Track(c Customer) {
	client := analytics.New("write-key")
	defer client.Close()
	client.Enqueue(analytics.Track{ // want `payment data \(Customer.Card\) reaches an analytics service \(segment Enqueue\) without an approved sanitizer`
		UserId:     c.ID,
		Event:      "Checkout",
		Properties: analytics.NewProperties().Set("card", c.Card),
	})
}

// TrackV3 uses the github.com import path and a UserId that is the address.
func TrackV3(client analyticsv3.Client, c *Customer) error {
	return client.Enqueue(analyticsv3.Track{UserId: c.Email, Event: "Signed Up"}) // want `pii data \(Customer.Email\) reaches an analytics service \(segment Enqueue\) without an approved sanitizer`
}

// TrackClean sends the ID and the masked address.
func TrackClean(client analytics.Client, c Customer) {
	client.Enqueue(analytics.Track{
		UserId:     c.ID,
		Event:      "Checkout",
		Properties: analytics.NewProperties().Set("email", MaskEmail(c.Email)),
	})
}

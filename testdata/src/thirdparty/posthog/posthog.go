// Package posthog shows flows into github.com/posthog/posthog-go.
package posthog

import "github.com/posthog/posthog-go"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Capture puts the card into the event properties.
func Capture(client posthog.Client, c Customer) {
	client.Enqueue(posthog.Capture{ // want `payment data \(Customer.Card\) reaches an analytics service \(posthog Enqueue\) without an approved sanitizer`
		DistinctId: c.ID,
		Event:      "checkout",
		Properties: posthog.NewProperties().Set("card", c.Card),
	})
}

// Identify uses the address as the distinct ID.
func Identify(c *Customer) {
	client := posthog.New("api-key")
	defer client.Close()
	client.Enqueue(posthog.Identify{DistinctId: c.Email}) // want `pii data \(Customer.Email\) reaches an analytics service \(posthog Enqueue\) without an approved sanitizer`
}

// Flag sends person properties for flag evaluation.
func Flag(client posthog.Client, c Customer) (interface{}, error) {
	return client.GetFeatureFlag(posthog.FeatureFlagPayload{ // want `pii data \(Customer.Email\) reaches an analytics service \(posthog GetFeatureFlag\) without an approved sanitizer`
		Key:              "new-checkout",
		DistinctId:       c.ID,
		PersonProperties: posthog.NewProperties().Set("email", c.Email),
	})
}

// CaptureClean sends the ID and the masked address.
func CaptureClean(client posthog.Client, c Customer) {
	client.Enqueue(posthog.Capture{
		DistinctId: c.ID,
		Event:      "checkout",
		Properties: posthog.NewProperties().Set("email", MaskEmail(c.Email)),
	})
}

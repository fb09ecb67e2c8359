// Package amplitude shows flows into github.com/amplitude/analytics-go.
package amplitude

import "github.com/amplitude/analytics-go/amplitude"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Track puts the address into the event properties.
func Track(client amplitude.Client, c Customer) {
	client.Track(amplitude.Event{ // want `pii data \(Customer.Email\) reaches an analytics service \(amplitude Track\) without an approved sanitizer`
		EventType:       "checkout",
		EventOptions:    amplitude.EventOptions{UserID: c.ID},
		EventProperties: map[string]interface{}{"email": c.Email},
	})
}

// Identify sets a user property through the Identify builder.
func Identify(c Customer) {
	client := amplitude.NewClient(amplitude.NewConfig("api-key"))
	identify := amplitude.Identify{}
	identify.Set("card", c.Card)
	client.Identify(identify, amplitude.EventOptions{UserID: c.ID}) // want `payment data \(Customer.Card\) reaches an analytics service \(amplitude Identify\) without an approved sanitizer`
}

// TrackClean sends the ID only.
func TrackClean(client amplitude.Client, c Customer) {
	client.Track(amplitude.Event{EventType: "checkout", EventOptions: amplitude.EventOptions{UserID: c.ID}})
}

// Package rudderstack shows flows into RudderStack's Go client
// (github.com/rudderlabs/analytics-go/v4).
package rudderstack

import analytics "github.com/rudderlabs/analytics-go/v4"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Identify sends the address as a trait.
func Identify(c Customer) {
	client := analytics.New("write-key", "https://example.dataplane.rudderstack.com")
	defer client.Close()
	client.Enqueue(analytics.Identify{UserId: c.ID, Traits: analytics.NewTraits().SetEmail(c.Email)}) // want `pii data \(Customer.Email\) reaches an analytics service \(rudderstack Enqueue\) without an approved sanitizer`
}

// IdentifyClean sends the ID only.
func IdentifyClean(client analytics.Client, c Customer) {
	client.Enqueue(analytics.Identify{UserId: c.ID, Traits: analytics.NewTraits().SetName("anonymous")})
}

// Package rawhttp shows the host rules for third-party APIs: a request
// built by hand with net/http gets the kind and family of the service its
// constant URL names.
package rawhttp

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

type trackEvent struct {
	UserID     string            `json:"userId"`
	Event      string            `json:"event"`
	Properties map[string]string `json:"properties"`
}

// Track posts a Segment track call without the SDK.
func Track(c Customer) error {
	body, _ := json.Marshal(trackEvent{UserID: c.ID, Event: "Checkout", Properties: map[string]string{"email": c.Email}})
	req, err := http.NewRequest("POST", "https://api.segment.io/v1/track", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.SetBasicAuth("write-key", "")
	_, err = http.DefaultClient.Do(req) // want `pii data \(Customer.Email\) reaches an analytics service \(http.Client.Do to api.segment.io\) without an approved sanitizer`
	return err
}

// Webhook posts to a Slack incoming webhook.
func Webhook(c Customer) {
	http.Post("https://hooks.slack.com/services/T0/B0/x", "application/json", strings.NewReader(`{"text":"card `+c.Card+`"}`)) // want `payment data \(Customer.Card\) reaches a messaging service \(http.Post to hooks.slack.com\) without an approved sanitizer`
}

// TrackClean posts the ID only.
func TrackClean(c Customer) {
	body, _ := json.Marshal(trackEvent{UserID: c.ID, Event: "Checkout"})
	http.Post("https://api.segment.io/v1/track", "application/json", bytes.NewReader(body))
}

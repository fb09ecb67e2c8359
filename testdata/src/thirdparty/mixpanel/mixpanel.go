// Package mixpanel shows flows into github.com/mixpanel/mixpanel-go.
package mixpanel

import (
	"context"

	"github.com/mixpanel/mixpanel-go"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Track builds the event with the client's NewEvent builder.
func Track(ctx context.Context, mp *mixpanel.ApiClient, c Customer) error {
	event := mp.NewEvent("checkout", c.ID, map[string]any{"email": c.Email})
	return mp.Track(ctx, []*mixpanel.Event{event}) // want `pii data \(Customer.Email\) reaches an analytics service \(mixpanel Track\) without an approved sanitizer`
}

// People sets profile properties.
func People(ctx context.Context, c Customer) error {
	mp := mixpanel.NewApiClient("token", mixpanel.EuResidency())
	people := mixpanel.NewPeopleProperties(c.ID, map[string]any{"card": c.Card})
	return mp.PeopleSet(ctx, []*mixpanel.PeopleProperties{people}) // want `payment data \(Customer.Card\) reaches an analytics service \(mixpanel PeopleSet\) without an approved sanitizer`
}

// Union uses the address as the distinct ID.
func Union(ctx context.Context, mp *mixpanel.ApiClient, c Customer) error {
	return mp.PeopleUnionProperty(ctx, c.Email, map[string]any{"plans": []string{"pro"}}) // want `pii data \(Customer.Email\) reaches an analytics service \(mixpanel PeopleUnionProperty\) without an approved sanitizer`
}

// TrackClean sends the ID only.
func TrackClean(ctx context.Context, mp *mixpanel.ApiClient, c Customer) error {
	event := mp.NewEvent("checkout", c.ID, map[string]any{"email": MaskEmail(c.Email)})
	return mp.Track(ctx, []*mixpanel.Event{event})
}

// Package tracking sends location to analytics: only geo.Coarsen cleans
// it there (require:), any location sanitizer elsewhere.
package tracking

import (
	"net/http"
	"strings"

	analytics "gopkg.in/segmentio/analytics-go.v3"

	"scoped/geo"
	"scoped/model"
)

func Coarse(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.NewProperties().Set("where", geo.Coarsen(c.LastGPS))})
}

func ThroughHelper(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.NewProperties().Set("where", geo.City(c.LastGPS))})
}

func Rounded(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.NewProperties().Set("where", geo.Round(c.LastGPS))}) // want `^location data \(Customer.LastGPS\) reaches an analytics service \(segment Enqueue\) cleaned by geo.Round, but the policy requires geo.Coarsen there \(.privet.yml:27\)$`
}

func RoundedInHelper(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.NewProperties().Set("where", geo.Nearby(c.LastGPS))}) // want `cleaned by geo.Round, but the policy requires geo.Coarsen there`
}

func Raw(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "visit", Properties: analytics.NewProperties().Set("where", c.LastGPS)}) // want `^location data \(Customer.LastGPS\) reaches an analytics service \(segment Enqueue\) without an approved sanitizer$`
}

// Elsewhere: the require rule is for analytics; Round cleans location
// for an HTTP request.
func Elsewhere(c model.Customer) {
	http.Post("https://example.org", "text/plain", strings.NewReader(geo.Round(c.LastGPS)))
}

// Card: payment data to Segment is denied from tracking code (a family,
// from a /regexp/ scope); to another analytics service it is an ordinary
// leak.
func Card(client analytics.Client, c model.Customer) {
	client.Enqueue(analytics.Track{Event: "pay", Properties: analytics.NewProperties().Set("card", c.Card)}) // want `^payment data \(Customer.Card\) reaches an analytics service \(segment Enqueue\), which the policy denies: no card data in Segment from tracking code \(.privet.yml:22\)$`
	http.Post("https://api2.amplitude.com/2/httpapi", "application/json", strings.NewReader(c.Card)) // want `^payment data \(Customer.Card\) reaches an analytics service \(http.Post to api2.amplitude.com\) without an approved sanitizer$`
}

// Package onereport shows what one report covers: a sink call and its
// destination, with every source that reaches it.
package onereport

import (
	"fmt"
	"net/http"
	"strings"
)

type Customer struct {
	ID      string
	Name    string `privet:"pii"`
	Email   string `privet:"pii"`
	Phone   string `privet:"pii"`
	Address string `privet:"location"`
	Card    string `privet:"payment"`
}

// Two sources into one call: one report naming both.
func twoSources(c Customer) {
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(c.Name+c.Email)) // want `^pii data \(Customer.Email, Customer.Name\) reaches an HTTP request \(http.Post\) without an approved sanitizer$`
}

// Five sources: the first three by name, the others counted; the
// categories are those of all five.
func fiveSources(c Customer) {
	text := fmt.Sprint(c.Name, c.Email, c.Phone, c.Address, c.Card)
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(text)) // want `^pii,payment,location data \(Customer.Address, Customer.Card, Customer.Email and 2 more\) reaches an HTTP request \(http.Post\) without an approved sanitizer$`
}

// A source whose read is suppressed is left out of the report; the
// other is still reported.
func oneSuppressed(c Customer) {
	//privet:ignore the phone number is the hook's routing key
	phone := c.Phone
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(phone+c.Email)) // want `^pii data \(Customer.Email\) reaches an HTTP request \(http.Post\) without an approved sanitizer$`
}

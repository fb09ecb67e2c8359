// Package model holds the data the scoped policy (../.privet.yml) is
// about.
package model

type Customer struct {
	ID        string
	Email     string `privet:"pii"`
	Card      string `privet:"payment"`
	Diagnosis string `privet:"health"`
	LastGPS   string `privet:"location"`
}

// Redact removes what identifies a patient: a sanitizer for health data,
// which the deny rule for health does not accept.
//
//privet:sanitizer health
func Redact(s string) string { return "" }

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

// Ticket is a support ticket; only support may read its body.
type Ticket struct {
	ID   string
	Body string `privet:"pii"`
}

// Card is payment data wherever it is held.
//
//privet:sensitive payment
type Card struct {
	Number string
	Last4  string
}

// LoadNotes returns a patient's notes: a source by policy (health).
func LoadNotes(id string) string { return "" }

// Summary reads its own fields: the declaring package always may.
func (t Ticket) Summary() string { return t.ID + t.Body }

// LoadTicket returns a ticket.
func LoadTicket(id string) Ticket { return Ticket{ID: id} }

// Package reporting may read none of the data access rules protect:
// each read is a finding at the read, whether or not it is sent.
package reporting

import "scoped/model"

func Ticket(t model.Ticket) int {
	n := len(t.ID)
	return n + len(t.Body) // want `^pii data \(Ticket.Body\) read in scoped/reporting, outside the code the policy lets read it: ticket bodies are for support only \(.privet.yml:35\)$`
}

func Loaded(id string) string {
	return model.LoadTicket(id).Body // want `^pii data \(Ticket.Body\) read in scoped/reporting`
}

func Health(c model.Customer) string {
	c.Diagnosis = "" // a write is not a read
	return c.Diagnosis + model.LoadNotes(c.ID) // want `^health data \(Customer.Diagnosis\) read in scoped/reporting, outside the code the policy lets read it: health data is read in the clinic only \(.privet.yml:38\)$` `^health data \(model.LoadNotes\) read in scoped/reporting, outside the code the policy lets read it: health data is read in the clinic only \(.privet.yml:38\)$`
}

func Cards(c model.Card, all []model.Card) string {
	return c.Number + all[0].Last4 // want `^payment data \(Card.Number\) read in scoped/reporting.*cards are billing's` `payment data \(Card.Last4\)`
}

// Email: no access rule covers pii but Ticket.Body.
func Email(c model.Customer) string { return c.Email }

func Summary(t model.Ticket) string { return t.Summary() }

func Suppressed(t model.Ticket) string {
	return t.Body //privet:ignore the length only, reviewed
}

// Audit is named by the health rule: it may read health data, but not
// call LoadNotes, which a rule of its own keeps for the clinic.
func Audit(c model.Customer) string {
	return c.Diagnosis + model.LoadNotes(c.ID) // want `^health data \(model.LoadNotes\) read in scoped/reporting, outside the code the policy lets read it: notes are loaded by the clinic only \(.privet.yml:43\)$`
}

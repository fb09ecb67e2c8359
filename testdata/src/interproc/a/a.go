package a // want package:"analyzed"

// Package a holds the sensitive data.

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

// Load returns a customer; the data in it is sensitive by its tags.
func Load(id string) *Customer { // want Load:`p0->r0`
	return &Customer{ID: id}
}

// EmailOf returns sensitive data from a source read inside.
func EmailOf(c *Customer) string { // want EmailOf:`src\(Customer.Email:pii\)->r0 p0/f1->r0`
	return c.Email
}

// Constant drops its argument; its package is analysed, so callers know.
func Constant(s string) string { return "nothing of s" }

// Notify calls back with the customer's e-mail: its summary says what
// it passes to f, and the caller, which knows f, checks it.
func Notify(c *Customer, f func(string)) { // want Notify:`src\(Customer.Email:pii\)->p1\(arg0\) p0/f1->p1\(arg0\)`
	f(c.Email)
}

// Each calls f with every item.
func Each(items []string, f func(string)) { // want Each:`p0/\[\]->p1\(arg0\)`
	for _, it := range items {
		f(it)
	}
}

// Hooks holds callbacks that its package calls: the callers that set
// them know what they are.
type Hooks struct {
	OnMessage func(string)
}

// Fire calls the hook with the customer's e-mail.
func (h *Hooks) Fire(c *Customer) { // want Fire:`src\(Customer.Email:pii\)->p0/f0\(arg0\) p1/f1->p0/f0\(arg0\)`
	h.OnMessage(c.Email)
}

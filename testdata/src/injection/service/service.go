package service // want package:"analyzed"

// Package service keeps a function it is given in a field, the way
// dependency injection does, and calls it from a method.

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

type Service struct {
	send func(string)
	name string
}

// New keeps send: its summary says where, so that the callers' calls of
// that field know what it holds.
func New(send func(string)) *Service { return &Service{send: send} } // want New:`p0=>f:injection/service.Service#0`

// Wrap keeps it through New.
func Wrap(send func(string)) *Service { return New(send) } // want Wrap:`p0=>f:injection/service.Service#0`

// Notify calls the function it was given with the customer's e-mail.
func (s *Service) Notify(c *Customer) { // want Notify:`src\(Customer.Email:pii\)->p0/f0\(arg0\) p1/f1->p0/f0\(arg0\)`
	s.send(c.Email)
}

// NotifyID passes the ID only.
func (s *Service) NotifyID(c *Customer) { s.send(c.ID) } // want NotifyID:`p1/f0->p0/f0\(arg0\)`

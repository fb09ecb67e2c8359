// Package service keeps a function it is given in a field, the way
// dependency injection does, and calls it from a method.
package service

type Customer struct {
	Email string `privet:"pii"`
}

type Service struct{ send func(string) }

func New(send func(string)) *Service { return &Service{send: send} }

func (s *Service) Notify(c *Customer) { s.send(c.Email) }

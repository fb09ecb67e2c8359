// Package injection hands a sending function to another package's
// constructor, which keeps it in an unexported field that the other
// package's methods call.
package injection

import "injection/service"

//privet:sink ai
func Send(s string) {}

func Log(s string) {}

func injected(c *service.Customer) {
	s := service.New(Send)
	s.Notify(c) // want `pii data \(Customer.Email\) reaches an AI service \(injection Send\)`
	s.NotifyID(c)
}

func throughWrapper(c *service.Customer) {
	service.Wrap(Send).Notify(c) // want `pii data \(Customer.Email\)`
}

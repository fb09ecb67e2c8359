package limits // want package:"analyzed"

// Package limits needs more than one round of its function's fixpoint:
// the loop's phi sees what the body adds only in the second round, and
// the third finds nothing new. TestLimits lowers the bounds to see them
// reported.

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

var current Customer

//privet:sink ai
func Send(s string) {}

func Loop() {
	s := ""
	for i := 0; i < 3; i++ {
		s += current.Email
	}
	Send(s)
}

func Other() { Send(current.ID) }

// Notifier has two implementations in scope; TestLimits lowers maxImpls
// to one.
type Notifier interface{ Notify(s string) }

type mail struct{}

func (mail) Notify(s string) {}

type chat struct{}

func (chat) Notify(s string) {}

func NotifyAll(n Notifier) { n.Notify("hello") }

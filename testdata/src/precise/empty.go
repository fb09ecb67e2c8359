package precise

// A nil pointer, slice, map or channel of a sensitive type holds no
// data: its type alone does not make it a leak.
func nilResult() (c *Customer) {
	Send(c)
	return
}

func niledOut(ch chan Customer, c Customer) {
	ch <- c
	Send(ch) // want `pii,health data \(chan Customer\)`
	ch = nil
	Send(ch)
}

func nilOnOneBranch(c *Customer, ok bool) {
	var p *Customer
	if ok {
		p = c
	}
	Send(p) // want `pii,health data \(Customer\)`
}

// A sanitizer's result of a sensitive type holds what it left, not what
// its type can hold.
//
//privet:sanitizer
func Redacted(c Customer) Customer { return Customer{ID: c.ID} }

//privet:sanitizer pii
func WithoutEmail(c Customer) Customer { return Customer{ID: c.ID, Notes: c.Notes} }

//privet:sanitizer
func RedactAll(cs ...any) []any { return nil }

func sanitizedTyped(c Customer) {
	Send(Redacted(c))
	Send(WithoutEmail(c)) // want `^health data \(Customer\)`
	Send(RedactAll(c)[0])
	Send(RedactAll(&c)[0].(*Customer))
	Send(c) // want `pii,health data \(Customer\)`
}

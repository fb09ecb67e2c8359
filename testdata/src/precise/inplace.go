package precise

// Redact cleans the customer its argument points to.
//
//privet:sanitizer in=0
func Redact(c *Customer) {
	c.Email, c.Notes = "", ""
}

// Mask cleans only the pii of its receiver.
//
//privet:sanitizer pii in=-1
func (c *Customer) Mask() { c.Email = "***" }

func redactedThenSent(c *Customer) {
	Redact(c)
	Send(c)
	Send(c.Email)
}

func copyRedacted(c Customer) {
	Redact(&c)
	Send(c)
}

// Sent before it is cleaned.
func sentThenRedacted(c *Customer) {
	Send(c.Email) // want `pii data \(Customer.Email\)`
	Redact(c)
}

// Cleaned on one path only.
func redactedSometimes(c *Customer, ok bool) {
	if ok {
		Redact(c)
	}
	Send(c) // want `pii,health data \(Customer\)`
}

// Written again after it was cleaned.
func dirtiedAgain(c *Customer, other *Customer) {
	Redact(c)
	c.Email = other.Email
	Send(c.Email) // want `pii data \(Customer.Email\)`
}

// A pii sanitizer leaves the health data.
func masked(c *Customer) {
	c.Mask()
	Send(c) // want `^health data \(Customer\)`
}

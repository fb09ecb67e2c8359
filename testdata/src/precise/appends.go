package precise

// append writes into the first slice's backing array when it has room,
// so the slice appended to may hold what was appended.
func appendAliases(c *Customer, base []string) {
	all := append(base, c.Email)
	Send(all)  // want `pii data \(Customer.Email\)`
	Send(base) // want `pii data \(Customer.Email\)`
}

func appendClean(c *Customer, base []string) {
	all := append(base, c.ID)
	Send(all, base)
	Send(append([]string{c.Email}, c.ID)) // want `pii data \(Customer.Email\)`
}

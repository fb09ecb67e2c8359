package precise

// A send case of a select sends like a send statement.
func selectSend(c *Customer, out chan string, done chan bool) {
	select {
	case out <- c.Email:
	case <-done:
	}
	Send(<-out) // want `pii data \(Customer.Email\)`
}

// The cases of one select are alternatives: what one sends is not what
// another receives in the same run.
func selectAlternatives(c *Customer, in chan string) {
	select {
	case in <- c.Email:
	case s := <-in:
		Send(s)
	}
}

// In a loop, a later run receives what an earlier one sent.
func selectLoop(c *Customer, in chan string) {
	for {
		select {
		case in <- c.Email:
		case s := <-in:
			Send(s) // want `pii data \(Customer.Email\)`
		}
	}
}

// A relay: each case forwards to the next channel, but one run takes
// one case, so what arrives on a is not forwarded past b.
func relay(c *Customer, a, b, d chan string) {
	a <- c.Email
	select {
	case x := <-a:
		b <- x
	case y := <-b:
		d <- y
	}
	Send(<-b) // want `pii data \(Customer.Email\)`
	Send(<-d)
}

package precise

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

// Standard library calls that fill their receiver or an argument.
func scannerBuffer(c *Customer, sc *bufio.Scanner) {
	sc.Buffer([]byte(c.Email), 1024)
	Send(sc.Text()) // want `pii data \(Customer.Email\)`
}

func readBack(c *Customer, rw io.ReadWriter, p []byte, q []byte) {
	rw.Write([]byte(c.Email))
	rw.Read(p)
	Send(p) // want `pii data \(Customer.Email\)`
	Send(q)
}

func readFull(c *Customer, p []byte) {
	io.ReadFull(strings.NewReader(c.Email), p)
	Send(p) // want `pii data \(Customer.Email\)`
}

func readFrom(c *Customer, rf io.ReaderFrom) {
	rf.ReadFrom(strings.NewReader(c.Email))
	Send(rf) // want `pii data \(Customer.Email\)`
}

func scanInto(c *Customer) {
	var user, domain string
	var n int
	fmt.Sscanf(c.Email, "%s@%s", &user, &domain)
	fmt.Sscan(c.ID, &n)
	Send(user) // want `pii data \(Customer.Email\)`
	Send(n)
}

func contextValue(ctx context.Context, c *Customer) {
	ctx = context.WithValue(ctx, "email", c.Email)
	Send(ctx.Value("email")) // want `pii data \(Customer.Email\)`
	Send(ctx.Err())
}

package precise

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// A writer is sent before the customer's email is written into it: the
// request that left did not hold it.
func sentBeforeWritten(c *Customer, w io.Writer) {
	Send(w)
	fmt.Fprintf(w, "%s", c.Email)
}

func sentAfterWritten(c *Customer, w io.Writer) {
	fmt.Fprintf(w, "%s", c.Email)
	Send(w) // want `pii data \(Customer.Email\)`
}

func sentBeforeAndAfter(c *Customer, w io.Writer) {
	Send(w)
	fmt.Fprintf(w, "%s", c.Email)
	Send(w) // want `pii data \(Customer.Email\)`
}

// Written in one branch, sent in the other: never both.
func otherBranch(c *Customer, w io.Writer, ok bool) {
	if ok {
		fmt.Fprint(w, c.Email)
	} else {
		Send(w)
	}
}

// A buffer's contents taken before the write.
func snapshotBeforeWrite(c *Customer) {
	var b bytes.Buffer
	before := b.String()
	b.WriteString(c.Email)
	Send(before)
	Send(b.String()) // want `pii data \(Customer.Email\)`
}

// In a loop the write of one round comes before the send of the next.
func loop(cs []Customer, w *strings.Builder) {
	for _, c := range cs {
		Send(w.String()) // want `pii data \(Customer.Email\)`
		w.WriteString(c.Email)
	}
}

// A deferred send runs after the write; a goroutine may.
func deferred(c *Customer, w *strings.Builder) {
	defer Send(w) // want `pii data \(Customer.Email\)`
	w.WriteString(c.Email)
}

func goroutine(c *Customer, w *strings.Builder) {
	go Send(w) // want `pii data \(Customer.Email\)`
	w.WriteString(c.Email)
}

// The summary of a helper follows the same order: it sends what the
// writer held when it was called, not what it writes afterwards.
func sendThenLog(w io.Writer, s string) {
	Send(w)
	fmt.Fprint(w, s)
}

func callsSendThenLog(c *Customer, w io.Writer) {
	sendThenLog(w, c.Email)
}

// A request built around a buffer sends what the buffer holds when it
// is sent, written before or after the request was built.
type request struct{ body *bytes.Buffer }

func bodyWrittenAfterBuilt(c *Customer) {
	var b bytes.Buffer
	r := &request{body: &b}
	b.WriteString(c.Email)
	Send(r) // want `pii data \(Customer.Email\)`
}

// A struct's field written after the struct was sent.
type prompt struct{ Text string }

func fieldWrittenAfterSent(c *Customer, p *prompt) {
	Send(p)
	p.Text = c.Email
}

func fieldWrittenBeforeSent(c *Customer, p *prompt) {
	p.Text = c.Email
	Send(p) // want `pii data \(Customer.Email\)`
}

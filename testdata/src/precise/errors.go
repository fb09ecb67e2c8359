package precise

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"text/template"
)

// The error of a standard library call says what went wrong, not what
// was written or parsed.
func stdErrors(c *Customer, t *template.Template, w io.Writer) {
	err := t.Execute(w, c.Email)
	Send(err)
	Send(w) // want `pii data \(Customer.Email\)`
	line, err := bytes.NewBufferString(c.Email).ReadString('@')
	Send(line) // want `pii data \(Customer.Email\)`
	Send(err)
	n, err := strconv.Atoi(c.Notes)
	Send(n) // want `health data \(Customer.Notes\)`
	Send(err)
}

// fmt.Errorf and the errors package put the value into the error.
func wrappingErrors(c *Customer) {
	Send(fmt.Errorf("no user %s", c.Email))      // want `pii data \(Customer.Email\)`
	Send(errors.New("no user " + c.Email))       // want `pii data \(Customer.Email\)`
	Send(errors.Join(fmt.Errorf("%v", c.Email))) // want `pii data \(Customer.Email\)`
}

// The ok of a comma-ok form says whether there was a value.
func commaOk(c *Customer, v any, m map[string]string, ch chan string) {
	s, ok := v.(string)
	Send(ok)
	m["k"] = c.Email
	e, found := m["k"]
	Send(found)
	Send(e) // want `pii data \(Customer.Email\)`
	ch <- c.Email
	r, open := <-ch
	Send(open)
	Send(r) // want `pii data \(Customer.Email\)`
	_, isCustomer := any(c).(*Customer)
	Send(isCustomer)
	Send(s)
}

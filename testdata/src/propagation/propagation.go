// Package propagation shows every way taint moves inside a function.
package propagation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"text/template"
)

type Customer struct {
	ID      string
	Email   string  `privet:"pii"`
	Phone   string  `privet:"pii"`
	Lat     float64 `privet:"location"`
	Secret  string  `privet:"credential" json:"-"`
	Balance int
}

//privet:sink ai
func Send(payload any) {}

func assign(c *Customer) {
	s := c.Email
	t := s
	Send(t) // want `pii data \(Customer.Email\) reaches an AI service \(propagation Send\) without an approved sanitizer`
}

func sibling(c *Customer) {
	Send(c.ID)
	Send(c.Balance)
}

func conversions(c *Customer) {
	b := []byte(c.Email)
	Send(string(b)) // want `pii data \(Customer.Email\)`
}

func concat(c *Customer) {
	Send("hello " + c.Email + "!") // want `pii data \(Customer.Email\)`
}

func numbers(c *Customer) {
	x := c.Lat * 2
	Send(x) // want `location data \(Customer.Lat\)`
}

func comparison(c *Customer) {
	Send(c.Email == "") // a bool says nothing
	Send(len(c.Email))
}

func fmtFamily(c *Customer, w io.Writer) {
	Send(fmt.Sprint(c.Email))                // want `pii data \(Customer.Email\)`
	Send(fmt.Sprintf("user %s", c.Phone))    // want `pii data \(Customer.Phone\)`
	Send(fmt.Errorf("bad user %s", c.Email)) // want `pii data \(Customer.Email\)`
	// fmt prints the json:"-" Secret too.
	Send(fmt.Sprintf("%v", c)) // want `pii,location,credential data \(Customer\)`
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "user %s", c.Email)
	Send(buf.String()) // want `pii data \(Customer.Email\)`
}

func stringsFamily(c *Customer) {
	Send(strings.ToUpper(c.Email))                  // want `pii data \(Customer.Email\)`
	Send(strings.Join([]string{"a", c.Email}, ",")) // want `pii data \(Customer.Email\)`
	Send(strconv.Quote(c.Phone))                    // want `pii data \(Customer.Phone\)`
	Send(strconv.FormatFloat(c.Lat, 'f', 2, 64))    // want `location data \(Customer.Lat\)`
	Send(bytes.ToLower([]byte(c.Email)))            // want `pii data \(Customer.Email\)`
	var sb strings.Builder
	sb.WriteString(c.Email)
	Send(sb.String()) // want `pii data \(Customer.Email\)`
	var bb bytes.Buffer
	bb.WriteString(c.Phone)
	Send(bb.Bytes()) // want `pii data \(Customer.Phone\)`
}

func jsonFamily(c *Customer) {
	b, _ := json.Marshal(c)
	Send(b) // want `pii,location data \(Customer\)`
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(c)
	Send(buf.String()) // want `pii,location data \(Customer\)`
}

// jsonSkipsOmitted: the credential field is json:"-", so marshalling a
// struct that only has it sensitive is clean.
type Login struct {
	User     string
	Password string `privet:"credential" json:"-"`
}

func jsonSkipsOmitted(l Login) {
	b, _ := json.Marshal(l)
	Send(b)
}

func readers(c *Customer) {
	Send(strings.NewReader(c.Email))       // want `pii data \(Customer.Email\)`
	Send(bytes.NewReader([]byte(c.Phone))) // want `pii data \(Customer.Phone\)`
	r := io.MultiReader(strings.NewReader(c.Email))
	Send(r) // want `pii data \(Customer.Email\)`
}

func urlValues(c *Customer) {
	v := url.Values{}
	v.Set("email", c.Email)
	Send(v.Encode()) // want `pii data \(Customer.Email\)`
	u := &url.URL{Scheme: "https", Host: "example.org"}
	q := u.Query()
	q.Add("phone", c.Phone)
	u.RawQuery = q.Encode()
	Send(u.String()) // want `pii data \(Customer.Phone\)`
}

func templates(c *Customer) {
	t := template.Must(template.New("x").Parse("{{.}}"))
	var buf bytes.Buffer
	t.Execute(&buf, c.Email)
	Send(buf.String()) // want `pii data \(Customer.Email\)`
}

func collections(c *Customer) {
	s := []string{"x", c.Email}
	Send(s[1]) // want `pii data \(Customer.Email\)`
	m := map[string]string{}
	m["e"] = c.Phone
	Send(m["e"]) // want `pii data \(Customer.Phone\)`
	var a [2]string
	a[0] = c.Email
	Send(a) // want `pii data \(Customer.Email\)`
	s2 := append([]string(nil), c.Email)
	Send(s2) // want `pii data \(Customer.Email\)`
	for _, v := range m {
		Send(v) // want `pii data \(Customer.Phone\)`
	}
}

type Payload struct {
	Role    string
	Content string
}

func structLiteral(c *Customer) {
	p := Payload{Role: "user", Content: c.Email}
	Send(p) // want `pii data \(Customer.Email\)`
	Send(p.Role)
	Send(p.Content) // want `pii data \(Customer.Email\)`
}

func pointers(c *Customer) {
	p := new(string)
	*p = c.Email
	q := p
	Send(*q) // want `pii data \(Customer.Email\)`
	pl := &Payload{}
	pl.Content = c.Phone
	Send(pl) // want `pii data \(Customer.Phone\)`
}

func channels(c *Customer) {
	ch := make(chan string, 1)
	ch <- c.Email
	v := <-ch
	Send(v) // want `pii data \(Customer.Email\)`
	ch2 := make(chan string, 1)
	ch2 <- c.Phone
	select {
	case x := <-ch2:
		Send(x) // want `pii data \(Customer.Phone\)`
	default:
	}
}

type Base struct {
	Email string `privet:"pii"`
}

type Premium struct {
	Base
	Tier string
}

func embedded(p *Premium) {
	Send(p.Email) // want `pii data \(Base.Email\)`
	Send(p.Tier)
}

//privet:sensitive health
type Diagnosis struct {
	Code string
	Note string
}

func sensitiveType(d Diagnosis) {
	Send(d.Code) // want `health data \(Diagnosis.Code\)`
	Send(d)      // want `health data \(Diagnosis\)`
}

//privet:sensitive pii
type Email string

func sensitiveBasic(e Email) {
	Send(string(e)) // want `pii data \(Email\)`
}

// Request carries both sensitive and plain data.
type Request struct {
	Question string
	Email    string
}

func questionOf(r *Request) string { return r.Question }

func emailOf(r Request) string { return r.Email }

func fill(r *Request, s string) { r.Email = s }

func fieldSensitiveCalls(c *Customer) {
	r := Request{Question: "why?", Email: c.Email}
	Send(questionOf(&r))
	Send(emailOf(r)) // want `pii data \(Customer.Email\)`
	var r2 Request
	fill(&r2, c.Phone)
	Send(r2.Question)
	Send(r2.Email) // want `pii data \(Customer.Phone\)`
}

var lastEmail string

func remember(c *Customer) { lastEmail = c.Email }

// A package-level variable carries what one function stores to the
// functions that load it.
func sendLast() {
	Send(lastEmail) // want `pii data \(Customer.Email\)`
}

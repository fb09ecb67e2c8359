// Package funcvalues shows calls of function values: functions kept in
// struct fields, package variables, maps and slices, and functions passed
// to higher-order helpers.
package funcvalues

import (
	"io"
	"net/http"
	"strings"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sink ai
func Send(s string) {}

func Log(s string) {}

type Client struct{}

//privet:sink ai
func (Client) Ask(prompt string) {}

// Struct fields.

type notifier struct {
	send func(string)
	log  func(string)
}

func viaField(c *Customer) {
	n := notifier{send: Send, log: Log}
	n.send(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(funcvalues Send\)`
	n.log(c.Email)
}

func newNotifier() *notifier {
	return &notifier{send: func(s string) { Send("to: " + s) }, log: Log}
}

func viaFieldOfPointer(c *Customer) {
	n := newNotifier()
	n.send(c.Email) // want `pii data \(Customer.Email\)`
	n.log(c.Email)
	n.send(c.ID)
}

type asker struct{ ask func(string) }

func viaMethodValue(c *Customer, cl Client) {
	a := asker{ask: cl.Ask}
	a.ask(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(funcvalues Client.Ask\)`
}

// Package variables, maps and slices.

var deliver = Send

func viaVariable(c *Customer) {
	deliver(c.Email) // want `pii data \(Customer.Email\)`
}

var handlers = map[string]func(string){"ai": Send}

func viaMap(c *Customer, kind string) {
	handlers[kind](c.Email) // want `pii data \(Customer.Email\)`
}

func viaSlice(c *Customer) {
	for _, f := range []func(string){Log, Send} {
		f(c.Email) // want `pii data \(Customer.Email\)`
	}
}

// Higher-order helpers.

func each(items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}

func higherOrder(c *Customer) {
	each([]string{c.Email}, Send) // want `pii data \(Customer.Email\) reaches an AI service \(funcvalues Send\)`
	each([]string{c.Email}, Log)
	each([]string{c.ID}, Send)
}

func withEmail(c *Customer, f func(string)) {
	f(c.Email)
}

func sourceIntoCallback(c *Customer, cl Client) {
	withEmail(c, cl.Ask) // want `pii data \(Customer.Email\) reaches an AI service \(funcvalues Client.Ask\)`
	withEmail(c, Log)
	withEmail(c, func(s string) { Send(s) }) // want `pii data \(Customer.Email\)`
}

// twice passes its callback on to each: the call reaches Send through
// two helpers.
func twice(items []string, f func(string)) {
	each(items, f)
	each(items, f)
}

func nested(c *Customer) {
	twice([]string{c.Email}, Send) // want `pii data \(Customer.Email\)`
}

// Only what the package stores is resolved: a map of loggers is not a
// map of senders.
var loggers = map[string]func(string, int){"log": func(s string, _ int) { Log(s) }}

func mapOfLoggers(c *Customer) {
	loggers["log"](c.Email, 1)
}

// Functions passed to a constructor and kept in a field.

type service struct{ send func(string) }

func newService(send func(string)) *service { return &service{send: send} }

func injected(c *Customer) {
	s := newService(Send)
	s.send(c.Email) // want `pii data \(Customer.Email\)`
}

// Functions returned by functions.

func pick() func(string) { return Send }

func returned(c *Customer) {
	pick()(c.Email) // want `pii data \(Customer.Email\)`
}

// A method calling a function kept in its receiver.

type hooks struct {
	onMessage func(string)
}

func (h *hooks) fire(c *Customer) {
	h.onMessage(c.Email) // want `pii data \(Customer.Email\)`
}

func viaHooks(c *Customer) {
	h := &hooks{onMessage: Send}
	h.fire(c)
}

// A closure calling a function kept in a captured struct.
func capturedHooks(c *Customer, h *hooks) {
	func() {
		h.onMessage(c.Email) // want `pii data \(Customer.Email\)`
	}()
}

type exportedHooks struct{ OnMessage func(string) }

// A closure calling a function in a field of a captured value whose
// stores this package does not all see: passed on in the summary.
func capturedExported(c *Customer, h *exportedHooks) {
	func() { h.OnMessage(c.Email) }()
}

// A call through a table of more than 8 functions is not resolved (a
// dispatch table, where precision costs more than it finds): the call is
// treated as unknown, and nothing is reported.
type manySig func(int, string)

var many = map[string]manySig{
	"a": func(int, string) {}, "b": func(int, string) {}, "c": func(int, string) {},
	"d": func(int, string) {}, "e": func(int, string) {}, "f": func(int, string) {},
	"g": func(int, string) {}, "h": func(int, string) {},
	"i": func(_ int, s string) { Send(s) },
}

func viaBigTable(c *Customer, k string) {
	many[k](1, c.Email)
}

// A catalog sink handed to a helper as a callback is classified by the
// URL the helper passes it, like a direct call: http.Post to an AI API
// host is an AI sink.

type poster func(url, contentType string, body io.Reader) (*http.Response, error)

func postWith(post poster, url, body string) {
	post(url, "text/plain", strings.NewReader(body))
}

func callbackToAIHost(c *Customer) {
	postWith(http.Post, "https://api.openai.com/v1/chat/completions", c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(http.Post to api.openai.com\)`
	postWith(http.Post, "https://billing.example.com/hook", c.Email)           // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
	postWith(http.Post, "https://api.openai.com/v1/chat/completions", c.ID)
}

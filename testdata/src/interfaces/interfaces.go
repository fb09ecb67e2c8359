// Package interfaces shows sinks reached through interface methods.
package interfaces

import (
	"net/http"
	"strings"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

// Assistant is an interface whose method is declared a sink.
type Assistant interface {
	//privet:sink ai
	Ask(prompt string) string
}

func viaAnnotatedInterface(a Assistant, c *Customer) {
	a.Ask("summarise " + c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(interfaces Assistant.Ask\)`
	a.Ask(c.ID)
}

// Notifier is a plain interface; one implementation in scope sends.
type Notifier interface {
	Notify(msg string)
}

type llmNotifier struct{ a Assistant }

func (n llmNotifier) Notify(msg string) { n.a.Ask(msg) }

func viaImplementation(n Notifier, c *Customer) {
	n.Notify(c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(interfaces Assistant.Ask\)`
}

type Stringer interface{ String() string }

type person struct{ c *Customer }

func (p person) String() string { return p.c.Email }

func resultThroughInterface(s Stringer, a Assistant) {
	a.Ask(s.String())
}

func concreteResult(c *Customer, a Assistant) {
	p := person{c}
	a.Ask(p.String()) // want `pii data \(Customer.Email\)`
}

// An implementation that delegates to a helper method that sends: the
// caller is analysed again once the helper's summary reaches the
// implementation's.
type Client interface{ Send(body string) }

type hookClient struct{ url string }

func (c *hookClient) Send(body string) { c.post(body) }

func (c *hookClient) post(body string) {
	http.Post(c.url, "text/plain", strings.NewReader(body))
}

func newClient() Client { return &hookClient{url: "https://hooks.example.com/x"} }

func viaDelegatingImplementation(c *Customer) {
	newClient().Send(c.Email) // want `pii data \(Customer.Email\) reaches an HTTP request \(http.Post\)`
}

// The usual seam for tests: the production implementation is a type of
// the standard library (or of an SDK of the catalog), whose sink it is.
// An interface with http.Client's Do method is itself an HTTP sink,
// whatever implements it where it is called.
type Doer interface {
	Do(req *http.Request) (*http.Response, error)
}

type notifier struct{ http Doer }

func newNotifier() *notifier { return &notifier{http: http.DefaultClient} }

func (n *notifier) notify(c *Customer) {
	req, _ := http.NewRequest("POST", "https://hooks.example.com/x", strings.NewReader(c.Email))
	n.http.Do(req) // want `pii data \(Customer.Email\) reaches an HTTP request \(interfaces Doer.Do\)`
}

// A value used as a whole behind an interface carries only what the
// implementation reads of it: Run reads URL, not the key.
type Handler struct {
	APIKey string `privet:"credential"`
	URL    string
}

type Runner interface{ Run() }

func (h Handler) Run() { http.Get(h.URL) }

var runner Runner

func initRunner(key string) { runner = &Handler{APIKey: key, URL: "https://example.com/ping"} }

func runIt() { runner.Run() }

func runBoxed(key string) {
	var r Runner = Handler{APIKey: key, URL: "https://example.com/ping"}
	r.Run()
}

// Of the values an interface may hold, only those of an implementation's
// type reach what it reads: a Customer boxed in a Tool is not what
// namedTool.Name returns.
type Tool interface{ Name() string }

type namedTool struct{ name string }

func (t *namedTool) Name() string { return t.name }

type customerTool struct{ c Customer }

func (t *customerTool) Name() string { return "customer" }

func toolNames(tools []Tool) []string {
	var out []string
	for _, t := range tools {
		out = append(out, t.Name())
	}
	return out
}

func describeTools(c Customer, a Assistant) {
	tools := []Tool{&namedTool{name: "search"}, &customerTool{c: c}}
	a.Ask(strings.Join(toolNames(tools), ","))
}

// Package fieldprecise: a struct keeps its fields apart across calls
// and decoders.
package fieldprecise

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"text/template"
)

type Doc struct {
	ID      int
	Content string `privet:"pii"`
}

// Options carry a copy of a document's content for local use, and the
// page limit that is sent.
type Options struct {
	Existing string
	Limit    int
}

func fetch(id int, o Options) {
	http.Get(fmt.Sprintf("https://docs.example.com/api/documents/%d/?pages=%d", id, o.Limit))
}

func fetchAll(id int, o Options) {
	http.Get(fmt.Sprintf("https://docs.example.com/api/documents/%d/?q=%s", id, o.Existing))
}

// process sends the id and the limit: clean.
func process(d Doc) {
	o := Options{Limit: 5}
	o.Existing = d.Content
	fetch(d.ID, o)
}

// processLeak hands the same options to a function that sends the copy.
func processLeak(d Doc) {
	o := Options{Limit: 5}
	o.Existing = d.Content
	fetchAll(d.ID, o) // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Get\)`
}

// handle decodes a request body: only its numeric id leaves.
func handle(r *http.Request) {
	var d Doc
	json.NewDecoder(r.Body).Decode(&d)
	http.Get(fmt.Sprintf("https://docs.example.com/api/documents/%d/", d.ID))
}

// handleLeak sends the decoded content.
func handleLeak(r *http.Request) {
	var d Doc
	json.NewDecoder(r.Body).Decode(&d)
	http.Get("https://docs.example.com/api/search?q=" + d.Content) // want `pii data \(Doc.Content\) reaches an HTTP request \(http.Get\)`
}

// decodeTainted decodes customer data itself: the decoded value holds it
// as a whole, so every field of it does.
func decodeTainted(c User) {
	var d Doc
	json.Unmarshal([]byte(c.Name), &d)
	http.Get(fmt.Sprintf("https://docs.example.com/api/documents/%d/", d.ID)) // want `pii data \(User.Name\) reaches an HTTP request \(http.Get\)`
}

type User struct {
	ID   string
	Name string `privet:"pii"`
}

var tmpl = template.Must(template.New("p").Parse("{{.}}"))

// logName renders the name into a local log only.
func logName(u User, w io.Writer) { tmpl.Execute(w, u.Name) }

// ping renders the id with the same template and sends it: clean.
func ping(u User) {
	var buf bytes.Buffer
	tmpl.Execute(&buf, u.ID)
	http.Post("https://api.example.com/ping", "text/plain", &buf)
}

// pingName renders the name with the same template and sends it.
func pingName(u User) {
	var buf bytes.Buffer
	tmpl.Execute(&buf, u.Name)
	http.Post("https://api.example.com/ping", "text/plain", &buf) // want `pii data \(User.Name\) reaches an HTTP request \(http.Post\)`
}

var (
	client = &http.Client{}
	logs   = json.NewEncoder(io.Discard)
)

// logUser encodes the name with the package's encoder, into a log.
func logUser(u User) { logs.Encode(u.Name) }

// pingClient encodes the id with the same encoder and sends the id with
// the package's client: the client and the encoder carry nothing of
// another call.
func pingClient(u User) {
	logs.Encode(u.ID)
	resp, err := client.Get("https://api.example.com/ping?id=" + u.ID)
	if err != nil {
		return
	}
	http.Post("https://api.example.com/echo", "text/plain", resp.Body)
}

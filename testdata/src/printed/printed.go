// Package printed: json:"-" hides a field from JSON encoders only; fmt
// and the templates print every field.
package printed

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"text/template"
)

// Message is a mail as the API shows it: the addresses are kept out of
// the JSON, not out of the process.
type Message struct {
	Body string   `json:"body"`
	From string   `json:"-" privet:"pii"`
	To   []string `json:"-" privet:"pii"`
}

// forwardPrinted prints the message with its field names: the addresses
// are in the text.
func forwardPrinted(m Message) {
	text := fmt.Sprintf("%+v", m)
	http.Post("https://hooks.example.com/mail", "text/plain", strings.NewReader(text)) // want `pii data \(Message\) reaches an HTTP request \(http.Post\)`
}

// forwardValue prints it without names: the same.
func forwardValue(m *Message) {
	http.Post("https://hooks.example.com/mail", "text/plain", strings.NewReader(fmt.Sprint(m))) // want `pii data \(Message\) reaches an HTTP request \(http.Post\)`
}

var page = template.Must(template.New("mail").Parse("{{.}}"))

// forwardTemplate renders it with a template: the same.
func forwardTemplate(m Message) {
	var buf bytes.Buffer
	page.Execute(&buf, m)
	http.Post("https://hooks.example.com/mail", "text/plain", &buf) // want `pii data \(Message\) reaches an HTTP request \(http.Post\)`
}

// forwardJSON encodes it as JSON: the addresses stay out.
func forwardJSON(m Message) {
	b, _ := json.Marshal(m)
	http.Post("https://hooks.example.com/mail", "application/json", bytes.NewReader(b))
}

// forwardEncoder uses an encoder: the same.
func forwardEncoder(m Message) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(m)
	http.Post("https://hooks.example.com/mail", "application/json", &buf)
}

// Package web serves the account page.
package web

import (
	"encoding/json"
	"net/http"

	"example.com/shop/model"
	"example.com/shop/support"
)

// Handler answers account requests.
type Handler struct {
	Load func(id string) model.Customer
}

// Account writes the customer to the browser (first party: not a leak)
// and asks for a summary.
func (h *Handler) Account(w http.ResponseWriter, r *http.Request) {
	c := h.Load(r.FormValue("id"))
	json.NewEncoder(w).Encode(c)
	support.Summarize(c)
}

// Birthday asks the model for a greeting with the birth date.
func (h *Handler) Birthday(w http.ResponseWriter, r *http.Request) {
	c := h.Load(r.FormValue("id"))
	support.CallBack(&c)
	greet := "Happy birthday, born " + c.DateOfBirth
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", bytesOf(greet)) // leak: DateOfBirth
}

func bytesOf(s string) *stringsReader { return &stringsReader{s} }

type stringsReader struct{ s string }

func (r *stringsReader) Read(p []byte) (int, error) {
	n := copy(p, r.s)
	r.s = r.s[n:]
	if n == 0 {
		return 0, errEOF
	}
	return n, nil
}

var errEOF = jsonEOF{}

type jsonEOF struct{}

func (jsonEOF) Error() string { return "EOF" }

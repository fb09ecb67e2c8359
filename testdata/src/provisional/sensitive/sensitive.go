// Package sensitive declares a source with //privet:sensitive only: in
// auto mode, no provisional sources.
package sensitive

import (
	"net/http"
	"strings"
)

//privet:sensitive health
type Diagnosis string

type Patient struct {
	Phone     string
	Diagnosis Diagnosis
}

func send(p *Patient) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(string(p.Diagnosis))) // want `health data \(Diagnosis, Patient.Diagnosis\) reaches an HTTP request`
	http.Post("https://example.org/x", "text/plain", strings.NewReader(p.Phone))
}

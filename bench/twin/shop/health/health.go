// Package health keeps customers' medical notes.
package health

import (
	"net/http"
	"strings"
)

//privet:sensitive health
type Record struct {
	PatientID string
	Notes     string
}

// Store keeps the record in a map keyed by patient: the data in the map
// still reaches the model.
var store = map[string]string{}

// Keep stores a record.
func Keep(r Record) { store[r.PatientID] = r.Notes }

// Explain asks a model about a patient's notes.
func Explain(id string) {
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(store[id]))
}

// Share sends the record.
func Share(r *Record) {
	http.Post("https://api.openai.com/v1/chat/completions", "application/json", strings.NewReader(r.Notes)) // leak: Record
}

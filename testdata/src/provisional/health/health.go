// Package health declares no source: a clinician's notes on a record of
// a package named for health data are a provisional health source (the
// record is health.Record to its users); release notes are not.
package health

import (
	"net/http"
	"strings"
)

// Record is a patient's chart entry.
type Record struct {
	PatientID string
	Notes     string
}

// Release describes a version of the app.
type Release struct {
	Version string
	Notes   string
}

func explain(r *Record) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(r.Notes)) // want `health data \(Record.Notes, unmarked: looks like health\) reaches an AI service`
}

func announce(r *Release) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(r.Notes))
}

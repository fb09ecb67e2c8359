// Package health declares no source: a clinician's notes on a record of
// a package named for health data are a provisional health source (the
// record is health.Record to its users); release notes are not, nor is
// a component's health-check state.
package health

import (
	"fmt"
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

// subConn keeps the state of its connection's health check (grpc's
// acBalancerWrapper.healthData): a component's own state, exporting
// nothing and holding no text, is not health data.
type subConn struct {
	addr       string
	healthData *healthData
}

type healthData struct {
	connectivityState int
	closeProducer     func()
}

// Member's health data is a record: it holds text. (The finding names
// the type whose value is used whole.)
type Member struct {
	Email      string `privet:"-"`
	HealthData *memberHealth
}

type memberHealth struct {
	summary string
}

func report(c *subConn) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(fmt.Sprint(c)))
}

func summarize(m *Member) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader(fmt.Sprint(m))) // want `health data \(Member, unmarked: looks like health\) reaches an AI service`
}

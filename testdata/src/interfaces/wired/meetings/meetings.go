// Package meetings calls interfaces whose implementations it cannot see.
package meetings

import (
	"net/http"
	"strings"

	"interfaces/wired/bots"
)

type Attendee struct {
	Email string `privet:"pii"`
}

// The transcriber keeps the key; what it returns for the audio is not the
// key.
func Summarize(cfg bots.Config, audio []byte) {
	text := bots.GetTranscriber(cfg).Transcribe(audio)
	http.Post("https://hooks.example.com/summary", "text/plain", strings.NewReader(text))
}

// A getter (no arguments) still gives what its receiver holds.
func Announce(a Attendee) {
	n := bots.NamerOf(a.Email)
	http.Post("https://hooks.example.com/hello", "text/plain", strings.NewReader(n.Name())) // want `pii data \(Attendee.Email\) reaches an HTTP request \(http.Post\)`
}

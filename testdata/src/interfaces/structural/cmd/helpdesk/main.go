// Command helpdesk wires the OpenAI client into the service: the
// conversion of *oai.Client to emb.Provider is where the handler's
// pending call meets the implementation that sends, and it is reported
// there, naming the call site in the trace.
package main

import (
	"net/http"

	"interfaces/structural/desk"
	"interfaces/structural/emb"
	"interfaces/structural/oai"
)

type local struct{}

func (local) Embed(text string) []float32 { return nil }

func main() {
	svc := &desk.Service{Index: &emb.Index{P: &oai.Client{}}} // want `pii data \(Contact.Email\) reaches an AI service \(http.Post to api.openai.com\)`
	http.HandleFunc("/contacts", svc.Handle)
	// A provider that keeps the text to itself is wired without a report.
	quiet := &desk.Service{Index: &emb.Index{P: local{}}}
	http.HandleFunc("/quiet", quiet.Handle)
}

// Command deskcli wires the OpenAI client into the service and calls the
// handler itself: the call resolves the handler's pending interface
// call and is where the flow is reported; the conversion is not
// reported again.
package main

import (
	"net/http"

	"interfaces/structural/desk"
	"interfaces/structural/emb"
	"interfaces/structural/oai"
)

func main() {
	svc := &desk.Service{Index: &emb.Index{P: &oai.Client{}}}
	svc.Handle(nil, &http.Request{}) // want `pii data \(Contact.Email\) reaches an AI service \(http.Post to api.openai.com\)`
}

// Package watsonx shows flows into IBM's watsonx.ai client
// (github.com/IBM/watsonx-go/pkg/models).
package watsonx

import (
	wx "github.com/IBM/watsonx-go/pkg/models"
)

type Ticket struct {
	ID   string
	Body string `privet:"pii"`
}

//privet:sanitizer pii
func Redact(s string) string { return "[redacted]" }

// Explain asks a model about the customer's ticket.
func Explain(t Ticket) {
	c, _ := wx.NewClient(wx.WithWatsonxAPIKey("key"), wx.WithWatsonxProjectID("project"))
	c.GenerateText("ibm/granite-13b-chat-v2", "Explain: "+t.Body, wx.WithTemperature(0.2)) // want `pii data \(Ticket.Body\) reaches an AI service \(watsonx GenerateText\) without an approved sanitizer`
}

// ExplainClean sends the ticket id and the redacted text; the model name
// is not the prompt.
func ExplainClean(t Ticket) {
	c, _ := wx.NewClient(wx.WithWatsonxAPIKey("key"))
	c.GenerateText("ibm/granite-13b-chat-v2", "Explain "+t.ID+": "+Redact(t.Body))
}

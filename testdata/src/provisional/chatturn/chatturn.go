// Package chatturn declares no source. A message of a chat model's API
// (Role, Content) is free text customers write or receive, like any
// message: in a chat bot it is the only name the users' text goes by
// (the platform's event types are another module's), so it is a source,
// reported inside the client too, where it is sent as a whole.
package chatturn

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
)

// message is a turn of the chat completions API.
type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Ticket is a support request: its body is what a customer wrote.
type Ticket struct {
	ID   string
	Body string
}

func complete(msgs []message) (message, error) {
	b, _ := json.Marshal(msgs)
	resp, err := http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(b)) // want `pii data \(message, unmarked: looks like pii\) reaches an AI service`
	if err != nil {
		return message{}, err
	}
	defer resp.Body.Close()
	var out message
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

// draft is reported where the ticket's body is read; the model's answer
// posted back to the chat is text the customer receives.
func draft(t *Ticket) {
	answer, _ := complete([]message{{Role: "user", Content: t.Body}}) // want `pii data \(Ticket.Body, unmarked: looks like pii\) reaches an AI service`
	http.Post("https://chat.example.com/reply", "text/plain", strings.NewReader(answer.Content)) // want `pii data \(message.Content, unmarked: looks like pii\) reaches an HTTP request`
}

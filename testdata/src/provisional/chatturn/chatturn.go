// Package chatturn declares no source. A message of a chat model's API
// (Role, Content) holds whatever the program sends the model or got back
// from it: it is not a source of its own; what the program put in it is
// reported where it was read (Ticket.Body), and the model's answer sent
// back to the chat is not a leak.
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
	resp, err := http.Post("https://api.openai.com/v1/chat/completions", "application/json", bytes.NewReader(b))
	if err != nil {
		return message{}, err
	}
	defer resp.Body.Close()
	var out message
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}

func draft(t *Ticket) {
	answer, _ := complete([]message{{Role: "user", Content: t.Body}}) // want `pii data \(Ticket.Body, unmarked: looks like pii\) reaches an AI service`
	http.Post("https://chat.example.com/reply", "text/plain", strings.NewReader(answer.Content))
}

// reply sends a chat user's text (here a parameter: in a bot, a field of
// the chat platform's event type, another module's) with the history to
// the model. Known miss (issue 15): no name says where the text came
// from, and the message type is not a source of its own; a sources: rule
// on the platform's event type finds it.
func reply(history []message, text string) {
	complete(append(history, message{Role: "user", Content: text}))
}

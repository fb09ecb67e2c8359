// Package mistral shows flows into github.com/gage-technologies/mistral-go.
package mistral

import "github.com/gage-technologies/mistral-go"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Chat asks about the customer by address.
func Chat(c Customer) (string, error) {
	client := mistral.NewMistralClientDefault("key")
	messages := []mistral.ChatMessage{
		{Role: mistral.RoleSystem, Content: "You are a support agent."},
		{Role: mistral.RoleUser, Content: "Summarise the account of " + c.Email},
	}
	resp, err := client.Chat(mistral.ModelMistralLargeLatest, messages, &mistral.DefaultChatRequestParams) // want `pii data \(Customer.Email\) reaches an AI service \(mistral Chat\) without an approved sanitizer`
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}

// Embed embeds the card.
func Embed(client *mistral.MistralClient, c Customer) {
	client.Embeddings("mistral-embed", []string{c.Card}) // want `payment data \(Customer.Card\) reaches an AI service \(mistral Embeddings\) without an approved sanitizer`
}

// ChatClean sends the ID and the masked address.
func ChatClean(client *mistral.MistralClient, c Customer) {
	client.Chat(mistral.ModelMistralLargeLatest, []mistral.ChatMessage{{Role: mistral.RoleUser, Content: c.ID + " " + MaskEmail(c.Email)}}, nil)
}

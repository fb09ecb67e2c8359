// Package llm is a client of an AI service.
package llm

// Client talks to the model.
type Client struct{}

// Ask sends a prompt to the model.
//
//privet:sink ai
func (c *Client) Ask(prompt string) string { return "" }

// Summarize asks the model for a summary of text.
func Summarize(c *Client, text string) string {
	prompt := "Summarize: " + text
	return c.Ask(prompt)
}

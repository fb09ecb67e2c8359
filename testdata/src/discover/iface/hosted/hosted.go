// Package hosted implements llm's interfaces with a hosted model.
package hosted

import "discover/iface/llm"

//privet:sink ai
func post(body string) {}

type Client struct{}

func (c *Client) Complete(prompt string) (string, error) { // want `method hosted.Client.Complete sends its arguments to an AI service \(hosted post\) and implements llm.Client, whose calls are checked only where this implementation is in scope; mark llm.Client.Complete with //privet:sink ai`
	post(prompt)
	return "", nil
}

func (c *Client) Ask(prompt string) string {
	post(prompt)
	return ""
}

func (c *Client) Log(msg llm.Message) {}

// unexported types' methods are reported too when exported: what
// matters is the interface.
type quiet struct{}

//privet:ignore reviewed: only ever called directly
func (quiet) Complete(prompt string) (string, error) {
	post(prompt)
	return "", nil
}

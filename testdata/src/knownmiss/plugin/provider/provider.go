// Package provider implements llm.LanguageModel over an AI API.
package provider

import (
	"net/http"
	"strings"
)

type Client struct{ base string }

func (c *Client) ChatCompletion(prompt string) (string, error) {
	_, err := http.Post(c.base+"/v1/chat/completions", "application/json", strings.NewReader(prompt))
	return "", err
}

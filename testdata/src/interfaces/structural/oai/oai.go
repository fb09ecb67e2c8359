// Package oai implements emb.Provider without importing emb: Go
// interfaces are structural.
package oai

import (
	"net/http"
	"strings"
)

type Client struct{}

func (c *Client) Embed(text string) []float32 {
	http.Post("https://api.openai.com/v1/embeddings", "application/json", strings.NewReader(text))
	return nil
}

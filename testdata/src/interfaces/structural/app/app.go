// Package app wires oai.Client into emb.Index: it sees both the pending
// interface call of emb.Index.Add and the implementation that sends.
package app

import (
	"interfaces/structural/emb"
	"interfaces/structural/oai"
)

type Post struct {
	ID      string
	Message string `privet:"pii"`
}

func Index(p Post) {
	ix := &emb.Index{P: &oai.Client{}}
	ix.Add(p.Message) // want `pii data \(Post.Message\) reaches an AI service \(http.Post to api.openai.com\)`
	ix.Add(p.ID)
}

// Forward passes its parameter on: the call stays pending in its summary.
func Forward(ix *emb.Index, s string) { ix.Add(s) }

// Package threads summarizes a thread of posts with whatever model it
// is given.
package threads

import (
	"strings"

	"knownmiss/plugin/llm"
)

type Post struct {
	Message string `privet:"pii"`
}

type Threads struct{ model llm.LanguageModel }

func New(m llm.LanguageModel) *Threads { return &Threads{model: m} }

func (t *Threads) Summarize(posts []Post) (string, error) {
	var b strings.Builder
	for _, p := range posts {
		b.WriteString(p.Message)
	}
	return t.model.ChatCompletion("Summarize:\n" + b.String())
}

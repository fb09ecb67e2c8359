// Package bots converts the provider to the interface: it does not
// import the packages that call it.
package bots

import (
	"knownmiss/plugin/llm"
	"knownmiss/plugin/provider"
)

type Bot struct{ model llm.LanguageModel }

func New() *Bot { return &Bot{model: &provider.Client{}} }

func (b *Bot) LLM() llm.LanguageModel { return b.model }

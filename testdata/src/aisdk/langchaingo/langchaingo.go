// Package langchaingo shows flows into github.com/tmc/langchaingo: the
// llms.Model interface, a concrete model, chains, embedders and vector
// stores.
package langchaingo

import (
	"context"
	"fmt"

	"github.com/tmc/langchaingo/chains"
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/openai"
	"github.com/tmc/langchaingo/prompts"
	"github.com/tmc/langchaingo/schema"
	"github.com/tmc/langchaingo/vectorstores"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Summarize calls the model through the llms.Model interface.
func Summarize(ctx context.Context, llm llms.Model, c Customer) {
	content := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, "You are a support agent."),
		llms.TextParts(llms.ChatMessageTypeHuman, fmt.Sprintf("Summarise the account of %s", c.Email)),
	}
	llm.GenerateContent(ctx, content) // want `pii data \(Customer.Email\) reaches an AI service \(langchaingo llms.Model.GenerateContent\) without an approved sanitizer`
}

// SummarizeClean sends the ID and the masked address.
func SummarizeClean(ctx context.Context, llm llms.Model, c Customer) {
	content := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeHuman, "Summarise the account of "+c.ID+" "+MaskEmail(c.Email)),
	}
	llm.GenerateContent(ctx, content, llms.WithTemperature(0))
}

// SinglePrompt uses the package-level helper.
func SinglePrompt(ctx context.Context, llm llms.Model, c Customer) (string, error) {
	return llms.GenerateFromSinglePrompt(ctx, llm, "Is card "+c.Card+" valid?") // want `payment data \(Customer.Card\) reaches an AI service \(langchaingo llms.GenerateFromSinglePrompt\) without an approved sanitizer`
}

// Concrete calls a concrete model, built with TextPart.
func Concrete(ctx context.Context, c Customer) error {
	llm, err := openai.New(openai.WithModel("gpt-4o"))
	if err != nil {
		return err
	}
	msg := llms.MessageContent{Role: llms.ChatMessageTypeHuman, Parts: []llms.ContentPart{llms.TextPart(c.Email)}}
	_, err = llm.GenerateContent(ctx, []llms.MessageContent{msg}) // want `pii data \(Customer.Email\) reaches an AI service \(langchaingo openai.LLM.GenerateContent\) without an approved sanitizer`
	return err
}

// Chain fills a prompt template through chains.Call.
func Chain(ctx context.Context, llm llms.Model, c Customer) {
	chain := chains.NewLLMChain(llm, prompts.NewPromptTemplate("Write a short note to {{.email}}", []string{"email"}))
	chains.Call(ctx, chain, map[string]any{"email": c.Email}) // want `pii data \(Customer.Email\) reaches an AI service \(langchaingo chains.Call\) without an approved sanitizer`
}

// ChainClean runs the chain on the ID.
func ChainClean(ctx context.Context, llm llms.Model, c Customer) {
	chain := chains.NewLLMChain(llm, prompts.NewPromptTemplate("Write a short note to customer {{.id}}", []string{"id"}))
	chains.Run(ctx, chain, c.ID)
}

// EmbedQuery embeds the address through the Embedder interface.
func EmbedQuery(ctx context.Context, e embeddings.Embedder, c Customer) {
	e.EmbedQuery(ctx, c.Email) // want `pii data \(Customer.Email\) reaches an AI service \(langchaingo embeddings.Embedder.EmbedQuery\) without an approved sanitizer`
}

// Index stores the address in a vector store.
func Index(ctx context.Context, store vectorstores.VectorStore, c Customer) {
	docs := []schema.Document{{PageContent: "Customer notes", Metadata: map[string]any{"email": c.Email}}}
	store.AddDocuments(ctx, docs) // want `pii data \(Customer.Email\) reaches an AI service \(langchaingo vectorstores.VectorStore.AddDocuments\) without an approved sanitizer`
}

// Search queries a vector store with the card number.
func Search(ctx context.Context, store vectorstores.VectorStore, c Customer) {
	store.SimilaritySearch(ctx, c.Card, 5) // want `payment data \(Customer.Card\) reaches an AI service \(langchaingo vectorstores.VectorStore.SimilaritySearch\) without an approved sanitizer`
}

// SearchClean queries with the ID.
func SearchClean(ctx context.Context, store vectorstores.VectorStore, c Customer) {
	store.SimilaritySearch(ctx, "customer "+c.ID, 5)
}

// Stub of google.golang.org/genai@v1.77.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package genai

import (
	"context"
	"net/http"

	"google.golang.org/genai/interactions"
)

type Backend int

const (
	BackendUnspecified Backend = iota
	BackendGeminiAPI
	BackendVertexAI
	BackendEnterprise
)

type HTTPOptions struct {
	BaseURL    string      `json:"baseUrl,omitempty"`
	APIVersion string      `json:"apiVersion,omitempty"`
	Headers    http.Header `json:"headers,omitempty"`
}

type ClientConfig struct {
	APIKey      string
	Backend     Backend
	Project     string
	Location    string
	HTTPClient  *http.Client
	HTTPOptions HTTPOptions
}

type Client struct {
	clientConfig     ClientConfig
	Models           *Models
	Live             *Live
	Caches           *Caches
	Chats            *Chats
	Files            *Files
	FileSearchStores *FileSearchStores
	Batches          *Batches
	Interactions     *interactions.Interactions
}

func NewClient(ctx context.Context, cc *ClientConfig) (*Client, error) {
	return &Client{
		clientConfig:     *cc,
		Models:           &Models{},
		Live:             &Live{},
		Caches:           &Caches{},
		Chats:            &Chats{},
		Files:            &Files{},
		FileSearchStores: &FileSearchStores{},
		Batches:          &Batches{},
		Interactions:     &interactions.Interactions{},
	}, nil
}

func Ptr[T any](t T) *T { return &t }

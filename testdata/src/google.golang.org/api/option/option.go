// Stub of google.golang.org/api@v0.218.0 (package option) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed. (vertexai v0.15.0
// requires v0.237.0 and generative-ai-go v0.20.1 v0.186.0; ClientOption is the same in all.)

package option

import "google.golang.org/api/internal"

type ClientOption interface {
	Apply(*internal.DialSettings)
}

type withEndpoint string

func (w withEndpoint) Apply(o *internal.DialSettings) { o.Endpoint = string(w) }

func WithEndpoint(url string) ClientOption { return withEndpoint(url) }

type withAPIKey string

func (w withAPIKey) Apply(o *internal.DialSettings) { o.APIKey = string(w) }

func WithAPIKey(apiKey string) ClientOption { return withAPIKey(apiKey) }

// Stub of google.golang.org/genai@v1.77.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package operations

type Options struct {
	ServerURL *string
}

type Option func(*Options, ...string) error

// CreateInteractionRequestBody is a large union upstream; only its name is kept.
type CreateInteractionRequestBody struct{}

type CreateInteractionRequest struct {
	APIVersion *string
	Body       CreateInteractionRequestBody
}

type CreateInteractionResponse struct{}

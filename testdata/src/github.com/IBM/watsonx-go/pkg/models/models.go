// Package models is a stub of github.com/IBM/watsonx-go/pkg/models
// (v1.0.1): the client and its text generation, with their real
// signatures.
package models

type (
	WatsonxAPIKey    = string
	WatsonxProjectID = string
	IBMCloudRegion   = string
	ModelType        = string
)

type ClientOption func(*ClientOptions)

type ClientOptions struct {
	URL        string
	IAM        string
	Region     IBMCloudRegion
	APIVersion string
	apiKey     WatsonxAPIKey
	projectID  WatsonxProjectID
}

func WithWatsonxAPIKey(watsonxAPIKey WatsonxAPIKey) ClientOption { return nil }

func WithWatsonxProjectID(projectID WatsonxProjectID) ClientOption { return nil }

type Client struct {
	url       string
	region    IBMCloudRegion
	apiKey    WatsonxAPIKey
	projectID WatsonxProjectID
}

func NewClient(options ...ClientOption) (*Client, error) { return &Client{}, nil }

type GenerateOption func(*GenerateOptions)

type GenerateOptions struct {
	Temperature *float64 `json:"temperature,omitempty"`
}

func WithTemperature(temperature float64) GenerateOption { return nil }

type GenerateTextResult struct {
	Text        string
	TokenCount  int
	StopReason  string
	InputTokens int
}

func (m *Client) GenerateText(model, prompt string, options ...GenerateOption) (GenerateTextResult, error) {
	return GenerateTextResult{}, nil
}

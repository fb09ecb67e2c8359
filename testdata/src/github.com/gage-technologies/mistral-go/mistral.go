// Stub of github.com/gage-technologies/mistral-go@v1.1.0 (package mistral) for privet tests: real
// names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package mistral

import "time"

const (
	Endpoint          = "https://api.mistral.ai"
	CodestralEndpoint = "https://codestral.mistral.ai"
	DefaultMaxRetries = 5
	DefaultTimeout    = 120 * time.Second
)

const (
	ModelMistralLargeLatest = "mistral-large-latest"
)

const (
	RoleUser      = "user"
	RoleAssistant = "assistant"
	RoleSystem    = "system"
)

type MistralClient struct {
	apiKey     string
	endpoint   string
	maxRetries int
	timeout    time.Duration
}

func NewMistralClient(apiKey string, endpoint string, maxRetries int, timeout time.Duration) *MistralClient {
	return &MistralClient{apiKey: apiKey, endpoint: endpoint, maxRetries: maxRetries, timeout: timeout}
}

func NewMistralClientDefault(apiKey string) *MistralClient {
	return NewMistralClient(apiKey, Endpoint, DefaultMaxRetries, DefaultTimeout)
}

func NewCodestralClientDefault(apiKey string) *MistralClient {
	return NewMistralClient(apiKey, CodestralEndpoint, DefaultMaxRetries, DefaultTimeout)
}

type ChatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type ChatRequestParams struct {
	Temperature float64 `json:"temperature"`
	TopP        float64 `json:"top_p"`
	RandomSeed  int     `json:"random_seed"`
	MaxTokens   int     `json:"max_tokens"`
	SafePrompt  bool    `json:"safe_prompt"`
}

var DefaultChatRequestParams = ChatRequestParams{Temperature: 1, TopP: 1, RandomSeed: 42069, MaxTokens: 4000}

type ChatCompletionResponseChoice struct {
	Index   int         `json:"index"`
	Message ChatMessage `json:"message"`
}

type ChatCompletionResponse struct {
	ID      string                         `json:"id"`
	Model   string                         `json:"model"`
	Choices []ChatCompletionResponseChoice `json:"choices"`
}

type ChatCompletionStreamResponse struct {
	ID    string `json:"id"`
	Model string `json:"model"`
}

func (c *MistralClient) Chat(model string, messages []ChatMessage, params *ChatRequestParams) (*ChatCompletionResponse, error) {
	return &ChatCompletionResponse{}, nil
}

func (c *MistralClient) ChatStream(model string, messages []ChatMessage, params *ChatRequestParams) (<-chan ChatCompletionStreamResponse, error) {
	return nil, nil
}

type EmbeddingObject struct {
	Embedding []float64 `json:"embedding"`
	Index     int       `json:"index"`
}

type EmbeddingResponse struct {
	ID    string            `json:"id"`
	Data  []EmbeddingObject `json:"data"`
	Model string            `json:"model"`
}

func (c *MistralClient) Embeddings(model string, input []string) (*EmbeddingResponse, error) {
	return &EmbeddingResponse{}, nil
}

type FIMRequestParams struct {
	Model       string   `json:"model"`
	Prompt      string   `json:"prompt"`
	Suffix      string   `json:"suffix"`
	MaxTokens   int      `json:"max_tokens"`
	Temperature float64  `json:"temperature"`
	Stop        []string `json:"stop,omitempty"`
}

type FIMCompletionResponse struct {
	ID    string `json:"id"`
	Model string `json:"model"`
}

func (c *MistralClient) FIM(params *FIMRequestParams) (*FIMCompletionResponse, error) {
	return &FIMCompletionResponse{}, nil
}

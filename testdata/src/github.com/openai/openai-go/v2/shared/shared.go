// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package shared

type ChatModel = string

const (
	ChatModelGPT4o     ChatModel = "gpt-4o"
	ChatModelGPT4oMini ChatModel = "gpt-4o-mini"
)

type ResponsesModel = string

type Metadata map[string]string

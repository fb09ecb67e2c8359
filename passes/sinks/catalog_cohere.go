package sinks

// cohereFamily covers github.com/cohere-ai/cohere-go/v2 (checked against
// v2.15.3; the v1 path github.com/cohere-ai/cohere-go was refused by the
// proxy). client.NewClient returns *client.Client with the v1 endpoints;
// its V2 field (*v2.Client, package github.com/cohere-ai/cohere-go/v2/v2)
// has the v2 ones. Every request is a1 after ctx: ChatRequest.Message,
// .Preamble, .ChatHistory; V2ChatRequest.Messages, .Documents;
// EmbedRequest.Texts; RerankRequest.Query, .Documents. Host api.cohere.com.
var cohereFamily = register(Family{
	Name:    "cohere",
	Kind:    KindAI,
	Hosts:   []string{"api.cohere.com", "api.cohere.ai"},
	Modules: []string{cohere},
	Entries: []Entry{
		{Package: cohere + "/client", Receiver: "Client", Name: "Chat", Args: []int{1}, URLArg: -1, Display: "cohere Chat"},
		{Package: cohere + "/client", Receiver: "Client", Name: "ChatStream", Args: []int{1}, URLArg: -1, Display: "cohere ChatStream"},
		{Package: cohere + "/client", Receiver: "Client", Name: "Generate", Args: []int{1}, URLArg: -1, Display: "cohere Generate"},
		{Package: cohere + "/client", Receiver: "Client", Name: "GenerateStream", Args: []int{1}, URLArg: -1, Display: "cohere GenerateStream"},
		{Package: cohere + "/client", Receiver: "Client", Name: "Embed", Args: []int{1}, URLArg: -1, Display: "cohere Embed"},
		{Package: cohere + "/client", Receiver: "Client", Name: "Rerank", Args: []int{1}, URLArg: -1, Display: "cohere Rerank"},
		{Package: cohere + "/client", Receiver: "Client", Name: "Classify", Args: []int{1}, URLArg: -1, Display: "cohere Classify"},
		{Package: cohere + "/client", Receiver: "Client", Name: "Summarize", Args: []int{1}, URLArg: -1, Display: "cohere Summarize"},
		{Package: cohere + "/v2", Receiver: "Client", Name: "Chat", Args: []int{1}, URLArg: -1, Display: "cohere V2.Chat"},
		{Package: cohere + "/v2", Receiver: "Client", Name: "ChatStream", Args: []int{1}, URLArg: -1, Display: "cohere V2.ChatStream"},
		{Package: cohere + "/v2", Receiver: "Client", Name: "Embed", Args: []int{1}, URLArg: -1, Display: "cohere V2.Embed"},
		{Package: cohere + "/v2", Receiver: "Client", Name: "Rerank", Args: []int{1}, URLArg: -1, Display: "cohere V2.Rerank"},
	},
})

const cohere = "github.com/cohere-ai/cohere-go"

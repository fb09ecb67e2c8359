package sinks

// mistralFamily covers the community Mistral client
// github.com/gage-technologies/mistral-go (checked against v1.1.0; no
// official Go SDK exists; langchaingo's mistral model uses this one). Its
// methods take no ctx. Default host api.mistral.ai (codestral.mistral.ai
// for NewCodestralClientDefault).
var mistralFamily = register(Family{
	Name:    "mistral",
	Kind:    KindAI,
	Hosts:   []string{"api.mistral.ai", "codestral.mistral.ai"},
	Modules: []string{mistralGo},
	Entries: []Entry{
		// (model, []ChatMessage{Role, Content}, *ChatRequestParams).
		{Package: mistralGo, Receiver: "MistralClient", Name: "Chat", Args: []int{1}, URLArg: -1, Display: "mistral Chat"},
		{Package: mistralGo, Receiver: "MistralClient", Name: "ChatStream", Args: []int{1}, URLArg: -1, Display: "mistral ChatStream"},
		// (model, input []string).
		{Package: mistralGo, Receiver: "MistralClient", Name: "Embeddings", Args: []int{1}, URLArg: -1, Display: "mistral Embeddings"},
		// a0 *FIMRequestParams: .Prompt, .Suffix.
		{Package: mistralGo, Receiver: "MistralClient", Name: "FIM", Args: []int{0}, URLArg: -1, Display: "mistral FIM"},
	},
})

const mistralGo = "github.com/gage-technologies/mistral-go"

package sinks

// ollamaFamily covers the Ollama client, github.com/ollama/ollama/api
// (checked against v0.17.4). The default host is the local server
// (OLLAMA_HOST, 127.0.0.1:11434); ollama.com and any other remote host
// make it a third party. The catalog cannot tell the host from the call,
// so every call is a sink; suppress or allow local use by policy.
var ollamaFamily = register(Family{
	Name:    "ollama",
	Kind:    KindAI,
	Hosts:   []string{"ollama.com"},
	Modules: []string{"github.com/ollama/ollama"},
	Entries: []Entry{
		// Chat a1 .Messages[].Content/.Images; Generate a1 .Prompt, .System, .Images.
		{Package: ollamaAPI, Receiver: "Client", Name: "Chat", Args: []int{1}, URLArg: -1, Display: "ollama Chat"},
		{Package: ollamaAPI, Receiver: "Client", Name: "Generate", Args: []int{1}, URLArg: -1, Display: "ollama Generate"},
		// Embed a1 .Input; Embeddings a1 .Prompt.
		{Package: ollamaAPI, Receiver: "Client", Name: "Embed", Args: []int{1}, URLArg: -1, Display: "ollama Embed"},
		{Package: ollamaAPI, Receiver: "Client", Name: "Embeddings", Args: []int{1}, URLArg: -1, Display: "ollama Embeddings"},
		// CreateBlob(ctx, digest, r io.Reader); Push a1 (.Username, .Password).
		{Package: ollamaAPI, Receiver: "Client", Name: "CreateBlob", Args: []int{2}, URLArg: -1, Display: "ollama CreateBlob"},
		{Package: ollamaAPI, Receiver: "Client", Name: "Push", Args: []int{1}, URLArg: -1, Display: "ollama Push"},
	},
})

const ollamaAPI = "github.com/ollama/ollama/api"

package sinks

// langchaingoFamily covers github.com/tmc/langchaingo (checked against
// v0.1.14): the llms.Model interface and its implementations, chains,
// agents, embedders and vector stores. Calls through the interfaces are
// sinks whatever the implementation (the host depends on it: OpenAI,
// Anthropic, Google AI, Bedrock, Cohere, Mistral, a local Ollama, ...).
var langchaingoFamily = register(Family{
	Name:    "langchaingo",
	Kind:    KindAI,
	Modules: []string{lcg},
	Entries: []Entry{
		// iface llms.Model: GenerateContent a1 []MessageContent; Call a1 prompt.
		{Package: lcgLLMs, Receiver: "Model", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo llms.Model.GenerateContent"},
		{Package: lcgLLMs, Receiver: "Model", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo llms.Model.Call"},
		// GenerateFromSinglePrompt(ctx, llm, prompt, ...): a2.
		{Package: lcgLLMs, Name: "GenerateFromSinglePrompt", Args: []int{2}, URLArg: -1, Display: "langchaingo llms.GenerateFromSinglePrompt"},
		// Concrete models (calls not made through llms.Model); CreateEmbedding a1 []string.
		{Package: lcgLLMs + "/openai", Receiver: "LLM", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo openai.LLM.GenerateContent"},
		{Package: lcgLLMs + "/openai", Receiver: "LLM", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo openai.LLM.Call"},
		{Package: lcgLLMs + "/openai", Receiver: "LLM", Name: "CreateEmbedding", Args: []int{1}, URLArg: -1, Display: "langchaingo openai.LLM.CreateEmbedding"},
		{Package: lcgLLMs + "/anthropic", Receiver: "LLM", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo anthropic.LLM.GenerateContent"},
		{Package: lcgLLMs + "/anthropic", Receiver: "LLM", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo anthropic.LLM.Call"},
		{Package: lcgLLMs + "/ollama", Receiver: "LLM", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo ollama.LLM.GenerateContent"},
		{Package: lcgLLMs + "/ollama", Receiver: "LLM", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo ollama.LLM.Call"},
		{Package: lcgLLMs + "/ollama", Receiver: "LLM", Name: "CreateEmbedding", Args: []int{1}, URLArg: -1, Display: "langchaingo ollama.LLM.CreateEmbedding"},
		{Package: lcgLLMs + "/cohere", Receiver: "LLM", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo cohere.LLM.GenerateContent"},
		{Package: lcgLLMs + "/cohere", Receiver: "LLM", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo cohere.LLM.Call"},
		{Package: lcgLLMs + "/bedrock", Receiver: "LLM", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo bedrock.LLM.GenerateContent"},
		{Package: lcgLLMs + "/bedrock", Receiver: "LLM", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo bedrock.LLM.Call"},
		{Package: lcgLLMs + "/mistral", Receiver: "Model", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo mistral.Model.GenerateContent"},
		{Package: lcgLLMs + "/mistral", Receiver: "Model", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo mistral.Model.Call"},
		{Package: lcgLLMs + "/mistral", Receiver: "Model", Name: "CreateEmbedding", Args: []int{1}, URLArg: -1, Display: "langchaingo mistral.Model.CreateEmbedding"},
		{Package: lcgLLMs + "/googleai", Receiver: "GoogleAI", Name: "GenerateContent", Args: []int{1}, URLArg: -1, Display: "langchaingo googleai.GoogleAI.GenerateContent"},
		{Package: lcgLLMs + "/googleai", Receiver: "GoogleAI", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo googleai.GoogleAI.Call"},
		{Package: lcgLLMs + "/googleai", Receiver: "GoogleAI", Name: "CreateEmbedding", Args: []int{1}, URLArg: -1, Display: "langchaingo googleai.GoogleAI.CreateEmbedding"},
		// Chains: the funcs take the chain at a1 and the inputs at a2; Chain.Call a1.
		{Package: lcgChains, Name: "Run", Args: []int{2}, URLArg: -1, Display: "langchaingo chains.Run"},
		{Package: lcgChains, Name: "Call", Args: []int{2}, URLArg: -1, Display: "langchaingo chains.Call"},
		{Package: lcgChains, Name: "Predict", Args: []int{2}, URLArg: -1, Display: "langchaingo chains.Predict"},
		{Package: lcgChains, Name: "Apply", Args: []int{2}, URLArg: -1, Display: "langchaingo chains.Apply"},
		{Package: lcgChains, Receiver: "Chain", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo chains.Chain.Call"},
		{Package: lcgChains, Receiver: "LLMChain", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo chains.LLMChain.Call"},
		{Package: lcg + "/agents", Receiver: "Executor", Name: "Call", Args: []int{1}, URLArg: -1, Display: "langchaingo agents.Executor.Call"},
		// Embeddings: a1 text / texts.
		{Package: lcgEmbeddings, Receiver: "Embedder", Name: "EmbedQuery", Args: []int{1}, URLArg: -1, Display: "langchaingo embeddings.Embedder.EmbedQuery"},
		{Package: lcgEmbeddings, Receiver: "Embedder", Name: "EmbedDocuments", Args: []int{1}, URLArg: -1, Display: "langchaingo embeddings.Embedder.EmbedDocuments"},
		{Package: lcgEmbeddings, Receiver: "EmbedderImpl", Name: "EmbedQuery", Args: []int{1}, URLArg: -1, Display: "langchaingo embeddings.EmbedderImpl.EmbedQuery"},
		{Package: lcgEmbeddings, Receiver: "EmbedderImpl", Name: "EmbedDocuments", Args: []int{1}, URLArg: -1, Display: "langchaingo embeddings.EmbedderImpl.EmbedDocuments"},
		{Package: lcgEmbeddings, Receiver: "EmbedderClient", Name: "CreateEmbedding", Args: []int{1}, URLArg: -1, Display: "langchaingo embeddings.EmbedderClient.CreateEmbedding"},
		// Vector stores: AddDocuments a1 []schema.Document (.PageContent, .Metadata); SimilaritySearch a1 query.
		{Package: lcg + "/vectorstores", Receiver: "VectorStore", Name: "AddDocuments", Args: []int{1}, URLArg: -1, Display: "langchaingo vectorstores.VectorStore.AddDocuments"},
		{Package: lcg + "/vectorstores", Receiver: "VectorStore", Name: "SimilaritySearch", Args: []int{1}, URLArg: -1, Display: "langchaingo vectorstores.VectorStore.SimilaritySearch"},
	},
})

const (
	lcg           = "github.com/tmc/langchaingo"
	lcgLLMs       = lcg + "/llms"
	lcgChains     = lcg + "/chains"
	lcgEmbeddings = lcg + "/embeddings"
)

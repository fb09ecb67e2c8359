package sinks

// genkitFamily covers Firebase Genkit for Go, github.com/firebase/genkit/go
// (checked against v1.4.0). The generate functions take (ctx, g or
// registry, opts...); the prompt and its inputs travel in options built by
// ai.WithPrompt(text, args...), ai.WithSystem, ai.WithMessages,
// ai.WithTextDocs, ai.WithDocs; a defined prompt's ai.WithInput goes to
// Prompt.Execute. The host is the model plugin's (Gemini, Vertex AI,
// OpenAI-compatible, Anthropic, a local Ollama, ...).
var genkitFamily = register(Family{
	Name:    "genkit",
	Kind:    KindAI,
	Modules: []string{genkit},
	Entries: []Entry{
		{Package: genkit + "/genkit", Name: "Generate", Args: []int{2}, URLArg: -1, Display: "genkit Generate"},
		{Package: genkit + "/genkit", Name: "GenerateText", Args: []int{2}, URLArg: -1, Display: "genkit GenerateText"},
		{Package: genkit + "/genkit", Name: "GenerateStream", Args: []int{2}, URLArg: -1, Display: "genkit GenerateStream"},
		{Package: genkit + "/genkit", Name: "GenerateData", Args: []int{2}, URLArg: -1, Display: "genkit GenerateData"},
		{Package: genkit + "/genkit", Name: "GenerateDataStream", Args: []int{2}, URLArg: -1, Display: "genkit GenerateDataStream"},
		{Package: genkit + "/genkit", Name: "Embed", Args: []int{2}, URLArg: -1, Display: "genkit Embed"},
		{Package: genkit + "/genkit", Name: "Retrieve", Args: []int{2}, URLArg: -1, Display: "genkit Retrieve"},
		{Package: genkitAI, Name: "Generate", Args: []int{2}, URLArg: -1, Display: "genkit ai.Generate"},
		{Package: genkitAI, Name: "GenerateText", Args: []int{2}, URLArg: -1, Display: "genkit ai.GenerateText"},
		{Package: genkitAI, Name: "GenerateStream", Args: []int{2}, URLArg: -1, Display: "genkit ai.GenerateStream"},
		{Package: genkitAI, Name: "GenerateData", Args: []int{2}, URLArg: -1, Display: "genkit ai.GenerateData"},
		{Package: genkitAI, Name: "GenerateDataStream", Args: []int{2}, URLArg: -1, Display: "genkit ai.GenerateDataStream"},
		// GenerateWithRequest(ctx, r, *GenerateActionOptions, mw, cb).
		{Package: genkitAI, Name: "GenerateWithRequest", Args: []int{2}, URLArg: -1, Display: "genkit ai.GenerateWithRequest"},
		{Package: genkitAI, Name: "Embed", Args: []int{2}, URLArg: -1, Display: "genkit ai.Embed"},
		// iface ai.Prompt (genkit.DefinePrompt, genkit.LookupPrompt): (ctx, opts...).
		{Package: genkitAI, Receiver: "Prompt", Name: "Execute", Args: []int{1}, URLArg: -1, Display: "genkit ai.Prompt.Execute"},
		{Package: genkitAI, Receiver: "Prompt", Name: "ExecuteStream", Args: []int{1}, URLArg: -1, Display: "genkit ai.Prompt.ExecuteStream"},
	},
})

const (
	genkit   = "github.com/firebase/genkit/go"
	genkitAI = genkit + "/ai"
)

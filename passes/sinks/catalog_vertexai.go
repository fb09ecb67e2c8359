package sinks

// vertexaiFamily covers the deprecated Vertex AI SDK
// cloud.google.com/go/vertexai/genai (checked against v0.15.0; announced
// for removal but still served). The model's own fields are sent with
// every request (SystemInstruction, and a ChatSession's History), so the
// receiver is payload (-1) besides the variadic parts. Host
// <location>-aiplatform.googleapis.com.
var vertexaiFamily = register(Family{
	Name:    "vertexai",
	Kind:    KindAI,
	Modules: []string{vertexai},
	Entries: []Entry{
		{Package: vertexaiGenai, Receiver: "GenerativeModel", Name: "GenerateContent", Args: []int{-1, 1}, URLArg: -1, Display: "vertexai GenerativeModel.GenerateContent"},
		{Package: vertexaiGenai, Receiver: "GenerativeModel", Name: "GenerateContentStream", Args: []int{-1, 1}, URLArg: -1, Display: "vertexai GenerativeModel.GenerateContentStream"},
		{Package: vertexaiGenai, Receiver: "GenerativeModel", Name: "CountTokens", Args: []int{-1, 1}, URLArg: -1, Display: "vertexai GenerativeModel.CountTokens"},
		{Package: vertexaiGenai, Receiver: "ChatSession", Name: "SendMessage", Args: []int{-1, 1}, URLArg: -1, Display: "vertexai ChatSession.SendMessage"},
		{Package: vertexaiGenai, Receiver: "ChatSession", Name: "SendMessageStream", Args: []int{-1, 1}, URLArg: -1, Display: "vertexai ChatSession.SendMessageStream"},
		// a1 *CachedContent: .Contents, .SystemInstruction.
		{Package: vertexaiGenai, Receiver: "Client", Name: "CreateCachedContent", Args: []int{1}, URLArg: -1, Display: "vertexai Client.CreateCachedContent"},
	},
})

const (
	vertexai      = "cloud.google.com/go/vertexai"
	vertexaiGenai = vertexai + "/genai"
)

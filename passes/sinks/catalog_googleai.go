package sinks

// googleaiFamily covers the deprecated Google AI Go SDK,
// github.com/google/generative-ai-go/genai (checked against v0.20.1; used
// by langchaingo's googleai model). As in the Vertex AI SDK, the model's
// SystemInstruction and a ChatSession's History are sent with every
// request, so the receiver is payload (-1). Host
// generativelanguage.googleapis.com.
var googleaiFamily = register(Family{
	Name:    "googleai",
	Kind:    KindAI,
	Modules: []string{googleai},
	Entries: []Entry{
		{Package: googleaiGenai, Receiver: "GenerativeModel", Name: "GenerateContent", Args: []int{-1, 1}, URLArg: -1, Display: "googleai GenerativeModel.GenerateContent"},
		{Package: googleaiGenai, Receiver: "GenerativeModel", Name: "GenerateContentStream", Args: []int{-1, 1}, URLArg: -1, Display: "googleai GenerativeModel.GenerateContentStream"},
		{Package: googleaiGenai, Receiver: "GenerativeModel", Name: "CountTokens", Args: []int{-1, 1}, URLArg: -1, Display: "googleai GenerativeModel.CountTokens"},
		{Package: googleaiGenai, Receiver: "ChatSession", Name: "SendMessage", Args: []int{-1, 1}, URLArg: -1, Display: "googleai ChatSession.SendMessage"},
		{Package: googleaiGenai, Receiver: "ChatSession", Name: "SendMessageStream", Args: []int{-1, 1}, URLArg: -1, Display: "googleai ChatSession.SendMessageStream"},
		// Embeddings: a1 parts; WithTitle a1 title, a2 parts; a batch filled by AddContent.
		{Package: googleaiGenai, Receiver: "EmbeddingModel", Name: "EmbedContent", Args: []int{1}, URLArg: -1, Display: "googleai EmbeddingModel.EmbedContent"},
		{Package: googleaiGenai, Receiver: "EmbeddingModel", Name: "EmbedContentWithTitle", Args: []int{1, 2}, URLArg: -1, Display: "googleai EmbeddingModel.EmbedContentWithTitle"},
		{Package: googleaiGenai, Receiver: "EmbeddingModel", Name: "BatchEmbedContents", Args: []int{1}, URLArg: -1, Display: "googleai EmbeddingModel.BatchEmbedContents"},
		// UploadFile(ctx, name, io.Reader, opts); CreateCachedContent a1.
		{Package: googleaiGenai, Receiver: "Client", Name: "UploadFile", Args: []int{2}, URLArg: -1, Display: "googleai Client.UploadFile"},
		{Package: googleaiGenai, Receiver: "Client", Name: "CreateCachedContent", Args: []int{1}, URLArg: -1, Display: "googleai Client.CreateCachedContent"},
	},
})

const (
	googleai      = "github.com/google/generative-ai-go"
	googleaiGenai = googleai + "/genai"
)

package sinks

// goopenaiFamily covers the community OpenAI SDK
// github.com/sashabaranov/go-openai (checked against v1.43.0). Every sink is
// a method of *openai.Client taking ctx, path IDs, then the request. The
// client also talks to Azure OpenAI and Anthropic-compatible endpoints
// (ClientConfig.BaseURL); default host api.openai.com.
var goopenaiFamily = register(Family{
	Name:    "go-openai",
	Kind:    KindAI,
	Modules: []string{goopenai},
	Entries: []Entry{
		// a1 ChatCompletionRequest.Messages[].Content/.MultiContent, .User, .Metadata.
		{Package: goopenai, Receiver: "Client", Name: "CreateChatCompletion", Args: []int{1}, URLArg: -1, Display: "go-openai CreateChatCompletion"},
		{Package: goopenai, Receiver: "Client", Name: "CreateChatCompletionStream", Args: []int{1}, URLArg: -1, Display: "go-openai CreateChatCompletionStream"},
		// a1 CompletionRequest.Prompt, .Suffix, .User.
		{Package: goopenai, Receiver: "Client", Name: "CreateCompletion", Args: []int{1}, URLArg: -1, Display: "go-openai CreateCompletion"},
		{Package: goopenai, Receiver: "Client", Name: "CreateCompletionStream", Args: []int{1}, URLArg: -1, Display: "go-openai CreateCompletionStream"},
		// a1 EmbeddingRequestConverter (EmbeddingRequest.Input, EmbeddingRequestStrings.Input).
		{Package: goopenai, Receiver: "Client", Name: "CreateEmbeddings", Args: []int{1}, URLArg: -1, Display: "go-openai CreateEmbeddings"},
		// a1 CreateResponseRequest.Input, .Instructions, .Metadata.
		{Package: goopenai, Receiver: "Client", Name: "CreateResponse", Args: []int{1}, URLArg: -1, Display: "go-openai CreateResponse"},
		{Package: goopenai, Receiver: "Client", Name: "CreateResponseStream", Args: []int{1}, URLArg: -1, Display: "go-openai CreateResponseStream"},
		// files: FileRequest.FilePath is read and uploaded; FileBytesRequest.Bytes.
		{Package: goopenai, Receiver: "Client", Name: "CreateFile", Args: []int{1}, URLArg: -1, Display: "go-openai CreateFile"},
		{Package: goopenai, Receiver: "Client", Name: "CreateFileBytes", Args: []int{1}, URLArg: -1, Display: "go-openai CreateFileBytes"},
		// batches: UploadBatchFileRequest.Lines.
		{Package: goopenai, Receiver: "Client", Name: "UploadBatchFile", Args: []int{1}, URLArg: -1, Display: "go-openai UploadBatchFile"},
		{Package: goopenai, Receiver: "Client", Name: "CreateBatchWithUploadFile", Args: []int{1}, URLArg: -1, Display: "go-openai CreateBatchWithUploadFile"},
		{Package: goopenai, Receiver: "Client", Name: "CreateBatch", Args: []int{1}, URLArg: -1, Display: "go-openai CreateBatch"},
		// Assistants API: CreateThread a1 .Messages; CreateMessage a2; CreateRun a2; SubmitToolOutputs a3.
		{Package: goopenai, Receiver: "Client", Name: "CreateThread", Args: []int{1}, URLArg: -1, Display: "go-openai CreateThread"},
		{Package: goopenai, Receiver: "Client", Name: "CreateMessage", Args: []int{2}, URLArg: -1, Display: "go-openai CreateMessage"},
		{Package: goopenai, Receiver: "Client", Name: "CreateRun", Args: []int{2}, URLArg: -1, Display: "go-openai CreateRun"},
		{Package: goopenai, Receiver: "Client", Name: "CreateThreadAndRun", Args: []int{1}, URLArg: -1, Display: "go-openai CreateThreadAndRun"},
		{Package: goopenai, Receiver: "Client", Name: "SubmitToolOutputs", Args: []int{3}, URLArg: -1, Display: "go-openai SubmitToolOutputs"},
		{Package: goopenai, Receiver: "Client", Name: "CreateAssistant", Args: []int{1}, URLArg: -1, Display: "go-openai CreateAssistant"},
		// moderation, images, audio, speech, fine-tuning, vector store files.
		{Package: goopenai, Receiver: "Client", Name: "Moderations", Args: []int{1}, URLArg: -1, Display: "go-openai Moderations"},
		{Package: goopenai, Receiver: "Client", Name: "CreateImage", Args: []int{1}, URLArg: -1, Display: "go-openai CreateImage"},
		{Package: goopenai, Receiver: "Client", Name: "CreateTranscription", Args: []int{1}, URLArg: -1, Display: "go-openai CreateTranscription"},
		{Package: goopenai, Receiver: "Client", Name: "CreateTranslation", Args: []int{1}, URLArg: -1, Display: "go-openai CreateTranslation"},
		{Package: goopenai, Receiver: "Client", Name: "CreateSpeech", Args: []int{1}, URLArg: -1, Display: "go-openai CreateSpeech"},
		{Package: goopenai, Receiver: "Client", Name: "CreateFineTuningJob", Args: []int{1}, URLArg: -1, Display: "go-openai CreateFineTuningJob"},
		{Package: goopenai, Receiver: "Client", Name: "CreateVectorStoreFile", Args: []int{2}, URLArg: -1, Display: "go-openai CreateVectorStoreFile"},
	},
})

const goopenai = "github.com/sashabaranov/go-openai"

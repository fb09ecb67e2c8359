package sinks

// openaiFamily covers the official OpenAI SDK, github.com/openai/openai-go
// in every major (checked against v1.12.0, v2.7.1 and v3.102.0: the same
// names, but Conversations came with v2, Responses.Compact and
// Beta.Responses with v3). Every sink takes its request body as the argument after ctx (and after the
// path IDs); only that argument is listed, not opts. Payload smuggled in
// through option.WithJSONSet or option.WithRequestBody in opts is not
// covered. Default host api.openai.com.
var openaiFamily = register(Family{
	Name:    "openai",
	Kind:    KindAI,
	Hosts:   []string{"api.openai.com", "*.api.openai.com", "*.openai.azure.com"},
	Modules: []string{openai},
	// Every method of a service (client.Files, client.Beta.Messages, ...)
	// that takes a params struct sends it as the request body; the
	// entries below name the main ones and those in subpackages.
	Rules: []Rule{{Receiver: "*Service", Param: "*Params"}},
	Entries: []Entry{
		// client.Chat.Completions: a1 ChatCompletionNewParams (.Messages, .User, .Metadata, .Prediction).
		{Package: openai, Receiver: "ChatCompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.New"},
		{Package: openai, Receiver: "ChatCompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.NewStreaming"},
		// client.Completions: a1 CompletionNewParams (.Prompt, .Suffix, .User).
		{Package: openai, Receiver: "CompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Completions.New"},
		{Package: openai, Receiver: "CompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Completions.NewStreaming"},
		// client.Embeddings: a1 EmbeddingNewParams (.Input, .User).
		{Package: openai, Receiver: "EmbeddingService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Embeddings.New"},
		// client.Responses: a1 ResponseNewParams (.Input, .Instructions, .Metadata, .User).
		{Package: openaiResponses, Receiver: "ResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Responses.New"},
		{Package: openaiResponses, Receiver: "ResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Responses.NewStreaming"},
		{Package: openaiResponses, Receiver: "ResponseService", Name: "Compact", Args: []int{1}, URLArg: -1, Display: "openai Responses.Compact", Since: 3},
		{Package: openai, Receiver: "BetaResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.New", Since: 3},
		{Package: openai, Receiver: "BetaResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.NewStreaming", Since: 3},
		{Package: openai, Receiver: "BetaResponseService", Name: "Compact", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.Compact", Since: 3},
		// client.Conversations: New a1 (.Items, .Metadata); Items.New a2 (after conversationID).
		{Package: openaiConversations, Receiver: "ConversationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Conversations.New", Since: 2},
		{Package: openaiConversations, Receiver: "ItemService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Conversations.Items.New", Since: 2},
		// Files and uploads: the file content (io.Reader) leaves here.
		{Package: openai, Receiver: "FileService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Files.New"},
		{Package: openai, Receiver: "UploadPartService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Uploads.Parts.New"},
		{Package: openai, Receiver: "BatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Batches.New"},
		{Package: openai, Receiver: "FineTuningJobService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai FineTuning.Jobs.New"},
		{Package: openai, Receiver: "ModerationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Moderations.New"},
		// client.Images: a1 .Prompt (and .Image readers for Edit/NewVariation).
		{Package: openai, Receiver: "ImageService", Name: "Generate", Args: []int{1}, URLArg: -1, Display: "openai Images.Generate"},
		{Package: openai, Receiver: "ImageService", Name: "GenerateStreaming", Args: []int{1}, URLArg: -1, Display: "openai Images.GenerateStreaming"},
		{Package: openai, Receiver: "ImageService", Name: "Edit", Args: []int{1}, URLArg: -1, Display: "openai Images.Edit"},
		{Package: openai, Receiver: "ImageService", Name: "EditStreaming", Args: []int{1}, URLArg: -1, Display: "openai Images.EditStreaming"},
		{Package: openai, Receiver: "ImageService", Name: "NewVariation", Args: []int{1}, URLArg: -1, Display: "openai Images.NewVariation"},
		// client.Audio: a1 .File, .Prompt; Speech a1 .Input, .Instructions.
		{Package: openai, Receiver: "AudioTranscriptionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Transcriptions.New"},
		{Package: openai, Receiver: "AudioTranscriptionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Audio.Transcriptions.NewStreaming"},
		{Package: openai, Receiver: "AudioTranslationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Translations.New"},
		{Package: openai, Receiver: "AudioSpeechService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Speech.New"},
		// Assistants API (client.Beta.*).
		{Package: openai, Receiver: "BetaAssistantService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Assistants.New"},
		{Package: openai, Receiver: "BetaAssistantService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "openai Beta.Assistants.Update"},
		{Package: openai, Receiver: "BetaThreadService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.New"},
		{Package: openai, Receiver: "BetaThreadService", Name: "NewAndRun", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.NewAndRun"},
		{Package: openai, Receiver: "BetaThreadService", Name: "NewAndRunStreaming", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.NewAndRunStreaming"},
		{Package: openai, Receiver: "BetaThreadMessageService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Messages.New"},
		{Package: openai, Receiver: "BetaThreadRunService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Runs.New"},
		{Package: openai, Receiver: "BetaThreadRunService", Name: "NewStreaming", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Runs.NewStreaming"},
		{Package: openai, Receiver: "BetaThreadRunService", Name: "SubmitToolOutputs", Args: []int{3}, URLArg: -1, Display: "openai Beta.Threads.Runs.SubmitToolOutputs"},
		{Package: openai, Receiver: "BetaThreadRunService", Name: "SubmitToolOutputsStreaming", Args: []int{3}, URLArg: -1, Display: "openai Beta.Threads.Runs.SubmitToolOutputsStreaming"},
		// client.VectorStores: a2 FileNewParams / []FileNewParams.
		{Package: openai, Receiver: "VectorStoreFileService", Name: "Upload", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.Files.Upload"},
		{Package: openai, Receiver: "VectorStoreFileService", Name: "UploadAndPoll", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.Files.UploadAndPoll"},
		{Package: openai, Receiver: "VectorStoreFileBatchService", Name: "UploadAndPoll", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.FileBatches.UploadAndPoll"},
		// Raw requests: the params argument is the JSON body.
		{Package: openai, Receiver: "Client", Name: "Post", Args: []int{2}, URLArg: -1, Display: "openai Client.Post"},
		{Package: openai, Receiver: "Client", Name: "Put", Args: []int{2}, URLArg: -1, Display: "openai Client.Put"},
		{Package: openai, Receiver: "Client", Name: "Patch", Args: []int{2}, URLArg: -1, Display: "openai Client.Patch"},
		{Package: openai, Receiver: "Client", Name: "Execute", Args: []int{3}, URLArg: -1, Display: "openai Client.Execute"},
	},
})

const (
	openai              = "github.com/openai/openai-go"
	openaiResponses     = openai + "/responses"
	openaiConversations = openai + "/conversations"
)

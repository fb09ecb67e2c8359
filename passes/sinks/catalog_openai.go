package sinks

// openaiFamily covers the official OpenAI SDK, github.com/openai/openai-go
// (checked against v3.98.0; the names are the same in v1 and v2). Every
// sink takes its request body as the argument after ctx (and after the
// path IDs); only that argument is listed, not opts. Payload smuggled in
// through option.WithJSONSet or option.WithRequestBody in opts is not
// covered. Default host api.openai.com.
var openaiFamily = register(Family{
	Name:  "openai",
	Kind:  KindAI,
	Hosts: []string{"api.openai.com", "*.api.openai.com", "*.openai.azure.com"},
	Modules: []string{
		"github.com/openai/openai-go",
		"github.com/openai/openai-go/v2",
		"github.com/openai/openai-go/v3",
	},
	Entries: []Entry{
		// client.Chat.Completions: a1 ChatCompletionNewParams (.Messages, .User, .Metadata, .Prediction).
		{Package: openaiV3, Receiver: "ChatCompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.New"},
		{Package: openaiV3, Receiver: "ChatCompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.NewStreaming"},
		// client.Completions: a1 CompletionNewParams (.Prompt, .Suffix, .User).
		{Package: openaiV3, Receiver: "CompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Completions.New"},
		{Package: openaiV3, Receiver: "CompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Completions.NewStreaming"},
		// client.Embeddings: a1 EmbeddingNewParams (.Input, .User).
		{Package: openaiV3, Receiver: "EmbeddingService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Embeddings.New"},
		// client.Responses: a1 ResponseNewParams (.Input, .Instructions, .Metadata, .User).
		{Package: openaiV3Responses, Receiver: "ResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Responses.New"},
		{Package: openaiV3Responses, Receiver: "ResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Responses.NewStreaming"},
		{Package: openaiV3Responses, Receiver: "ResponseService", Name: "Compact", Args: []int{1}, URLArg: -1, Display: "openai Responses.Compact"},
		{Package: openaiV3, Receiver: "BetaResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.New"},
		{Package: openaiV3, Receiver: "BetaResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.NewStreaming"},
		{Package: openaiV3, Receiver: "BetaResponseService", Name: "Compact", Args: []int{1}, URLArg: -1, Display: "openai Beta.Responses.Compact"},
		// client.Conversations: New a1 (.Items, .Metadata); Items.New a2 (after conversationID).
		{Package: openaiV3Conversations, Receiver: "ConversationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Conversations.New"},
		{Package: openaiV3Conversations, Receiver: "ItemService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Conversations.Items.New"},
		// Files and uploads: the file content (io.Reader) leaves here.
		{Package: openaiV3, Receiver: "FileService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Files.New"},
		{Package: openaiV3, Receiver: "UploadPartService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Uploads.Parts.New"},
		{Package: openaiV3, Receiver: "BatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Batches.New"},
		{Package: openaiV3, Receiver: "FineTuningJobService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai FineTuning.Jobs.New"},
		{Package: openaiV3, Receiver: "ModerationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Moderations.New"},
		// client.Images: a1 .Prompt (and .Image readers for Edit/NewVariation).
		{Package: openaiV3, Receiver: "ImageService", Name: "Generate", Args: []int{1}, URLArg: -1, Display: "openai Images.Generate"},
		{Package: openaiV3, Receiver: "ImageService", Name: "GenerateStreaming", Args: []int{1}, URLArg: -1, Display: "openai Images.GenerateStreaming"},
		{Package: openaiV3, Receiver: "ImageService", Name: "Edit", Args: []int{1}, URLArg: -1, Display: "openai Images.Edit"},
		{Package: openaiV3, Receiver: "ImageService", Name: "EditStreaming", Args: []int{1}, URLArg: -1, Display: "openai Images.EditStreaming"},
		{Package: openaiV3, Receiver: "ImageService", Name: "NewVariation", Args: []int{1}, URLArg: -1, Display: "openai Images.NewVariation"},
		// client.Audio: a1 .File, .Prompt; Speech a1 .Input, .Instructions.
		{Package: openaiV3, Receiver: "AudioTranscriptionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Transcriptions.New"},
		{Package: openaiV3, Receiver: "AudioTranscriptionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Audio.Transcriptions.NewStreaming"},
		{Package: openaiV3, Receiver: "AudioTranslationService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Translations.New"},
		{Package: openaiV3, Receiver: "AudioSpeechService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Audio.Speech.New"},
		// Assistants API (client.Beta.*).
		{Package: openaiV3, Receiver: "BetaAssistantService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Assistants.New"},
		{Package: openaiV3, Receiver: "BetaAssistantService", Name: "Update", Args: []int{2}, URLArg: -1, Display: "openai Beta.Assistants.Update"},
		{Package: openaiV3, Receiver: "BetaThreadService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.New"},
		{Package: openaiV3, Receiver: "BetaThreadService", Name: "NewAndRun", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.NewAndRun"},
		{Package: openaiV3, Receiver: "BetaThreadService", Name: "NewAndRunStreaming", Args: []int{1}, URLArg: -1, Display: "openai Beta.Threads.NewAndRunStreaming"},
		{Package: openaiV3, Receiver: "BetaThreadMessageService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Messages.New"},
		{Package: openaiV3, Receiver: "BetaThreadRunService", Name: "New", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Runs.New"},
		{Package: openaiV3, Receiver: "BetaThreadRunService", Name: "NewStreaming", Args: []int{2}, URLArg: -1, Display: "openai Beta.Threads.Runs.NewStreaming"},
		{Package: openaiV3, Receiver: "BetaThreadRunService", Name: "SubmitToolOutputs", Args: []int{3}, URLArg: -1, Display: "openai Beta.Threads.Runs.SubmitToolOutputs"},
		{Package: openaiV3, Receiver: "BetaThreadRunService", Name: "SubmitToolOutputsStreaming", Args: []int{3}, URLArg: -1, Display: "openai Beta.Threads.Runs.SubmitToolOutputsStreaming"},
		// client.VectorStores: a2 FileNewParams / []FileNewParams.
		{Package: openaiV3, Receiver: "VectorStoreFileService", Name: "Upload", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.Files.Upload"},
		{Package: openaiV3, Receiver: "VectorStoreFileService", Name: "UploadAndPoll", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.Files.UploadAndPoll"},
		{Package: openaiV3, Receiver: "VectorStoreFileBatchService", Name: "UploadAndPoll", Args: []int{2}, URLArg: -1, Display: "openai VectorStores.FileBatches.UploadAndPoll"},
		// Raw requests: the params argument is the JSON body.
		{Package: openaiV3, Receiver: "Client", Name: "Post", Args: []int{2}, URLArg: -1, Display: "openai Client.Post"},
		{Package: openaiV3, Receiver: "Client", Name: "Put", Args: []int{2}, URLArg: -1, Display: "openai Client.Put"},
		{Package: openaiV3, Receiver: "Client", Name: "Patch", Args: []int{2}, URLArg: -1, Display: "openai Client.Patch"},
		{Package: openaiV3, Receiver: "Client", Name: "Execute", Args: []int{3}, URLArg: -1, Display: "openai Client.Execute"},

		// Older majors, same names (v1.12.0, v2.7.1): the main sinks only.
		{Package: openaiV1, Receiver: "ChatCompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.New"},
		{Package: openaiV1, Receiver: "ChatCompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.NewStreaming"},
		{Package: openaiV1, Receiver: "EmbeddingService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Embeddings.New"},
		{Package: openaiV1 + "/responses", Receiver: "ResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Responses.New"},
		{Package: openaiV1 + "/responses", Receiver: "ResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Responses.NewStreaming"},
		{Package: openaiV2, Receiver: "ChatCompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.New"},
		{Package: openaiV2, Receiver: "ChatCompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Chat.Completions.NewStreaming"},
		{Package: openaiV2, Receiver: "EmbeddingService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Embeddings.New"},
		{Package: openaiV2 + "/responses", Receiver: "ResponseService", Name: "New", Args: []int{1}, URLArg: -1, Display: "openai Responses.New"},
		{Package: openaiV2 + "/responses", Receiver: "ResponseService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "openai Responses.NewStreaming"},
	},
})

const (
	openaiV1              = "github.com/openai/openai-go"
	openaiV2              = "github.com/openai/openai-go/v2"
	openaiV3              = "github.com/openai/openai-go/v3"
	openaiV3Responses     = openaiV3 + "/responses"
	openaiV3Conversations = openaiV3 + "/conversations"
)

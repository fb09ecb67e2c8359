package sinks

// anthropicFamily covers the official Anthropic SDK in every major,
// github.com/anthropics/anthropic-sdk-go (checked against v1.84.0 and
// v2.17.0): same type and method names, except that v2 has no legacy
// CompletionService. The bedrock/, vertex/ and foundry/ subpackages
// only configure the same client for other hosts. Only the request body is
// listed, not opts (option.WithJSONSet is not covered). Default host
// api.anthropic.com.
var anthropicFamily = register(Family{
	Name:    "anthropic",
	Kind:    KindAI,
	Hosts:   []string{"api.anthropic.com", "*.services.ai.azure.com"},
	Modules: []string{anthropic},
	// Every method of a service (client.Files, client.Beta.Messages, ...)
	// that takes a params struct sends it as the request body; the
	// entries below name the main ones and those in subpackages.
	Rules: []Rule{{Receiver: "*Service", Param: "*Params"}},
	Entries: []Entry{
		// client.Completions (v1 only): a1 CompletionNewParams.Prompt.
		{Package: anthropic, Receiver: "CompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Completions.New", Until: 1},
		{Package: anthropic, Receiver: "CompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Completions.NewStreaming", Until: 1},
		// client.Messages: a1 MessageNewParams (.Messages, .System, .Metadata).
		{Package: anthropic, Receiver: "MessageService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.New"},
		{Package: anthropic, Receiver: "MessageService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.NewStreaming"},
		{Package: anthropic, Receiver: "MessageService", Name: "CountTokens", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.CountTokens"},
		// client.Messages.Batches: a1 .Requests[].Params.
		{Package: anthropic, Receiver: "MessageBatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.Batches.New"},
		// client.Files, client.Beta.Files: a1 .File (io.Reader).
		{Package: anthropic, Receiver: "FileService", Name: "Upload", Args: []int{1}, URLArg: -1, Display: "anthropic Files.Upload"},
		{Package: anthropic, Receiver: "BetaFileService", Name: "Upload", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Files.Upload"},
		// client.Beta.Messages: a1 BetaMessageNewParams.
		{Package: anthropic, Receiver: "BetaMessageService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.New"},
		{Package: anthropic, Receiver: "BetaMessageService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewStreaming"},
		{Package: anthropic, Receiver: "BetaMessageService", Name: "CountTokens", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.CountTokens"},
		// NewToolRunner(tools, params, opts...) has no ctx: the params
		// (BetaToolRunnerParams embeds BetaMessageNewParams) are a1. The
		// runner sends when it is run; the payload is fixed here.
		{Package: anthropic, Receiver: "BetaMessageService", Name: "NewToolRunner", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewToolRunner"},
		{Package: anthropic, Receiver: "BetaMessageService", Name: "NewToolRunnerStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewToolRunnerStreaming"},
		{Package: anthropic, Receiver: "BetaMessageBatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.Batches.New"},
		// Managed agents: Agents.New a1 (.System, .Description, .Metadata);
		// Sessions.New a1 (.InitialEvents, .Title, .Metadata); Events.Send a2.
		{Package: anthropic, Receiver: "BetaAgentService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Agents.New"},
		{Package: anthropic, Receiver: "BetaSessionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Sessions.New"},
		{Package: anthropic, Receiver: "BetaSessionEventService", Name: "Send", Args: []int{2}, URLArg: -1, Display: "anthropic Beta.Sessions.Events.Send"},
		// Raw requests: the params argument is the JSON body.
		{Package: anthropic, Receiver: "Client", Name: "Post", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Post"},
		{Package: anthropic, Receiver: "Client", Name: "Put", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Put"},
		{Package: anthropic, Receiver: "Client", Name: "Patch", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Patch"},
		{Package: anthropic, Receiver: "Client", Name: "Execute", Args: []int{3}, URLArg: -1, Display: "anthropic Client.Execute"},
	},
})

const anthropic = "github.com/anthropics/anthropic-sdk-go"

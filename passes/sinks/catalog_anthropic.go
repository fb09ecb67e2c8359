package sinks

// anthropicFamily covers the official Anthropic SDK in both majors,
// github.com/anthropics/anthropic-sdk-go (checked against v1.84.0) and
// .../v2 (v2.15.0): same type and method names, except that v2 has no
// legacy CompletionService. The bedrock/, vertex/ and foundry/ subpackages
// only configure the same client for other hosts. Only the request body is
// listed, not opts (option.WithJSONSet is not covered). Default host
// api.anthropic.com.
var anthropicFamily = register(Family{
	Name:    "anthropic",
	Kind:    KindAI,
	Hosts:   []string{"api.anthropic.com", "*.services.ai.azure.com"},
	Modules: []string{anthropicV1, anthropicV2},
	Entries: append(append(anthropicEntries(anthropicV1),
		// client.Completions (v1 only): a1 CompletionNewParams.Prompt.
		Entry{Package: anthropicV1, Receiver: "CompletionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Completions.New"},
		Entry{Package: anthropicV1, Receiver: "CompletionService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Completions.NewStreaming"},
	), anthropicEntries(anthropicV2)...),
})

const (
	anthropicV1 = "github.com/anthropics/anthropic-sdk-go"
	anthropicV2 = "github.com/anthropics/anthropic-sdk-go/v2"
)

// anthropicEntries lists the sinks both majors share, in package pkg.
func anthropicEntries(pkg string) []Entry {
	return []Entry{
		// client.Messages: a1 MessageNewParams (.Messages, .System, .Metadata).
		{Package: pkg, Receiver: "MessageService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.New"},
		{Package: pkg, Receiver: "MessageService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.NewStreaming"},
		{Package: pkg, Receiver: "MessageService", Name: "CountTokens", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.CountTokens"},
		// client.Messages.Batches: a1 .Requests[].Params.
		{Package: pkg, Receiver: "MessageBatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Messages.Batches.New"},
		// client.Files, client.Beta.Files: a1 .File (io.Reader).
		{Package: pkg, Receiver: "FileService", Name: "Upload", Args: []int{1}, URLArg: -1, Display: "anthropic Files.Upload"},
		{Package: pkg, Receiver: "BetaFileService", Name: "Upload", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Files.Upload"},
		// client.Beta.Messages: a1 BetaMessageNewParams.
		{Package: pkg, Receiver: "BetaMessageService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.New"},
		{Package: pkg, Receiver: "BetaMessageService", Name: "NewStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewStreaming"},
		{Package: pkg, Receiver: "BetaMessageService", Name: "CountTokens", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.CountTokens"},
		// NewToolRunner(tools, params, opts...) has no ctx: the params
		// (BetaToolRunnerParams embeds BetaMessageNewParams) are a1. The
		// runner sends when it is run; the payload is fixed here.
		{Package: pkg, Receiver: "BetaMessageService", Name: "NewToolRunner", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewToolRunner"},
		{Package: pkg, Receiver: "BetaMessageService", Name: "NewToolRunnerStreaming", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.NewToolRunnerStreaming"},
		{Package: pkg, Receiver: "BetaMessageBatchService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Messages.Batches.New"},
		// Managed agents: Agents.New a1 (.System, .Description, .Metadata);
		// Sessions.New a1 (.InitialEvents, .Title, .Metadata); Events.Send a2.
		{Package: pkg, Receiver: "BetaAgentService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Agents.New"},
		{Package: pkg, Receiver: "BetaSessionService", Name: "New", Args: []int{1}, URLArg: -1, Display: "anthropic Beta.Sessions.New"},
		{Package: pkg, Receiver: "BetaSessionEventService", Name: "Send", Args: []int{2}, URLArg: -1, Display: "anthropic Beta.Sessions.Events.Send"},
		// Raw requests: the params argument is the JSON body.
		{Package: pkg, Receiver: "Client", Name: "Post", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Post"},
		{Package: pkg, Receiver: "Client", Name: "Put", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Put"},
		{Package: pkg, Receiver: "Client", Name: "Patch", Args: []int{2}, URLArg: -1, Display: "anthropic Client.Patch"},
		{Package: pkg, Receiver: "Client", Name: "Execute", Args: []int{3}, URLArg: -1, Display: "anthropic Client.Execute"},
	}
}

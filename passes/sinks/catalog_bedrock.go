package sinks

// bedrockFamily covers the AWS Bedrock runtime client,
// github.com/aws/aws-sdk-go-v2/service/bedrockruntime (checked against
// v1.63.13). Every operation is a method of *bedrockruntime.Client taking
// (ctx, *XxxInput, optFns...). Host bedrock-runtime.<region>.amazonaws.com.
var bedrockFamily = register(Family{
	Name:    "bedrock",
	Kind:    KindAI,
	Hosts:   []string{"bedrock-runtime.*.amazonaws.com", "bedrock-runtime-fips.*.amazonaws.com", "bedrock-runtime.*.api.aws", "bedrock-mantle.*.api.aws"},
	Modules: []string{bedrockruntime},
	Entries: []Entry{
		// a1 .Body: model-specific JSON bytes.
		{Package: bedrockruntime, Receiver: "Client", Name: "InvokeModel", Args: []int{1}, URLArg: -1, Display: "bedrock InvokeModel"},
		{Package: bedrockruntime, Receiver: "Client", Name: "InvokeModelWithResponseStream", Args: []int{1}, URLArg: -1, Display: "bedrock InvokeModelWithResponseStream"},
		// a1 .Messages, .System, .RequestMetadata, .PromptVariables.
		{Package: bedrockruntime, Receiver: "Client", Name: "Converse", Args: []int{1}, URLArg: -1, Display: "bedrock Converse"},
		{Package: bedrockruntime, Receiver: "Client", Name: "ConverseStream", Args: []int{1}, URLArg: -1, Display: "bedrock ConverseStream"},
		{Package: bedrockruntime, Receiver: "Client", Name: "StartAsyncInvoke", Args: []int{1}, URLArg: -1, Display: "bedrock StartAsyncInvoke"},
		{Package: bedrockruntime, Receiver: "Client", Name: "ApplyGuardrail", Args: []int{1}, URLArg: -1, Display: "bedrock ApplyGuardrail"},
		{Package: bedrockruntime, Receiver: "Client", Name: "InvokeGuardrailChecks", Args: []int{1}, URLArg: -1, Display: "bedrock InvokeGuardrailChecks"},
		{Package: bedrockruntime, Receiver: "Client", Name: "CountTokens", Args: []int{1}, URLArg: -1, Display: "bedrock CountTokens"},
		// The bidirectional stream's input only names the model; the payload
		// leaves through the returned stream's Send (a1 event).
		{Package: bedrockruntime, Receiver: "Client", Name: "InvokeModelWithBidirectionalStream", Args: []int{1}, URLArg: -1, Display: "bedrock InvokeModelWithBidirectionalStream"},
		{Package: bedrockruntime, Receiver: "InvokeModelWithBidirectionalStreamEventStream", Name: "Send", Args: []int{1}, URLArg: -1, Display: "bedrock InvokeModelWithBidirectionalStream.Send"},
	},
})

const bedrockruntime = "github.com/aws/aws-sdk-go-v2/service/bedrockruntime"

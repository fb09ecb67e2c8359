// Stub of github.com/aws/aws-sdk-go-v2/service/bedrockruntime@v1.63.13 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package types

import (
	smithydocument "github.com/aws/smithy-go/document"
)

type noSmithyDocumentSerde = smithydocument.NoSerde

type ConversationRole string

const (
	ConversationRoleUser      ConversationRole = "user"
	ConversationRoleAssistant ConversationRole = "assistant"
	ConversationRoleSystem    ConversationRole = "system"
)

type ContentBlock interface {
	isContentBlock()
}

type ContentBlockMemberText struct {
	Value string

	noSmithyDocumentSerde
}

func (*ContentBlockMemberText) isContentBlock() {}

type Message struct {
	Content []ContentBlock

	Role ConversationRole

	noSmithyDocumentSerde
}

type SystemContentBlock interface {
	isSystemContentBlock()
}

type SystemContentBlockMemberText struct {
	Value string

	noSmithyDocumentSerde
}

func (*SystemContentBlockMemberText) isSystemContentBlock() {}

type InferenceConfiguration struct {
	MaxTokens   *int32
	Temperature *float32

	noSmithyDocumentSerde
}

type PromptVariableValues interface {
	isPromptVariableValues()
}

type PromptVariableValuesMemberText struct {
	Value string

	noSmithyDocumentSerde
}

func (*PromptVariableValuesMemberText) isPromptVariableValues() {}

type ConverseOutput interface {
	isConverseOutput()
}

type ConverseOutputMemberMessage struct {
	Value Message

	noSmithyDocumentSerde
}

func (*ConverseOutputMemberMessage) isConverseOutput() {}

type AsyncInvokeOutputDataConfig interface {
	isAsyncInvokeOutputDataConfig()
}

type GuardrailContentBlock interface {
	isGuardrailContentBlock()
}

type GuardrailTextBlock struct {
	Text *string

	noSmithyDocumentSerde
}

type GuardrailContentBlockMemberText struct {
	Value GuardrailTextBlock

	noSmithyDocumentSerde
}

func (*GuardrailContentBlockMemberText) isGuardrailContentBlock() {}

type GuardrailContentSource string

const (
	GuardrailContentSourceInput  GuardrailContentSource = "INPUT"
	GuardrailContentSourceOutput GuardrailContentSource = "OUTPUT"
)

type CountTokensInput interface {
	isCountTokensInput()
}

type ConverseTokensRequest struct {
	Messages []Message

	System []SystemContentBlock

	noSmithyDocumentSerde
}

type CountTokensInputMemberConverse struct {
	Value ConverseTokensRequest

	noSmithyDocumentSerde
}

func (*CountTokensInputMemberConverse) isCountTokensInput() {}

type GuardrailChecksRole string

type GuardrailChecksContentBlock interface {
	isGuardrailChecksContentBlock()
}

type GuardrailChecksMessage struct {
	Content []GuardrailChecksContentBlock

	Role GuardrailChecksRole

	noSmithyDocumentSerde
}

type InvokeModelWithBidirectionalStreamInput interface {
	isInvokeModelWithBidirectionalStreamInput()
}

type BidirectionalInputPayloadPart struct {
	Bytes []byte

	noSmithyDocumentSerde
}

type InvokeModelWithBidirectionalStreamInputMemberChunk struct {
	Value BidirectionalInputPayloadPart

	noSmithyDocumentSerde
}

func (*InvokeModelWithBidirectionalStreamInputMemberChunk) isInvokeModelWithBidirectionalStreamInput() {
}

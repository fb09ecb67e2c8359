// Stub of github.com/aws/aws-sdk-go-v2/service/bedrockruntime@v1.63.13 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package bedrockruntime

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/document"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
	smithydocument "github.com/aws/smithy-go/document"
)

type noSmithyDocumentSerde = smithydocument.NoSerde

type Options struct {
	BaseEndpoint *string
	Region       string
}

type Client struct {
	options Options
}

func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region, BaseEndpoint: cfg.BaseEndpoint}, optFns...)
}

func (c *Client) Options() Options { return c.options }

// InvokeModel.

type InvokeModelInput struct {
	ModelId         *string
	Accept          *string
	Body            []byte
	ContentType     *string
	RequestMetadata *string

	noSmithyDocumentSerde
}

type InvokeModelOutput struct {
	Body        []byte
	ContentType *string

	noSmithyDocumentSerde
}

func (c *Client) InvokeModel(ctx context.Context, params *InvokeModelInput, optFns ...func(*Options)) (*InvokeModelOutput, error) {
	return &InvokeModelOutput{}, nil
}

type InvokeModelWithResponseStreamInput struct {
	ModelId         *string
	Accept          *string
	Body            []byte
	ContentType     *string
	RequestMetadata *string

	noSmithyDocumentSerde
}

type InvokeModelWithResponseStreamOutput struct {
	ContentType *string

	noSmithyDocumentSerde
}

func (c *Client) InvokeModelWithResponseStream(ctx context.Context, params *InvokeModelWithResponseStreamInput, optFns ...func(*Options)) (*InvokeModelWithResponseStreamOutput, error) {
	return &InvokeModelWithResponseStreamOutput{}, nil
}

type InvokeModelWithBidirectionalStreamInput struct {
	ModelId *string

	noSmithyDocumentSerde
}

type InvokeModelWithBidirectionalStreamOutput struct {
	eventStream *InvokeModelWithBidirectionalStreamEventStream
}

func (o *InvokeModelWithBidirectionalStreamOutput) GetStream() *InvokeModelWithBidirectionalStreamEventStream {
	return o.eventStream
}

type InvokeModelWithBidirectionalStreamEventStream struct {
	closed bool
}

func (es *InvokeModelWithBidirectionalStreamEventStream) Send(ctx context.Context, event types.InvokeModelWithBidirectionalStreamInput) error {
	return nil
}

func (es *InvokeModelWithBidirectionalStreamEventStream) Close() error { return nil }

func (c *Client) InvokeModelWithBidirectionalStream(ctx context.Context, params *InvokeModelWithBidirectionalStreamInput, optFns ...func(*Options)) (*InvokeModelWithBidirectionalStreamOutput, error) {
	return &InvokeModelWithBidirectionalStreamOutput{eventStream: &InvokeModelWithBidirectionalStreamEventStream{}}, nil
}

// Converse.

type ConverseInput struct {
	ModelId         *string
	InferenceConfig *types.InferenceConfiguration
	Messages        []types.Message
	PromptVariables map[string]types.PromptVariableValues
	RequestMetadata map[string]string
	System          []types.SystemContentBlock

	noSmithyDocumentSerde
}

type ConverseOutput struct {
	Output types.ConverseOutput

	noSmithyDocumentSerde
}

func (c *Client) Converse(ctx context.Context, params *ConverseInput, optFns ...func(*Options)) (*ConverseOutput, error) {
	return &ConverseOutput{}, nil
}

type ConverseStreamInput struct {
	ModelId         *string
	InferenceConfig *types.InferenceConfiguration
	Messages        []types.Message
	PromptVariables map[string]types.PromptVariableValues
	RequestMetadata map[string]string
	System          []types.SystemContentBlock

	noSmithyDocumentSerde
}

type ConverseStreamOutput struct {
	noSmithyDocumentSerde
}

func (c *Client) ConverseStream(ctx context.Context, params *ConverseStreamInput, optFns ...func(*Options)) (*ConverseStreamOutput, error) {
	return &ConverseStreamOutput{}, nil
}

// Async invoke, guardrails, token counting.

type StartAsyncInvokeInput struct {
	ModelId            *string
	ModelInput         document.Interface
	OutputDataConfig   types.AsyncInvokeOutputDataConfig
	ClientRequestToken *string

	noSmithyDocumentSerde
}

type StartAsyncInvokeOutput struct {
	InvocationArn *string

	noSmithyDocumentSerde
}

func (c *Client) StartAsyncInvoke(ctx context.Context, params *StartAsyncInvokeInput, optFns ...func(*Options)) (*StartAsyncInvokeOutput, error) {
	return &StartAsyncInvokeOutput{}, nil
}

type ApplyGuardrailInput struct {
	Content             []types.GuardrailContentBlock
	GuardrailIdentifier *string
	GuardrailVersion    *string
	Source              types.GuardrailContentSource

	noSmithyDocumentSerde
}

type ApplyGuardrailOutput struct {
	noSmithyDocumentSerde
}

func (c *Client) ApplyGuardrail(ctx context.Context, params *ApplyGuardrailInput, optFns ...func(*Options)) (*ApplyGuardrailOutput, error) {
	return &ApplyGuardrailOutput{}, nil
}

type InvokeGuardrailChecksInput struct {
	Messages []types.GuardrailChecksMessage

	noSmithyDocumentSerde
}

type InvokeGuardrailChecksOutput struct {
	noSmithyDocumentSerde
}

func (c *Client) InvokeGuardrailChecks(ctx context.Context, params *InvokeGuardrailChecksInput, optFns ...func(*Options)) (*InvokeGuardrailChecksOutput, error) {
	return &InvokeGuardrailChecksOutput{}, nil
}

type CountTokensInput struct {
	Input   types.CountTokensInput
	ModelId *string

	noSmithyDocumentSerde
}

type CountTokensOutput struct {
	InputTokens *int32

	noSmithyDocumentSerde
}

func (c *Client) CountTokens(ctx context.Context, params *CountTokensInput, optFns ...func(*Options)) (*CountTokensOutput, error) {
	return &CountTokensOutput{}, nil
}

// Package generativeaiinference is a stub of
// github.com/oracle/oci-go-sdk/v65/generativeaiinference (v65.131.0):
// the client's operations and the request types they take, with their
// real signatures and the fields of the bodies that carry text.
package generativeaiinference

import (
	"context"
	"net/http"

	"github.com/oracle/oci-go-sdk/v65/common"
)

// GenerativeAiInferenceClient calls the OCI Generative AI inference API.
type GenerativeAiInferenceClient struct {
	common.BaseClient
	config *common.ConfigurationProvider
}

func NewGenerativeAiInferenceClientWithConfigurationProvider(configProvider common.ConfigurationProvider) (client GenerativeAiInferenceClient, err error) {
	return
}

func (client GenerativeAiInferenceClient) ApplyGuardrails(ctx context.Context, request ApplyGuardrailsRequest) (response ApplyGuardrailsResponse, err error) {
	return
}

func (client GenerativeAiInferenceClient) Chat(ctx context.Context, request ChatRequest) (response ChatResponse, err error) {
	return
}

func (client GenerativeAiInferenceClient) EmbedText(ctx context.Context, request EmbedTextRequest) (response EmbedTextResponse, err error) {
	return
}

func (client GenerativeAiInferenceClient) GenerateText(ctx context.Context, request GenerateTextRequest) (response GenerateTextResponse, err error) {
	return
}

func (client GenerativeAiInferenceClient) RerankText(ctx context.Context, request RerankTextRequest) (response RerankTextResponse, err error) {
	return
}

func (client GenerativeAiInferenceClient) SummarizeText(ctx context.Context, request SummarizeTextRequest) (response SummarizeTextResponse, err error) {
	return
}

type ChatRequest struct {
	ChatDetails     `contributesTo:"body"`
	OpcRetryToken   *string `mandatory:"false" contributesTo:"header" name:"opc-retry-token"`
	OpcRequestId    *string `mandatory:"false" contributesTo:"header" name:"opc-request-id"`
	RequestMetadata common.RequestMetadata
}

type ChatResponse struct {
	RawResponse *http.Response
	ChatResult  `presentIn:"body"`
}

type ChatResult struct {
	ModelId *string `mandatory:"true" json:"modelId"`
}

type ChatDetails struct {
	CompartmentId *string         `mandatory:"true" json:"compartmentId"`
	ServingMode   ServingMode     `mandatory:"true" json:"servingMode"`
	ChatRequest   BaseChatRequest `mandatory:"true" json:"chatRequest"`
}

type ServingMode interface{}

// OnDemandServingMode runs a pretrained model.
type OnDemandServingMode struct {
	ModelId *string `mandatory:"true" json:"modelId"`
}

type BaseChatRequest interface{}

// CohereChatRequest is a chat request to a Cohere model.
type CohereChatRequest struct {
	Message *string `mandatory:"true" json:"message"`
}

// GenericChatRequest is a chat request to the other models.
type GenericChatRequest struct {
	Messages []Message `mandatory:"false" json:"messages"`
}

type Message interface{}

type UserMessage struct {
	Content []ChatContent `mandatory:"false" json:"content"`
	Name    *string       `mandatory:"false" json:"name"`
}

type ChatContent interface{}

type TextContent struct {
	Text *string `mandatory:"false" json:"text"`
}

type GenerateTextRequest struct {
	GenerateTextDetails `contributesTo:"body"`
	RequestMetadata     common.RequestMetadata
}

type GenerateTextResponse struct {
	RawResponse *http.Response
}

type GenerateTextDetails struct {
	CompartmentId    *string             `mandatory:"true" json:"compartmentId"`
	ServingMode      ServingMode         `mandatory:"true" json:"servingMode"`
	InferenceRequest LlmInferenceRequest `mandatory:"true" json:"inferenceRequest"`
}

type LlmInferenceRequest interface{}

// CohereLlmInferenceRequest is a prompt to a Cohere model.
type CohereLlmInferenceRequest struct {
	Prompt *string `mandatory:"true" json:"prompt"`
}

type SummarizeTextRequest struct {
	SummarizeTextDetails `contributesTo:"body"`
	RequestMetadata      common.RequestMetadata
}

type SummarizeTextResponse struct {
	RawResponse *http.Response
}

type SummarizeTextDetails struct {
	Input         *string     `mandatory:"true" json:"input"`
	ServingMode   ServingMode `mandatory:"true" json:"servingMode"`
	CompartmentId *string     `mandatory:"true" json:"compartmentId"`
}

type EmbedTextRequest struct {
	EmbedTextDetails `contributesTo:"body"`
	RequestMetadata  common.RequestMetadata
}

type EmbedTextResponse struct {
	RawResponse *http.Response
}

type EmbedTextDetails struct {
	ServingMode   ServingMode `mandatory:"true" json:"servingMode"`
	CompartmentId *string     `mandatory:"true" json:"compartmentId"`
	Inputs        []string    `mandatory:"false" json:"inputs"`
}

type RerankTextRequest struct {
	RerankTextDetails `contributesTo:"body"`
	RequestMetadata   common.RequestMetadata
}

type RerankTextResponse struct {
	RawResponse *http.Response
}

type RerankTextDetails struct {
	Input         *string     `mandatory:"true" json:"input"`
	CompartmentId *string     `mandatory:"true" json:"compartmentId"`
	ServingMode   ServingMode `mandatory:"true" json:"servingMode"`
	Documents     []string    `mandatory:"true" json:"documents"`
}

type ApplyGuardrailsRequest struct {
	ApplyGuardrailsDetails `contributesTo:"body"`
	RequestMetadata        common.RequestMetadata
}

type ApplyGuardrailsResponse struct {
	RawResponse *http.Response
}

type ApplyGuardrailsDetails struct {
	Input         GuardrailsInput `mandatory:"true" json:"input"`
	CompartmentId *string         `mandatory:"true" json:"compartmentId"`
}

type GuardrailsInput interface{}

// GuardrailsTextInput is text to check.
type GuardrailsTextInput struct {
	Content *string `mandatory:"true" json:"content"`
}

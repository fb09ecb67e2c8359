// Package huggingface is a stub of github.com/hupe1980/go-huggingface
// (v0.0.15): the client, its tasks and their requests, with their real
// signatures.
package huggingface

import (
	"context"
	"net/http"
)

type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

type InferenceClientOptions struct {
	Model             string
	Endpoint          string
	InferenceEndpoint string
	HTTPClient        HTTPClient
}

type InferenceClient struct {
	httpClient HTTPClient
	token      string
	opts       InferenceClientOptions
}

func NewInferenceClient(token string, optFns ...func(o *InferenceClientOptions)) *InferenceClient {
	return &InferenceClient{token: token}
}

func (ic *InferenceClient) SetModel(model string) {}

type Options struct {
	UseGPU       *bool `json:"use_gpu,omitempty"`
	UseCache     *bool `json:"use_cache,omitempty"`
	WaitForModel *bool `json:"wait_for_model,omitempty"`
}

type ConverstationalInputs struct {
	Text               string   `json:"text"`
	GeneratedResponses []string `json:"generated_responses,omitempty"`
	PastUserInputs     []string `json:"past_user_inputs,omitempty"`
}

type ConversationalRequest struct {
	Inputs  ConverstationalInputs `json:"inputs,omitempty"`
	Options Options               `json:"options,omitempty"`
	Model   string                `json:"-"`
}

type ConversationalResponse struct {
	GeneratedText string `json:"generated_text,omitempty"`
}

func (ic *InferenceClient) Conversational(ctx context.Context, req *ConversationalRequest) (*ConversationalResponse, error) {
	return nil, nil
}

type FeatureExtractionRequest struct {
	Inputs  []string `json:"inputs"`
	Options Options  `json:"options,omitempty"`
	Model   string   `json:"-"`
}

type FeatureExtractionResponse []float64

type FeatureExtractionWithAutomaticReductionResponse [][]float32

func (ic *InferenceClient) FeatureExtraction(ctx context.Context, req *FeatureExtractionRequest) (FeatureExtractionResponse, error) {
	return nil, nil
}

func (ic *InferenceClient) FeatureExtractionWithAutomaticReduction(ctx context.Context, req *FeatureExtractionRequest) (FeatureExtractionWithAutomaticReductionResponse, error) {
	return nil, nil
}

type FillMaskRequest struct {
	Inputs  []string `json:"inputs"`
	Options Options  `json:"options,omitempty"`
	Model   string   `json:"-"`
}

type FillMaskResponse []struct {
	Sequence string `json:"sequence,omitempty"`
}

func (ic *InferenceClient) FillMask(ctx context.Context, req *FillMaskRequest) (FillMaskResponse, error) {
	return nil, nil
}

type QuestionAnsweringInputs struct {
	Question string `json:"question,omitempty"`
	Context  string `json:"context,omitempty"`
}

type QuestionAnsweringRequest struct {
	Inputs  QuestionAnsweringInputs `json:"inputs,omitempty"`
	Options Options                 `json:"options,omitempty"`
	Model   string                  `json:"-"`
}

type QuestionAnsweringResponse struct {
	Answer string `json:"answer,omitempty"`
}

func (ic *InferenceClient) QuestionAnswering(ctx context.Context, req *QuestionAnsweringRequest) (*QuestionAnsweringResponse, error) {
	return nil, nil
}

type SentenceSimilarityInputs struct {
	SourceSentence string   `json:"source_sentence"`
	Sentences      []string `json:"sentences"`
}

type SentenceSimilarityRequest struct {
	Inputs  SentenceSimilarityInputs `json:"inputs,omitempty"`
	Options Options                  `json:"options,omitempty"`
	Model   string                   `json:"-"`
}

type SentenceSimilarityResponse []float64

func (ic *InferenceClient) SentenceSimilarity(ctx context.Context, req *SentenceSimilarityRequest) (SentenceSimilarityResponse, error) {
	return nil, nil
}

type SummarizationParameters struct {
	MinLength *int `json:"min_length,omitempty"`
	MaxLength *int `json:"max_length,omitempty"`
}

type SummarizationRequest struct {
	Inputs     []string                `json:"inputs"`
	Parameters SummarizationParameters `json:"parameters,omitempty"`
	Options    Options                 `json:"options,omitempty"`
	Model      string                  `json:"-"`
}

type SummarizationResponse []struct {
	SummaryText string `json:"summary_text,omitempty"`
}

func (ic *InferenceClient) Summarization(ctx context.Context, req *SummarizationRequest) (SummarizationResponse, error) {
	return nil, nil
}

type TableQuestionAnsweringInputs struct {
	Query string              `json:"query"`
	Table map[string][]string `json:"table"`
}

type TableQuestionAnsweringRequest struct {
	Inputs  TableQuestionAnsweringInputs `json:"inputs"`
	Options Options                      `json:"options,omitempty"`
	Model   string                       `json:"-"`
}

type TableQuestionAnsweringResponse struct {
	Answer string `json:"answer,omitempty"`
}

func (ic *InferenceClient) TableQuestionAnswering(ctx context.Context, req *TableQuestionAnsweringRequest) (*TableQuestionAnsweringResponse, error) {
	return nil, nil
}

type Text2TextGenerationRequest struct {
	Inputs  string  `json:"inputs"`
	Options Options `json:"options,omitempty"`
	Model   string  `json:"-"`
}

type Text2TextGenerationResponse []struct {
	GeneratedText string `json:"generated_text,omitempty"`
}

func (ic *InferenceClient) Text2TextGeneration(ctx context.Context, req *Text2TextGenerationRequest) (Text2TextGenerationResponse, error) {
	return nil, nil
}

type TextClassificationRequest struct {
	Inputs  string  `json:"inputs"`
	Options Options `json:"options,omitempty"`
	Model   string  `json:"-"`
}

type TextClassificationResponse [][]struct {
	Label string  `json:"label,omitempty"`
	Score float32 `json:"score,omitempty"`
}

func (ic *InferenceClient) TextClassification(ctx context.Context, req *TextClassificationRequest) (TextClassificationResponse, error) {
	return nil, nil
}

type TextGenerationRequest struct {
	Inputs  string  `json:"inputs"`
	Options Options `json:"options,omitempty"`
	Model   string  `json:"-"`
}

type TextGenerationResponse []struct {
	GeneratedText string `json:"generated_text,omitempty"`
}

func (ic *InferenceClient) TextGeneration(ctx context.Context, req *TextGenerationRequest) (TextGenerationResponse, error) {
	return nil, nil
}

type TokenClassificationRequest struct {
	Inputs  string  `json:"inputs"`
	Options Options `json:"options,omitempty"`
	Model   string  `json:"-"`
}

type TokenClassificationResponse []struct {
	Word string `json:"word,omitempty"`
}

func (ic *InferenceClient) TokenClassification(ctx context.Context, req *TokenClassificationRequest) (TokenClassificationResponse, error) {
	return nil, nil
}

type TranslationRequest struct {
	Inputs  []string `json:"inputs"`
	Options Options  `json:"options,omitempty"`
	Model   string   `json:"-"`
}

type TranslationResponse []struct {
	TranslationText string `json:"translation_text"`
}

func (ic *InferenceClient) Translation(ctx context.Context, req *TranslationRequest) (TranslationResponse, error) {
	return nil, nil
}

type ZeroShotClassificationParameters struct {
	CandidateLabels []string `json:"candidate_labels"`
}

type ZeroShotClassificationRequest struct {
	Inputs     []string                         `json:"inputs"`
	Parameters ZeroShotClassificationParameters `json:"parameters,omitempty"`
	Options    Options                          `json:"options,omitempty"`
	Model      string                           `json:"-"`
}

type ZeroShotClassificationResponse []struct {
	Sequence string `json:"sequence,omitempty"`
}

func (ic *InferenceClient) ZeroShotClassification(ctx context.Context, req *ZeroShotClassificationRequest) (ZeroShotClassificationResponse, error) {
	return nil, nil
}

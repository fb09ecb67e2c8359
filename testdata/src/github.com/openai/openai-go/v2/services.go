// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openai

import (
	"context"
	"io"
	"net/http"

	"github.com/openai/openai-go/v2/option"
	"github.com/openai/openai-go/v2/packages/param"
	"github.com/openai/openai-go/v2/packages/ssestream"
	"github.com/openai/openai-go/v2/shared"
)

// Completions (legacy).

type CompletionService struct {
	Options []option.RequestOption
}

func (r *CompletionService) New(ctx context.Context, body CompletionNewParams, opts ...option.RequestOption) (res *Completion, err error) {
	return &Completion{}, nil
}

func (r *CompletionService) NewStreaming(ctx context.Context, body CompletionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[Completion]) {
	return &ssestream.Stream[Completion]{}
}

type CompletionNewParams struct {
	Prompt CompletionNewParamsPromptUnion `json:"prompt,omitzero" api:"required"`
	Model  CompletionNewParamsModel       `json:"model,omitzero" api:"required"`
	Suffix param.Opt[string]              `json:"suffix,omitzero"`
	User   param.Opt[string]              `json:"user,omitzero"`
	paramObj
}

type CompletionNewParamsPromptUnion struct {
	OfString         param.Opt[string] `json:",omitzero,inline"`
	OfArrayOfStrings []string          `json:",omitzero,inline"`
	paramUnion
}

type CompletionNewParamsModel string

type Completion struct {
	ID string `json:"id" api:"required"`
}

// Embeddings.

type EmbeddingService struct {
	Options []option.RequestOption
}

func (r *EmbeddingService) New(ctx context.Context, body EmbeddingNewParams, opts ...option.RequestOption) (res *CreateEmbeddingResponse, err error) {
	return &CreateEmbeddingResponse{}, nil
}

type EmbeddingModel = string

const EmbeddingModelTextEmbedding3Small EmbeddingModel = "text-embedding-3-small"

type EmbeddingNewParams struct {
	Input EmbeddingNewParamsInputUnion `json:"input,omitzero" api:"required"`
	Model EmbeddingModel               `json:"model,omitzero" api:"required"`
	User  param.Opt[string]            `json:"user,omitzero"`
	paramObj
}

type EmbeddingNewParamsInputUnion struct {
	OfString         param.Opt[string] `json:",omitzero,inline"`
	OfArrayOfStrings []string          `json:",omitzero,inline"`
	paramUnion
}

type CreateEmbeddingResponse struct {
	Data  []Embedding `json:"data" api:"required"`
	Model string      `json:"model" api:"required"`
}

type Embedding struct {
	Embedding []float64 `json:"embedding" api:"required"`
	Index     int64     `json:"index" api:"required"`
}

// Files and uploads.

type FileService struct {
	Options []option.RequestOption
}

func (r *FileService) New(ctx context.Context, body FileNewParams, opts ...option.RequestOption) (res *FileObject, err error) {
	return &FileObject{}, nil
}

type FilePurpose string

const (
	FilePurposeAssistants FilePurpose = "assistants"
	FilePurposeUserData   FilePurpose = "user_data"
)

type FileNewParams struct {
	File    io.Reader   `json:"file,omitzero" api:"required" format:"binary"`
	Purpose FilePurpose `json:"purpose,omitzero" api:"required"`
	paramObj
}

type FileObject struct {
	ID string `json:"id" api:"required"`
}

type UploadService struct {
	Options []option.RequestOption
	Parts   UploadPartService
}

type UploadPartService struct {
	Options []option.RequestOption
}

func (r *UploadPartService) New(ctx context.Context, uploadID string, body UploadPartNewParams, opts ...option.RequestOption) (res *UploadPart, err error) {
	return &UploadPart{}, nil
}

type UploadPartNewParams struct {
	Data io.Reader `json:"data,omitzero" api:"required" format:"binary"`
	paramObj
}

type UploadPart struct {
	ID string `json:"id" api:"required"`
}

// Batches and fine-tuning.

type BatchService struct {
	Options []option.RequestOption
}

func (r *BatchService) New(ctx context.Context, body BatchNewParams, opts ...option.RequestOption) (res *Batch, err error) {
	return &Batch{}, nil
}

type BatchNewParamsCompletionWindow string

type BatchNewParamsEndpoint string

type BatchNewParams struct {
	CompletionWindow BatchNewParamsCompletionWindow `json:"completion_window,omitzero" api:"required"`
	Endpoint         BatchNewParamsEndpoint         `json:"endpoint,omitzero" api:"required"`
	InputFileID      string                         `json:"input_file_id" api:"required"`
	Metadata         shared.Metadata                `json:"metadata,omitzero"`
	paramObj
}

type Batch struct {
	ID string `json:"id" api:"required"`
}

type FineTuningService struct {
	Options []option.RequestOption
	Jobs    FineTuningJobService
}

type FineTuningJobService struct {
	Options []option.RequestOption
}

func (r *FineTuningJobService) New(ctx context.Context, body FineTuningJobNewParams, opts ...option.RequestOption) (res *FineTuningJob, err error) {
	return &FineTuningJob{}, nil
}

type FineTuningJobNewParamsModel string

type FineTuningJobNewParams struct {
	Model          FineTuningJobNewParamsModel `json:"model,omitzero" api:"required"`
	TrainingFile   string                      `json:"training_file" api:"required"`
	Suffix         param.Opt[string]           `json:"suffix,omitzero"`
	ValidationFile param.Opt[string]           `json:"validation_file,omitzero"`
	Metadata       shared.Metadata             `json:"metadata,omitzero"`
	paramObj
}

type FineTuningJob struct {
	ID string `json:"id" api:"required"`
}

// Moderations.

type ModerationService struct {
	Options []option.RequestOption
}

func (r *ModerationService) New(ctx context.Context, body ModerationNewParams, opts ...option.RequestOption) (res *ModerationNewResponse, err error) {
	return &ModerationNewResponse{}, nil
}

type ModerationModel = string

type ModerationNewParams struct {
	Input ModerationNewParamsInputUnion `json:"input,omitzero" api:"required"`
	Model ModerationModel               `json:"model,omitzero"`
	paramObj
}

type ModerationNewParamsInputUnion struct {
	OfString      param.Opt[string] `json:",omitzero,inline"`
	OfStringArray []string          `json:",omitzero,inline"`
	paramUnion
}

type ModerationNewResponse struct {
	ID string `json:"id" api:"required"`
}

// Images.

type ImageService struct {
	Options []option.RequestOption
}

func (r *ImageService) NewVariation(ctx context.Context, body ImageNewVariationParams, opts ...option.RequestOption) (res *ImagesResponse, err error) {
	return &ImagesResponse{}, nil
}

func (r *ImageService) Edit(ctx context.Context, body ImageEditParams, opts ...option.RequestOption) (res *ImagesResponse, err error) {
	return &ImagesResponse{}, nil
}

func (r *ImageService) EditStreaming(ctx context.Context, body ImageEditParams, opts ...option.RequestOption) (stream *ssestream.Stream[ImageEditStreamEventUnion]) {
	return &ssestream.Stream[ImageEditStreamEventUnion]{}
}

func (r *ImageService) Generate(ctx context.Context, body ImageGenerateParams, opts ...option.RequestOption) (res *ImagesResponse, err error) {
	return &ImagesResponse{}, nil
}

func (r *ImageService) GenerateStreaming(ctx context.Context, body ImageGenerateParams, opts ...option.RequestOption) (stream *ssestream.Stream[ImageGenStreamEventUnion]) {
	return &ssestream.Stream[ImageGenStreamEventUnion]{}
}

type ImageModel = string

type ImageGenerateParams struct {
	Prompt string            `json:"prompt" api:"required"`
	User   param.Opt[string] `json:"user,omitzero"`
	Model  ImageModel        `json:"model,omitzero"`
	paramObj
}

type ImageEditParams struct {
	Image  ImageEditParamsImageUnion `json:"image,omitzero" api:"required" format:"binary"`
	Prompt string                    `json:"prompt" api:"required"`
	Model  ImageModel                `json:"model,omitzero"`
	Mask   io.Reader                 `json:"mask,omitzero" format:"binary"`
	paramObj
}

type ImageEditParamsImageUnion struct {
	OfFile      io.Reader   `json:",omitzero,inline"`
	OfFileArray []io.Reader `json:",omitzero,inline"`
	paramUnion
}

type ImageNewVariationParams struct {
	Image io.Reader         `json:"image,omitzero" api:"required" format:"binary"`
	User  param.Opt[string] `json:"user,omitzero"`
	Model ImageModel        `json:"model,omitzero"`
	paramObj
}

type ImagesResponse struct {
	Created int64 `json:"created" api:"required"`
}

type ImageEditStreamEventUnion struct {
	Type string `json:"type"`
}

type ImageGenStreamEventUnion struct {
	Type string `json:"type"`
}

// Audio.

type AudioService struct {
	Options        []option.RequestOption
	Transcriptions AudioTranscriptionService
	Translations   AudioTranslationService
	Speech         AudioSpeechService
}

type AudioModel = string

type SpeechModel = string

type AudioTranscriptionService struct {
	Options []option.RequestOption
}

func (r *AudioTranscriptionService) New(ctx context.Context, body AudioTranscriptionNewParams, opts ...option.RequestOption) (res *AudioTranscriptionNewResponseUnion, err error) {
	return &AudioTranscriptionNewResponseUnion{}, nil
}

func (r *AudioTranscriptionService) NewStreaming(ctx context.Context, body AudioTranscriptionNewParams, opts ...option.RequestOption) (stream *ssestream.Stream[TranscriptionStreamEventUnion]) {
	return &ssestream.Stream[TranscriptionStreamEventUnion]{}
}

type AudioTranscriptionNewParams struct {
	File   io.Reader         `json:"file,omitzero" api:"required" format:"binary"`
	Model  AudioModel        `json:"model,omitzero" api:"required"`
	Prompt param.Opt[string] `json:"prompt,omitzero"`
	paramObj
}

type AudioTranscriptionNewResponseUnion struct {
	Text string `json:"text"`
}

type TranscriptionStreamEventUnion struct {
	Delta string `json:"delta"`
}

type AudioTranslationService struct {
	Options []option.RequestOption
}

func (r *AudioTranslationService) New(ctx context.Context, body AudioTranslationNewParams, opts ...option.RequestOption) (res *Translation, err error) {
	return &Translation{}, nil
}

type AudioTranslationNewParams struct {
	File   io.Reader         `json:"file,omitzero" api:"required" format:"binary"`
	Model  AudioModel        `json:"model,omitzero" api:"required"`
	Prompt param.Opt[string] `json:"prompt,omitzero"`
	paramObj
}

type Translation struct {
	Text string `json:"text" api:"required"`
}

type AudioSpeechService struct {
	Options []option.RequestOption
}

func (r *AudioSpeechService) New(ctx context.Context, body AudioSpeechNewParams, opts ...option.RequestOption) (res *http.Response, err error) {
	return &http.Response{}, nil
}

type AudioSpeechNewParams struct {
	Input        string            `json:"input" api:"required"`
	Model        SpeechModel       `json:"model,omitzero" api:"required"`
	Instructions param.Opt[string] `json:"instructions,omitzero"`
	paramObj
}

// Vector stores.

type VectorStoreService struct {
	Options     []option.RequestOption
	Files       VectorStoreFileService
	FileBatches VectorStoreFileBatchService
}

type VectorStoreFileService struct {
	Options []option.RequestOption
}

func (r *VectorStoreFileService) Upload(ctx context.Context, vectorStoreID string, body FileNewParams, opts ...option.RequestOption) (*VectorStoreFile, error) {
	return &VectorStoreFile{}, nil
}

func (r *VectorStoreFileService) UploadAndPoll(ctx context.Context, vectorStoreID string, body FileNewParams, pollIntervalMs int, opts ...option.RequestOption) (*VectorStoreFile, error) {
	return &VectorStoreFile{}, nil
}

type VectorStoreFile struct {
	ID string `json:"id" api:"required"`
}

type VectorStoreFileBatchService struct {
	Options []option.RequestOption
}

func (r *VectorStoreFileBatchService) UploadAndPoll(ctx context.Context, vectorStoreID string, files []FileNewParams, fileIDs []string, pollIntervalMs int, opts ...option.RequestOption) (*VectorStoreFileBatch, error) {
	return &VectorStoreFileBatch{}, nil
}

type VectorStoreFileBatch struct {
	ID string `json:"id" api:"required"`
}

// Stub of google.golang.org/genai@v1.77.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package genai

type Role string

const (
	RoleUser  = "user"
	RoleModel = "model"
)

func roleString(role Role) string {
	if role == "" {
		return "user"
	}
	return string(role)
}

type Blob struct {
	Data        []byte `json:"data,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	MIMEType    string `json:"mimeType,omitempty"`
}

type Part struct {
	InlineData *Blob  `json:"inlineData,omitempty"`
	Text       string `json:"text,omitempty"`
	Thought    bool   `json:"thought,omitempty"`
}

type Content struct {
	Parts []*Part `json:"parts,omitempty"`
	Role  string  `json:"role,omitempty"`
}

func NewPartFromText(text string) *Part {
	return &Part{
		Text: text,
	}
}

func NewPartFromBytes(data []byte, mimeType string) *Part {
	return &Part{
		InlineData: &Blob{
			Data:     data,
			MIMEType: mimeType,
		},
	}
}

func NewContentFromParts(parts []*Part, role Role) *Content {
	return &Content{
		Parts: parts,
		Role:  roleString(role),
	}
}

func NewContentFromText(text string, role Role) *Content {
	return &Content{
		Parts: []*Part{
			NewPartFromText(text),
		},
		Role: roleString(role),
	}
}

func NewContentFromBytes(data []byte, mimeType string, role Role) *Content {
	return &Content{
		Parts: []*Part{
			NewPartFromBytes(data, mimeType),
		},
		Role: roleString(role),
	}
}

func Text(text string) []*Content {
	return []*Content{{
		Role:  RoleUser,
		Parts: []*Part{{Text: text}},
	}}
}

type GenerateContentConfig struct {
	HTTPOptions       *HTTPOptions      `json:"httpOptions,omitempty"`
	SystemInstruction *Content          `json:"systemInstruction,omitempty"`
	Temperature       *float32          `json:"temperature,omitempty"`
	MaxOutputTokens   int32             `json:"maxOutputTokens,omitempty"`
	Labels            map[string]string `json:"labels,omitempty"`
	CachedContent     string            `json:"cachedContent,omitempty"`
}

type FinishReason string

const FinishReasonStop FinishReason = "STOP"

type Candidate struct {
	Content      *Content     `json:"content,omitempty"`
	FinishReason FinishReason `json:"finishReason,omitempty"`
}

type GenerateContentResponse struct {
	Candidates   []*Candidate `json:"candidates,omitempty"`
	ModelVersion string       `json:"modelVersion,omitempty"`
	ResponseID   string       `json:"responseId,omitempty"`
}

func (r *GenerateContentResponse) Text() string {
	if len(r.Candidates) == 0 || r.Candidates[0].Content == nil || len(r.Candidates[0].Content.Parts) == 0 {
		return ""
	}
	return r.Candidates[0].Content.Parts[0].Text
}

type CountTokensConfig struct {
	HTTPOptions       *HTTPOptions `json:"httpOptions,omitempty"`
	SystemInstruction *Content     `json:"systemInstruction,omitempty"`
}

type CountTokensResponse struct {
	TotalTokens int32 `json:"totalTokens,omitempty"`
}

type ComputeTokensConfig struct {
	HTTPOptions *HTTPOptions `json:"httpOptions,omitempty"`
}

type ComputeTokensResponse struct{}

type EmbedContentConfig struct {
	HTTPOptions *HTTPOptions `json:"httpOptions,omitempty"`
	Title       string       `json:"title,omitempty"`
	MIMEType    string       `json:"mimeType,omitempty"`
}

type ContentEmbedding struct {
	Values []float32 `json:"values,omitempty"`
}

type EmbedContentResponse struct {
	Embeddings []*ContentEmbedding `json:"embeddings,omitempty"`
}

type GenerateImagesConfig struct {
	HTTPOptions    *HTTPOptions `json:"httpOptions,omitempty"`
	OutputMIMEType string       `json:"outputMimeType,omitempty"`
}

type GenerateImagesResponse struct{}

type ReferenceImage interface {
	referenceImageAPI() *referenceImageAPI
}

type referenceImageAPI struct{}

type EditImageConfig struct {
	HTTPOptions    *HTTPOptions `json:"httpOptions,omitempty"`
	OutputMIMEType string       `json:"outputMimeType,omitempty"`
}

type EditImageResponse struct{}

type Image struct {
	GCSURI     string `json:"gcsUri,omitempty"`
	ImageBytes []byte `json:"imageBytes,omitempty"`
	MIMEType   string `json:"mimeType,omitempty"`
}

type GenerateVideosConfig struct {
	HTTPOptions *HTTPOptions `json:"httpOptions,omitempty"`
}

type GenerateVideosOperation struct {
	Name string `json:"name,omitempty"`
}

type UploadFileConfig struct {
	Name        string `json:"name,omitempty"`
	MIMEType    string `json:"mimeType,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
}

type File struct {
	Name        string `json:"name,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	MIMEType    string `json:"mimeType,omitempty"`
}

type UploadToFileSearchStoreConfig struct {
	MIMEType    string `json:"mimeType,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
}

type UploadToFileSearchStoreOperation struct {
	Name string `json:"name,omitempty"`
}

type InlinedRequest struct {
	Model    string                 `json:"model,omitempty"`
	Contents []*Content             `json:"contents,omitempty"`
	Metadata map[string]string      `json:"metadata,omitempty"`
	Config   *GenerateContentConfig `json:"config,omitempty"`
}

type BatchJobSource struct {
	Format          string            `json:"format,omitempty"`
	FileName        string            `json:"fileName,omitempty"`
	InlinedRequests []*InlinedRequest `json:"inlinedRequests,omitempty"`
}

type EmbedContentBatch struct {
	Contents []*Content          `json:"contents,omitempty"`
	Config   *EmbedContentConfig `json:"config,omitempty"`
}

type EmbeddingsBatchJobSource struct {
	FileName        string             `json:"fileName,omitempty"`
	InlinedRequests *EmbedContentBatch `json:"inlinedRequests,omitempty"`
}

type CreateBatchJobConfig struct {
	DisplayName string `json:"displayName,omitempty"`
}

type CreateEmbeddingsBatchJobConfig struct {
	DisplayName string `json:"displayName,omitempty"`
}

type BatchJob struct {
	Name        string `json:"name,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	Model       string `json:"model,omitempty"`
}

type CreateCachedContentConfig struct {
	HTTPOptions       *HTTPOptions `json:"httpOptions,omitempty"`
	DisplayName       string       `json:"displayName,omitempty"`
	Contents          []*Content   `json:"contents,omitempty"`
	SystemInstruction *Content     `json:"systemInstruction,omitempty"`
}

type CachedContent struct {
	Name        string `json:"name,omitempty"`
	DisplayName string `json:"displayName,omitempty"`
	Model       string `json:"model,omitempty"`
}

type LiveConnectConfig struct {
	SystemInstruction *Content `json:"systemInstruction,omitempty"`
}

type LiveSendClientContentParameters struct {
	Turns        []*Content `json:"turns,omitempty"`
	TurnComplete *bool      `json:"turnComplete,omitempty"`
}

type LiveSendRealtimeInputParameters struct {
	Media *Blob  `json:"media,omitempty"`
	Audio *Blob  `json:"audio,omitempty"`
	Video *Blob  `json:"video,omitempty"`
	Text  string `json:"text,omitempty"`
}

type LiveServerMessage struct{}

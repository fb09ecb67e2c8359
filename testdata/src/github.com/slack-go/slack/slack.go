// Stub of github.com/slack-go/slack@v0.35.0 (package slack) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package slack

import (
	"context"
	"io"
	"net/http"
	"net/url"
)

const APIURL = "https://slack.com/api/"

type Client struct {
	token    string
	endpoint string
}

type Option func(*Client)

func OptionAPIURL(u string) func(*Client) { return func(c *Client) { c.endpoint = u } }

func New(token string, options ...Option) *Client {
	s := &Client{token: token, endpoint: APIURL}
	for _, opt := range options {
		opt(s)
	}
	return s
}

type sendConfig struct {
	apiurl      string
	values      url.Values
	attachments []Attachment
	blocks      Blocks
}

type MsgOption func(*sendConfig) error

func MsgOptionText(text string, escape bool) MsgOption {
	return func(config *sendConfig) error {
		config.values.Add("text", text)
		return nil
	}
}

func MsgOptionMarkdownText(text string) MsgOption {
	return func(config *sendConfig) error {
		config.values.Add("markdown_text", text)
		return nil
	}
}

func MsgOptionAttachments(attachments ...Attachment) MsgOption {
	return func(config *sendConfig) error {
		config.attachments = attachments
		return nil
	}
}

func MsgOptionBlocks(blocks ...Block) MsgOption {
	return func(config *sendConfig) error {
		config.blocks.BlockSet = append(config.blocks.BlockSet, blocks...)
		return nil
	}
}

type MessageBlockType string

type Block interface {
	BlockType() MessageBlockType
	ID() string
}

type Blocks struct {
	BlockSet []Block `json:"blocks,omitempty"`
}

type AttachmentField struct {
	Title string `json:"title"`
	Value string `json:"value"`
	Short bool   `json:"short"`
}

type Attachment struct {
	Color    string            `json:"color,omitempty"`
	Fallback string            `json:"fallback,omitempty"`
	Title    string            `json:"title,omitempty"`
	Pretext  string            `json:"pretext,omitempty"`
	Text     string            `json:"text,omitempty"`
	Fields   []AttachmentField `json:"fields,omitempty"`
}

type Msg struct {
	Text    string `json:"text,omitempty"`
	Channel string `json:"channel,omitempty"`
}

type Message struct {
	Msg
}

type Channel struct {
	IsChannel bool `json:"is_channel"`
}

type FileSummary struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

type UploadFileParameters struct {
	File            string
	FileSize        int
	Content         string
	Reader          io.Reader
	Filename        string
	Title           string
	InitialComment  string
	Blocks          Blocks
	Channel         string
	Channels        []string
	ThreadTimestamp string
	AltTxt          string
	SnippetType     string
}

func (api *Client) ScheduleMessage(channelID, postAt string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

func (api *Client) ScheduleMessageContext(ctx context.Context, channelID, postAt string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

func (api *Client) PostMessage(channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

func (api *Client) PostMessageContext(ctx context.Context, channelID string, options ...MsgOption) (string, string, error) {
	return "", "", nil
}

func (api *Client) PostMessageWithResponse(channelID string, options ...MsgOption) (string, string, Message, error) {
	return "", "", Message{}, nil
}

func (api *Client) PostEphemeral(channelID, userID string, options ...MsgOption) (string, error) {
	return "", nil
}

func (api *Client) PostEphemeralContext(ctx context.Context, channelID, userID string, options ...MsgOption) (timestamp string, err error) {
	return "", nil
}

func (api *Client) UpdateMessage(channelID, timestamp string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

func (api *Client) UpdateMessageContext(ctx context.Context, channelID, timestamp string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

func (api *Client) SendMessage(channel string, options ...MsgOption) (string, string, string, error) {
	return "", "", "", nil
}

func (api *Client) SendMessageContext(ctx context.Context, channelID string, options ...MsgOption) (_channel string, _timestampOrScheduledMessageID string, _text string, err error) {
	return "", "", "", nil
}

func (api *Client) SetTopicOfConversation(channelID, topic string) (*Channel, error) {
	return &Channel{}, nil
}

func (api *Client) SetTopicOfConversationContext(ctx context.Context, channelID, topic string) (*Channel, error) {
	return &Channel{}, nil
}

func (api *Client) SetPurposeOfConversation(channelID, purpose string) (*Channel, error) {
	return &Channel{}, nil
}

func (api *Client) SetPurposeOfConversationContext(ctx context.Context, channelID, purpose string) (*Channel, error) {
	return &Channel{}, nil
}

func (api *Client) UploadFile(params UploadFileParameters) (*FileSummary, error) {
	return &FileSummary{}, nil
}

func (api *Client) UploadFileContext(ctx context.Context, params UploadFileParameters) (file *FileSummary, err error) {
	return &FileSummary{}, nil
}

func (api *Client) SetUserCustomStatus(statusText, statusEmoji string, statusExpiration int64) error {
	return nil
}

func (api *Client) SetUserCustomStatusContext(ctx context.Context, statusText, statusEmoji string, statusExpiration int64) error {
	return nil
}

type WebhookMessage struct {
	Username        string       `json:"username,omitempty"`
	IconEmoji       string       `json:"icon_emoji,omitempty"`
	IconURL         string       `json:"icon_url,omitempty"`
	Channel         string       `json:"channel,omitempty"`
	ThreadTimestamp string       `json:"thread_ts,omitempty"`
	Text            string       `json:"text,omitempty"`
	Attachments     []Attachment `json:"attachments,omitempty"`
	Parse           string       `json:"parse,omitempty"`
	Blocks          *Blocks      `json:"blocks,omitempty"`
}

func PostWebhook(url string, msg *WebhookMessage) error { return nil }

func PostWebhookContext(ctx context.Context, url string, msg *WebhookMessage) error { return nil }

func PostWebhookCustomHTTP(url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

func PostWebhookCustomHTTPContext(ctx context.Context, url string, httpClient *http.Client, msg *WebhookMessage) error {
	return nil
}

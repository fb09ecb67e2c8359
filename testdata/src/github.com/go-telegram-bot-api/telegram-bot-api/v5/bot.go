// Stub of github.com/go-telegram-bot-api/telegram-bot-api/v5@v5.5.1 (package tgbotapi) for privet
// tests: real names, signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package tgbotapi

import (
	"encoding/json"
	"net/http"
)

const APIEndpoint = "https://api.telegram.org/bot%s/%s"

type BotAPI struct {
	Token  string `json:"token"`
	Debug  bool   `json:"debug"`
	Buffer int    `json:"buffer"`

	Client      *http.Client
	apiEndpoint string
}

func NewBotAPI(token string) (*BotAPI, error) {
	return &BotAPI{Token: token, Client: &http.Client{}, apiEndpoint: APIEndpoint}, nil
}

type Params map[string]string

type APIResponse struct {
	Ok          bool            `json:"ok"`
	Result      json.RawMessage `json:"result,omitempty"`
	ErrorCode   int             `json:"error_code,omitempty"`
	Description string          `json:"description,omitempty"`
}

type Message struct {
	MessageID int    `json:"message_id"`
	Text      string `json:"text,omitempty"`
}

// Chattable is any config type that can be sent.
type Chattable interface {
	params() (Params, error)
	method() string
}

type RequestFileData interface {
	NeedsUpload() bool
}

type RequestFile struct {
	Name string
	Data RequestFileData
}

type BaseChat struct {
	ChatID           int64
	ChannelUsername  string
	ReplyToMessageID int
	ReplyMarkup      interface{}
}

type MessageConfig struct {
	BaseChat
	Text                  string
	ParseMode             string
	DisableWebPagePreview bool
}

func (config MessageConfig) params() (Params, error) {
	return Params{"text": config.Text}, nil
}

func (config MessageConfig) method() string { return "sendMessage" }

func NewMessage(chatID int64, text string) MessageConfig {
	return MessageConfig{BaseChat: BaseChat{ChatID: chatID}, Text: text}
}

type MediaGroupConfig struct {
	ChatID          int64
	ChannelUsername string
	Media           []interface{}
}

func (bot *BotAPI) MakeRequest(endpoint string, params Params) (*APIResponse, error) {
	return &APIResponse{}, nil
}

func (bot *BotAPI) UploadFiles(endpoint string, params Params, files []RequestFile) (*APIResponse, error) {
	return &APIResponse{}, nil
}

func (bot *BotAPI) Request(c Chattable) (*APIResponse, error) { return &APIResponse{}, nil }

func (bot *BotAPI) Send(c Chattable) (Message, error) { return Message{}, nil }

func (bot *BotAPI) SendMediaGroup(config MediaGroupConfig) ([]Message, error) { return nil, nil }

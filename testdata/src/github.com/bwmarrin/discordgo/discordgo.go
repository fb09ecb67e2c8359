// Stub of github.com/bwmarrin/discordgo@v0.29.0 (package discordgo) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package discordgo

import (
	"io"
	"sync"
)

const EndpointDiscord = "https://discord.com/"

type Session struct {
	sync.RWMutex

	Token string
}

func New(token string) (s *Session, err error) { return &Session{Token: token}, nil }

type RequestConfig struct {
	ShouldRetryOnRateLimit bool
	MaxRestRetries         int
}

type RequestOption func(cfg *RequestConfig)

type Message struct {
	ID        string `json:"id"`
	ChannelID string `json:"channel_id"`
	Content   string `json:"content"`
}

type Channel struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type MessageEmbed struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Timestamp   string `json:"timestamp,omitempty"`
	Color       int    `json:"color,omitempty"`
}

type File struct {
	Name        string
	ContentType string
	Reader      io.Reader
}

type MessageReference struct {
	MessageID string `json:"message_id"`
	ChannelID string `json:"channel_id,omitempty"`
	GuildID   string `json:"guild_id,omitempty"`
}

type MessageSend struct {
	Content   string            `json:"content,omitempty"`
	Embeds    []*MessageEmbed   `json:"embeds"`
	TTS       bool              `json:"tts"`
	Files     []*File           `json:"-"`
	Reference *MessageReference `json:"message_reference,omitempty"`
}

type MessageEdit struct {
	Content *string          `json:"content,omitempty"`
	Embeds  *[]*MessageEmbed `json:"embeds,omitempty"`
	Files   []*File          `json:"-"`
	ID      string
	Channel string
}

type WebhookParams struct {
	Content   string          `json:"content,omitempty"`
	Username  string          `json:"username,omitempty"`
	AvatarURL string          `json:"avatar_url,omitempty"`
	TTS       bool            `json:"tts,omitempty"`
	Files     []*File         `json:"-"`
	Embeds    []*MessageEmbed `json:"embeds,omitempty"`
}

type Interaction struct {
	ID        string `json:"id"`
	ChannelID string `json:"channel_id"`
	Token     string `json:"token"`
}

type InteractionResponseType uint8

const InteractionResponseChannelMessageWithSource InteractionResponseType = 4

type InteractionResponse struct {
	Type InteractionResponseType  `json:"type,omitempty"`
	Data *InteractionResponseData `json:"data,omitempty"`
}

type InteractionResponseData struct {
	TTS     bool            `json:"tts"`
	Content string          `json:"content"`
	Embeds  []*MessageEmbed `json:"embeds"`
}

func (s *Session) ChannelMessageSend(channelID string, content string, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageSendComplex(channelID string, data *MessageSend, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageSendEmbed(channelID string, embed *MessageEmbed, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageSendEmbeds(channelID string, embeds []*MessageEmbed, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageSendReply(channelID string, content string, reference *MessageReference, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageEdit(channelID, messageID, content string, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelMessageEditComplex(m *MessageEdit, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

func (s *Session) ChannelFileSend(channelID, name string, r io.Reader, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) ChannelFileSendWithMessage(channelID, content string, name string, r io.Reader, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

func (s *Session) WebhookExecute(webhookID, token string, wait bool, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

func (s *Session) WebhookThreadExecute(webhookID, token string, wait bool, threadID string, data *WebhookParams, options ...RequestOption) (st *Message, err error) {
	return &Message{}, nil
}

func (s *Session) ForumThreadStart(channelID, name string, archiveDuration int, content string, options ...RequestOption) (th *Channel, err error) {
	return &Channel{}, nil
}

func (s *Session) InteractionRespond(interaction *Interaction, resp *InteractionResponse, options ...RequestOption) error {
	return nil
}

func (s *Session) FollowupMessageCreate(interaction *Interaction, wait bool, data *WebhookParams, options ...RequestOption) (*Message, error) {
	return &Message{}, nil
}

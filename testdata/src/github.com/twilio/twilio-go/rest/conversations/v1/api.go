// Stub of github.com/twilio/twilio-go@v1.31.0 (package openapi) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openapi

import twilio "github.com/twilio/twilio-go/client"

type ApiService struct {
	baseURL        string
	requestHandler *twilio.RequestHandler
}

func NewApiService(requestHandler *twilio.RequestHandler) *ApiService {
	return &ApiService{requestHandler: requestHandler, baseURL: "https://conversations.twilio.com"}
}

type CreateConversationMessageParams struct {
	XTwilioWebhookEnabled *string `json:"X-Twilio-Webhook-Enabled,omitempty"`
	Author                *string `json:"Author,omitempty"`
	Body                  *string `json:"Body,omitempty"`
}

func (params *CreateConversationMessageParams) SetBody(Body string) *CreateConversationMessageParams {
	params.Body = &Body
	return params
}

type ConversationsV1ConversationMessage struct {
	AccountSid *string `json:"account_sid,omitempty"`
}

func (c *ApiService) CreateConversationMessage(ConversationSid string, params *CreateConversationMessageParams) (*ConversationsV1ConversationMessage, error) {
	return &ConversationsV1ConversationMessage{}, nil
}

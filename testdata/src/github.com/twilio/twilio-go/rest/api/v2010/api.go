// Stub of github.com/twilio/twilio-go@v1.31.0 (package openapi) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openapi

import twilio "github.com/twilio/twilio-go/client"

type ApiService struct {
	baseURL        string
	requestHandler *twilio.RequestHandler
}

func NewApiService(requestHandler *twilio.RequestHandler) *ApiService {
	return &ApiService{requestHandler: requestHandler, baseURL: "https://api.twilio.com"}
}

type CreateMessageParams struct {
	PathAccountSid      *string   `json:"PathAccountSid,omitempty"`
	To                  *string   `json:"To,omitempty"`
	From                *string   `json:"From,omitempty"`
	MessagingServiceSid *string   `json:"MessagingServiceSid,omitempty"`
	Body                *string   `json:"Body,omitempty"`
	MediaUrl            *[]string `json:"MediaUrl,omitempty"`
}

func (params *CreateMessageParams) SetTo(To string) *CreateMessageParams {
	params.To = &To
	return params
}
func (params *CreateMessageParams) SetFrom(From string) *CreateMessageParams {
	params.From = &From
	return params
}
func (params *CreateMessageParams) SetBody(Body string) *CreateMessageParams {
	params.Body = &Body
	return params
}
func (params *CreateMessageParams) SetMediaUrl(MediaUrl []string) *CreateMessageParams {
	params.MediaUrl = &MediaUrl
	return params
}

type ApiV2010Message struct {
	Sid *string `json:"sid,omitempty"`
}

func (c *ApiService) CreateMessage(params *CreateMessageParams) (*ApiV2010Message, error) {
	return &ApiV2010Message{}, nil
}

type CreateCallParams struct {
	PathAccountSid *string `json:"PathAccountSid,omitempty"`
	To             *string `json:"To,omitempty"`
	From           *string `json:"From,omitempty"`
	Url            *string `json:"Url,omitempty"`
	Twiml          *string `json:"Twiml,omitempty"`
}

func (params *CreateCallParams) SetTo(To string) *CreateCallParams {
	params.To = &To
	return params
}
func (params *CreateCallParams) SetFrom(From string) *CreateCallParams {
	params.From = &From
	return params
}
func (params *CreateCallParams) SetTwiml(Twiml string) *CreateCallParams {
	params.Twiml = &Twiml
	return params
}

type ApiV2010Call struct {
	Sid *string `json:"sid,omitempty"`
}

func (c *ApiService) CreateCall(params *CreateCallParams) (*ApiV2010Call, error) {
	return &ApiV2010Call{}, nil
}

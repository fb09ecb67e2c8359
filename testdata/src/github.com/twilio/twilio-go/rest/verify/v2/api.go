// Stub of github.com/twilio/twilio-go@v1.31.0 (package openapi) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openapi

import twilio "github.com/twilio/twilio-go/client"

type ApiService struct {
	baseURL        string
	requestHandler *twilio.RequestHandler
}

func NewApiService(requestHandler *twilio.RequestHandler) *ApiService {
	return &ApiService{requestHandler: requestHandler, baseURL: "https://verify.twilio.com"}
}

type CreateVerificationParams struct {
	To      *string `json:"To,omitempty"`
	Channel *string `json:"Channel,omitempty"`
}

func (params *CreateVerificationParams) SetTo(To string) *CreateVerificationParams {
	params.To = &To
	return params
}
func (params *CreateVerificationParams) SetChannel(Channel string) *CreateVerificationParams {
	params.Channel = &Channel
	return params
}

type VerifyV2Verification struct {
	Sid *string `json:"sid,omitempty"`
}

func (c *ApiService) CreateVerification(ServiceSid string, params *CreateVerificationParams) (*VerifyV2Verification, error) {
	return &VerifyV2Verification{}, nil
}

// Stub of github.com/twilio/twilio-go@v1.31.0 (package twilio) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package twilio

import (
	"github.com/twilio/twilio-go/client"
	Api "github.com/twilio/twilio-go/rest/api/v2010"
	ConversationsV1 "github.com/twilio/twilio-go/rest/conversations/v1"
	VerifyV2 "github.com/twilio/twilio-go/rest/verify/v2"
)

type RestClient struct {
	*client.RequestHandler
	Api             *Api.ApiService
	ConversationsV1 *ConversationsV1.ApiService
	VerifyV2        *VerifyV2.ApiService
}

type ClientParams struct {
	Username   string
	Password   string
	AccountSid string
}

func NewRestClientWithParams(params ClientParams) *RestClient {
	h := &client.RequestHandler{}
	return &RestClient{
		RequestHandler:  h,
		Api:             Api.NewApiService(h),
		ConversationsV1: ConversationsV1.NewApiService(h),
		VerifyV2:        VerifyV2.NewApiService(h),
	}
}

func NewRestClient() *RestClient { return NewRestClientWithParams(ClientParams{}) }

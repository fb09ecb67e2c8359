package sinks

// twilioFamily covers github.com/twilio/twilio-go (checked against
// v1.31.0). The REST services are generated packages all named openapi,
// one per product, reached as twilio.NewRestClient().Api, .VerifyV2,
// .ConversationsV1. Params are filled by setters (SetTo, SetBody, ...)
// that store into the params struct. Hosts api.twilio.com,
// verify.twilio.com, conversations.twilio.com.
var twilioFamily = register(Family{
	Name:    "twilio",
	Kind:    KindMessaging,
	Hosts:   []string{"api.twilio.com", "*.twilio.com"},
	Modules: []string{twilio},
	Entries: []Entry{
		// a0 *CreateMessageParams: .Body, .To, .From, .MediaUrl.
		{Package: twilioAPI, Receiver: "ApiService", Name: "CreateMessage", Args: []int{0}, URLArg: -1, Display: "twilio Api.CreateMessage"},
		// a0 *CreateCallParams: .To, .Twiml, .Url.
		{Package: twilioAPI, Receiver: "ApiService", Name: "CreateCall", Args: []int{0}, URLArg: -1, Display: "twilio Api.CreateCall"},
		// (serviceSid, *CreateVerificationParams): .To (phone number or e-mail).
		{Package: twilio + "/rest/verify/v2", Receiver: "ApiService", Name: "CreateVerification", Args: []int{1}, URLArg: -1, Display: "twilio VerifyV2.CreateVerification"},
		// (conversationSid, *CreateConversationMessageParams): .Body.
		{Package: twilio + "/rest/conversations/v1", Receiver: "ApiService", Name: "CreateConversationMessage", Args: []int{1}, URLArg: -1, Display: "twilio ConversationsV1.CreateConversationMessage"},
	},
})

const (
	twilio    = "github.com/twilio/twilio-go"
	twilioAPI = twilio + "/rest/api/v2010"
)

package sinks

// slackFamily covers github.com/slack-go/slack (checked against v0.35.0).
// Message text travels in MsgOption builders (slack.MsgOptionText(text,
// escape), MsgOptionBlocks, MsgOptionAttachments, ...) passed variadically
// after the channel ID; each send has a ...Context variant with a leading
// ctx. Incoming webhooks (slack.PostWebhook*) post a *WebhookMessage to a
// caller-supplied hooks.slack.com URL. Default host slack.com.
var slackFamily = register(Family{
	Name:    "slack",
	Kind:    KindMessaging,
	Hosts:   []string{"slack.com", "hooks.slack.com", "files.slack.com", "api.slack.com"},
	Modules: []string{slack},
	Entries: []Entry{
		// (channelID, options...).
		{Package: slack, Receiver: "Client", Name: "PostMessage", Args: []int{1}, URLArg: -1, Display: "slack PostMessage"},
		{Package: slack, Receiver: "Client", Name: "PostMessageContext", Args: []int{2}, URLArg: -1, Display: "slack PostMessageContext"},
		{Package: slack, Receiver: "Client", Name: "PostMessageWithResponse", Args: []int{1}, URLArg: -1, Display: "slack PostMessageWithResponse"},
		{Package: slack, Receiver: "Client", Name: "SendMessage", Args: []int{1}, URLArg: -1, Display: "slack SendMessage"},
		{Package: slack, Receiver: "Client", Name: "SendMessageContext", Args: []int{2}, URLArg: -1, Display: "slack SendMessageContext"},
		// (channelID, userID|timestamp|postAt, options...).
		{Package: slack, Receiver: "Client", Name: "PostEphemeral", Args: []int{2}, URLArg: -1, Display: "slack PostEphemeral"},
		{Package: slack, Receiver: "Client", Name: "PostEphemeralContext", Args: []int{3}, URLArg: -1, Display: "slack PostEphemeralContext"},
		{Package: slack, Receiver: "Client", Name: "UpdateMessage", Args: []int{2}, URLArg: -1, Display: "slack UpdateMessage"},
		{Package: slack, Receiver: "Client", Name: "UpdateMessageContext", Args: []int{3}, URLArg: -1, Display: "slack UpdateMessageContext"},
		{Package: slack, Receiver: "Client", Name: "ScheduleMessage", Args: []int{2}, URLArg: -1, Display: "slack ScheduleMessage"},
		{Package: slack, Receiver: "Client", Name: "ScheduleMessageContext", Args: []int{3}, URLArg: -1, Display: "slack ScheduleMessageContext"},
		// UploadFileParameters: .Content, .Reader, .File, .InitialComment, .Title.
		{Package: slack, Receiver: "Client", Name: "UploadFile", Args: []int{0}, URLArg: -1, Display: "slack UploadFile"},
		{Package: slack, Receiver: "Client", Name: "UploadFileContext", Args: []int{1}, URLArg: -1, Display: "slack UploadFileContext"},
		// Topic, purpose and status text.
		{Package: slack, Receiver: "Client", Name: "SetTopicOfConversation", Args: []int{1}, URLArg: -1, Display: "slack SetTopicOfConversation"},
		{Package: slack, Receiver: "Client", Name: "SetTopicOfConversationContext", Args: []int{2}, URLArg: -1, Display: "slack SetTopicOfConversationContext"},
		{Package: slack, Receiver: "Client", Name: "SetPurposeOfConversation", Args: []int{1}, URLArg: -1, Display: "slack SetPurposeOfConversation"},
		{Package: slack, Receiver: "Client", Name: "SetPurposeOfConversationContext", Args: []int{2}, URLArg: -1, Display: "slack SetPurposeOfConversationContext"},
		{Package: slack, Receiver: "Client", Name: "SetUserCustomStatus", Args: []int{0}, URLArg: -1, Display: "slack SetUserCustomStatus"},
		{Package: slack, Receiver: "Client", Name: "SetUserCustomStatusContext", Args: []int{1}, URLArg: -1, Display: "slack SetUserCustomStatusContext"},
		// Incoming webhooks: the *WebhookMessage (.Text, .Attachments, .Blocks).
		{Package: slack, Name: "PostWebhook", Args: []int{1}, URLArg: -1, Display: "slack PostWebhook"},
		{Package: slack, Name: "PostWebhookContext", Args: []int{2}, URLArg: -1, Display: "slack PostWebhookContext"},
		{Package: slack, Name: "PostWebhookCustomHTTP", Args: []int{2}, URLArg: -1, Display: "slack PostWebhookCustomHTTP"},
		{Package: slack, Name: "PostWebhookCustomHTTPContext", Args: []int{3}, URLArg: -1, Display: "slack PostWebhookCustomHTTPContext"},
	},
})

const slack = "github.com/slack-go/slack"

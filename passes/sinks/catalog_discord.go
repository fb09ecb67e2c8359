package sinks

// discordFamily covers github.com/bwmarrin/discordgo (checked against
// v0.29.0): message, file and webhook sends of *discordgo.Session. The
// trailing ...RequestOption is not payload. Host discord.com.
var discordFamily = register(Family{
	Name:    "discord",
	Kind:    KindMessaging,
	Hosts:   []string{"discord.com", "discordapp.com"},
	Modules: []string{discordgo},
	Entries: []Entry{
		// (channelID, content | *MessageSend | *MessageEmbed | []*MessageEmbed, ...).
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageSend", Args: []int{1}, URLArg: -1, Display: "discord ChannelMessageSend"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageSendComplex", Args: []int{1}, URLArg: -1, Display: "discord ChannelMessageSendComplex"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageSendEmbed", Args: []int{1}, URLArg: -1, Display: "discord ChannelMessageSendEmbed"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageSendEmbeds", Args: []int{1}, URLArg: -1, Display: "discord ChannelMessageSendEmbeds"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageSendReply", Args: []int{1}, URLArg: -1, Display: "discord ChannelMessageSendReply"},
		// (channelID, messageID, content); EditComplex(*MessageEdit).
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageEdit", Args: []int{2}, URLArg: -1, Display: "discord ChannelMessageEdit"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelMessageEditComplex", Args: []int{0}, URLArg: -1, Display: "discord ChannelMessageEditComplex"},
		// (channelID, [content,] name, io.Reader).
		{Package: discordgo, Receiver: "Session", Name: "ChannelFileSend", Args: []int{1, 2}, URLArg: -1, Display: "discord ChannelFileSend"},
		{Package: discordgo, Receiver: "Session", Name: "ChannelFileSendWithMessage", Args: []int{1, 2, 3}, URLArg: -1, Display: "discord ChannelFileSendWithMessage"},
		// Webhooks: *WebhookParams{Content, Embeds, Files}.
		{Package: discordgo, Receiver: "Session", Name: "WebhookExecute", Args: []int{3}, URLArg: -1, Display: "discord WebhookExecute"},
		{Package: discordgo, Receiver: "Session", Name: "WebhookThreadExecute", Args: []int{4}, URLArg: -1, Display: "discord WebhookThreadExecute"},
		// (channelID, name, archiveDuration, content).
		{Package: discordgo, Receiver: "Session", Name: "ForumThreadStart", Args: []int{1, 3}, URLArg: -1, Display: "discord ForumThreadStart"},
		// Interactions: a1 *InteractionResponse; FollowupMessageCreate a2 *WebhookParams.
		{Package: discordgo, Receiver: "Session", Name: "InteractionRespond", Args: []int{1}, URLArg: -1, Display: "discord InteractionRespond"},
		{Package: discordgo, Receiver: "Session", Name: "FollowupMessageCreate", Args: []int{2}, URLArg: -1, Display: "discord FollowupMessageCreate"},
	},
})

const discordgo = "github.com/bwmarrin/discordgo"

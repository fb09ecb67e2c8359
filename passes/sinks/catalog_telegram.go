package sinks

// telegramFamily covers github.com/go-telegram-bot-api/telegram-bot-api/v5
// (checked against v5.5.1). Configs built by tgbotapi.NewMessage(chatID,
// text), NewPhoto, NewDocument, ... implement Chattable and are sent by
// (*BotAPI).Send or Request. Host api.telegram.org.
var telegramFamily = register(Family{
	Name:    "telegram",
	Kind:    KindMessaging,
	Hosts:   []string{"api.telegram.org"},
	Modules: []string{telegram},
	Entries: []Entry{
		{Package: telegram, Receiver: "BotAPI", Name: "Send", Args: []int{0}, URLArg: -1, Display: "telegram Send"},
		{Package: telegram, Receiver: "BotAPI", Name: "Request", Args: []int{0}, URLArg: -1, Display: "telegram Request"},
		{Package: telegram, Receiver: "BotAPI", Name: "SendMediaGroup", Args: []int{0}, URLArg: -1, Display: "telegram SendMediaGroup"},
		// Raw: (endpoint, Params) and (endpoint, Params, []RequestFile).
		{Package: telegram, Receiver: "BotAPI", Name: "MakeRequest", Args: []int{1}, URLArg: -1, Display: "telegram MakeRequest"},
		{Package: telegram, Receiver: "BotAPI", Name: "UploadFiles", Args: []int{1, 2}, URLArg: -1, Display: "telegram UploadFiles"},
	},
})

const telegram = "github.com/go-telegram-bot-api/telegram-bot-api"

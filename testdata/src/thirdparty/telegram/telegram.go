// Package telegram shows flows into
// github.com/go-telegram-bot-api/telegram-bot-api/v5.
package telegram

import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Alert sends the address to a chat.
func Alert(bot *tgbotapi.BotAPI, c Customer) error {
	msg := tgbotapi.NewMessage(42, "signup: "+c.Email)
	_, err := bot.Send(msg) // want `pii data \(Customer.Email\) reaches a messaging service \(telegram Send\) without an approved sanitizer`
	return err
}

// Raw makes a raw API request with the card.
func Raw(c Customer) {
	bot, _ := tgbotapi.NewBotAPI("token")
	bot.MakeRequest("sendMessage", tgbotapi.Params{"chat_id": "42", "text": c.Card}) // want `payment data \(Customer.Card\) reaches a messaging service \(telegram MakeRequest\) without an approved sanitizer`
}

// AlertClean sends the masked address.
func AlertClean(bot *tgbotapi.BotAPI, c Customer) {
	bot.Send(tgbotapi.NewMessage(42, "signup: "+MaskEmail(c.Email)))
}

// Package discord shows flows into github.com/bwmarrin/discordgo.
package discord

import "github.com/bwmarrin/discordgo"

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Alert posts the address to a channel.
func Alert(s *discordgo.Session, c Customer) {
	s.ChannelMessageSend("123", "fraud check: "+c.Email) // want `pii data \(Customer.Email\) reaches a messaging service \(discord ChannelMessageSend\) without an approved sanitizer`
}

// Webhook posts the card through a webhook.
func Webhook(c Customer) {
	s, _ := discordgo.New("Bot token")
	s.WebhookExecute("id", "token", false, &discordgo.WebhookParams{Content: "declined " + c.Card}) // want `payment data \(Customer.Card\) reaches a messaging service \(discord WebhookExecute\) without an approved sanitizer`
}

// Embed posts the address in an embed.
func Embed(s *discordgo.Session, c Customer) {
	s.ChannelMessageSendEmbed("123", &discordgo.MessageEmbed{Title: "Signup", Description: c.Email}) // want `pii data \(Customer.Email\) reaches a messaging service \(discord ChannelMessageSendEmbed\) without an approved sanitizer`
}

// AlertClean posts the ID.
func AlertClean(s *discordgo.Session, c Customer) {
	s.ChannelMessageSend("123", "fraud check: "+c.ID)
}

// Package model stands for a chat platform's model package, imported by
// its plugins: its structs cannot be tagged by them.
package model

type User struct {
	ID        string
	Username  string
	Email     string
	FirstName string
	IsBot     bool
}

type Post struct {
	ID        string
	ChannelID string
	Message   string
}

type Channel struct {
	ID          string
	DisplayName string
}

package knownmiss

import (
	"os"

	"knownmiss/hooks"
)

// A file written with customer data and read back by its name (a chat
// bot saves a user's voice note, converts it, and uploads the file to a
// transcription API): the file system is not modelled, so what is read
// back carries nothing (issue 19, Feishu-OpenAI's audio and pictures).
func fileRoundTrip(c *hooks.Customer) {
	name := "note.ogg"
	os.WriteFile(name, []byte(c.Email), 0o600)
	b, _ := os.ReadFile(name)
	Send(string(b)) // want `pii data \(Customer.Email\)`
}

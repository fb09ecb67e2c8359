// Package fresh is a package nobody has annotated: in auto mode, the
// fields privetdiscover would report are provisional sources.
package fresh

import (
	"encoding/json"
	"net/http"
	"strings"
)

type User struct {
	ID       string
	Email    string
	Plan     string
	Password string `json:"-"`
	Reviewed string `privet:"-"` // looked at and found harmless
	Phone    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

func leakEmail(u *User) {
	http.Post("https://api.openai.com/v1/chat/completions", "text/plain", strings.NewReader("summarize "+u.Email)) // want `pii data \(User.Email, unmarked: looks like pii\) reaches an AI service \(http.Post to api.openai.com\) without an approved sanitizer`
}

func cleanSiblings(u *User) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(u.ID+u.Plan+u.Reviewed))
}

func sanitized(u *User) {
	http.Post("https://example.org/x", "text/plain", strings.NewReader(MaskEmail(u.Email)))
}

func whole(u User) {
	b, _ := json.Marshal(u)
	http.Post("https://example.org/x", "application/json", strings.NewReader(string(b))) // want `pii data \(User, unmarked: looks like pii\) reaches an HTTP request \(http.Post\)`
}

func ignored(u *User) {
	//privet:ignore the phone goes to our own gateway
	http.Post("https://example.org/x", "text/plain", strings.NewReader(u.Phone))
}

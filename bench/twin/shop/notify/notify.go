// Package notify posts to a chat webhook and sends SMS.
package notify

import (
	"net/http"
	"net/url"
	"strings"

	"example.com/shop/model"
)

const hook = "https://hooks.slack.com/services/T000/B000/XXX"
const sms = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json"

// NewTicket tells the support channel about a ticket.
func NewTicket(t *model.Ticket) {
	http.Post(hook, "application/json", strings.NewReader(`{"text":"`+t.Subject+`"}`))
}

// Escalate posts the ticket's text to the channel.
func Escalate(t *model.Ticket) {
	http.Post(hook, "application/json", strings.NewReader(`{"text":"`+t.Body+`"}`)) // leak: Body
}

// Remind texts the customer.
func Remind(c *model.Customer) {
	http.PostForm(sms, url.Values{"To": {c.Phone}, "Body": {"Your order shipped"}}) // leak: Phone
}

// Login posts the session to an audit service.
func Login(s *model.Session) {
	http.PostForm("https://audit.example.net/login", url.Values{"user": {s.UserID}, "token": {s.Token}}) // leak: Token
}

package app

import (
	"net/http"
	"strings"

	"policy/userpb"
)

func fixture(u *userpb.User) {
	http.Post("https://example.org", "text/plain", strings.NewReader(u.Email))
}

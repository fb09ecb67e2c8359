// Package thirdparty is a plugin of a chat platform: the platform's users
// and posts hold customer data, and only a policy rule can mark them.
package thirdparty

import "github.com/acmechat/server/model"

type Thread struct {
	Author  *model.User  // want `field Thread.Author holds model.User of another module, whose fields Username, Email, FirstName look like pii and cannot be tagged here; add a sources: rule to .privet.yml: \{package: github.com/acmechat/server/model, type: User, fields: \[Username, Email, FirstName\], category: pii\}`
	Posts   []model.Post // want `field Thread.Posts holds model.Post of another module, whose field Message looks like pii`
	Channel model.Channel
	Count   int
}

// Summary holds a user too: the hint is given once per type.
type Summary struct {
	By   model.User
	Text string
}

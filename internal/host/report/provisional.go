package report

import "regexp"

// provisionalNote is what a finding's message says after a provisional
// source, a field that carries no privet mark but looks like customer
// data: "(User.Email, unmarked: looks like pii)". Categories are joined
// by commas without spaces; sources by a comma and a space.
var provisionalNote = regexp.MustCompile(`, unmarked: looks like [a-z0-9_,-]*[a-z0-9_-]`)

// IsProvisional reports whether a message names a provisional source.
func IsProvisional(message string) bool { return provisionalNote.MatchString(message) }

// Declared is the message as it reads once the provisional sources it
// names are tagged with the categories they look like; baselines key on
// it, so that tagging a field does not bring back a baselined leak.
func Declared(message string) string { return provisionalNote.ReplaceAllString(message, "") }

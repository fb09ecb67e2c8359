package config

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// quoteLimit is how much of a user's text a message quotes: a policy
// scalar, a struct tag or a flag value can be megabytes long, and an
// error line must stay a line.
const quoteLimit = 64

// Quote quotes s for a message, as %q does, but at most quoteLimit bytes
// of it: a longer text is cut at a rune boundary and followed by "..."
// and its length, `"xxxx"... (5000000 bytes)`.
func Quote(s string) string {
	if len(s) <= quoteLimit {
		return strconv.Quote(s)
	}
	cut := quoteLimit - 16
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s... (%d bytes)", strconv.Quote(s[:cut]), len(s))
}

// messageLimit bounds a whole problem message, whatever went into it
// (the YAML parser's own messages included).
const messageLimit = 512

// Bound cuts a message to a few hundred bytes, whatever went into it.
func Bound(msg string) string { return bound(msg) }

// bound cuts a message to messageLimit bytes.
func bound(msg string) string {
	if len(msg) <= messageLimit {
		return msg
	}
	cut := messageLimit - 20
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return fmt.Sprintf("%s... (%d bytes)", msg[:cut], len(msg))
}

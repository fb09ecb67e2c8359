// Package prompt builds the text sent to the summarization model.
package prompt

import (
	"fmt"
	"strings"
)

// Summary builds a prompt asking for a one-paragraph summary of a ticket.
func Summary(subject, body, contact string) string {
	var b strings.Builder
	b.WriteString("Summarize this support ticket in one paragraph.\n")
	fmt.Fprintf(&b, "Subject: %s\n", subject)
	fmt.Fprintf(&b, "Contact: %s\n", contact)
	b.WriteString(body)
	return b.String()
}

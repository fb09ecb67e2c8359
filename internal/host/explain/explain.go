// Package explain holds the documentation of privet's findings as data,
// in the style of staticcheck's lint.Documentation: one Doc per topic,
// printed by "privet explain TOPIC" and rendered into the help of each
// SARIF rule, so the command line and code-scanning UIs say the same.
//
// The topics are the kinds of findings: "leak" (every flow of sensitive
// data into a sink), one per built-in sink kind ("ai", "http", ...; the
// SARIF rule ids), "annotation" (malformed directives) and "policy"
// (policy rules that match nothing).
package explain

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/privetlint/privet/passes/sinks"
)

// Doc documents one kind of finding.
type Doc struct {
	// Name is the topic, and for sink kinds the diagnostic category and
	// SARIF rule id.
	Name string
	// Title is a one-line summary (the SARIF rule's short description).
	Title string
	// Text says what a finding of this kind means.
	Text string
	// Why says why it matters.
	Why string
	// Fix says how to resolve it, with examples.
	Fix string
}

// String renders the documentation as plain text.
func (d *Doc) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n%s\n", d.Name, d.Title, strings.TrimSpace(d.Text))
	if d.Why != "" {
		fmt.Fprintf(&b, "\nWhy it matters\n\n%s\n", indent(d.Why))
	}
	if d.Fix != "" {
		fmt.Fprintf(&b, "\nHow to fix it\n\n%s\n", indent(d.Fix))
	}
	return b.String()
}

// Markdown renders the documentation for SARIF help.markdown.
func (d *Doc) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n%s\n", d.Title, markdownBlocks(d.Text))
	if d.Why != "" {
		fmt.Fprintf(&b, "\n### Why it matters\n\n%s\n", markdownBlocks(d.Why))
	}
	if d.Fix != "" {
		fmt.Fprintf(&b, "\n### How to fix it\n\n%s\n", markdownBlocks(d.Fix))
	}
	return b.String()
}

// indent keeps the text as written: the docs are already laid out.
func indent(s string) string { return strings.TrimSpace(s) }

// markdownBlocks turns the plain text layout (examples indented by a tab)
// into Markdown code blocks.
func markdownBlocks(s string) string {
	var out []string
	inCode, blanks := false, 0
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			blanks++
			continue
		}
		code := strings.HasPrefix(line, "\t")
		if inCode && !code {
			out = append(out, "```")
			inCode = false
		}
		for ; blanks > 0; blanks-- {
			out = append(out, "")
		}
		if code && !inCode {
			out = append(out, "```")
			inCode = true
		}
		out = append(out, strings.TrimPrefix(line, "\t"))
	}
	if inCode {
		out = append(out, "```")
	}
	return strings.Join(out, "\n")
}

// Lookup returns the documentation of a topic; custom sink kinds (any
// name that is not a topic) get the generic sink documentation.
func Lookup(name string) (*Doc, bool) {
	for _, d := range docs {
		if d.Name == name {
			return d, true
		}
	}
	return nil, false
}

// ForKind returns the documentation for a diagnostic category: a
// built-in topic, or a generic page for a custom sink kind.
func ForKind(kind string) *Doc {
	if d, ok := Lookup(kind); ok {
		return d
	}
	return &Doc{
		Name:  kind,
		Title: "sensitive data reaches a " + kind + " sink",
		Text: "A value read from a field or type marked sensitive reaches a call declared as a sink of the custom kind \"" + kind +
			"\" (by a //privet:sink " + kind + " directive or a sink rule in .privet.yml) without going through a sanitizer.",
		Why: leak.Why,
		Fix: leak.Fix,
	}
}

// Topics lists every topic, sorted by name.
func Topics() []*Doc {
	out := append([]*Doc(nil), docs...)
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// NonLeakTopics are the diagnostic categories that are not sink kinds:
// malformed input, and privetdiscover's suggestions.
var NonLeakTopics = []string{"annotation", "policy", "unmarked", "unmarked-sink"}

// SinkKinds lists the built-in sink kinds, in the order of sinks.Kinds.
func SinkKinds() []string {
	out := make([]string, len(sinks.Kinds))
	for i, info := range sinks.Kinds {
		out[i] = string(info.Kind)
	}
	return out
}

// PrintTopics writes the topic list, one per line.
func PrintTopics(w io.Writer) {
	fmt.Fprintln(w, "privet explain TOPIC prints what a finding means, why it matters and how to fix it.")
	fmt.Fprintln(w, "Topics (a finding's sink kind is its category, e.g. [ai] in -format json):")
	fmt.Fprintln(w)
	for _, d := range Topics() {
		fmt.Fprintf(w, "  %-11s %s\n", d.Name, d.Title)
	}
}

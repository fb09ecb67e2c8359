// Package analysisdoc turns a doc.go package comment into an analyzer's
// Doc string, so the documentation lives in one place.
package analysisdoc

import "strings"

// FromDocGo returns the analyzer documentation held in a doc.go source.
// The package comment's first line is the godoc title and the second is
// blank; the rest, starting with the "name: summary" line that go vet help
// prints, is the Doc.
func FromDocGo(src string) string {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(l, "//") {
			if len(lines) > 0 {
				break
			}
			continue
		}
		lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "//"), " "))
	}
	if len(lines) > 2 {
		lines = lines[2:]
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// Package analysisdoc turns a doc.go package comment into an analyzer's
// Doc string, so the documentation lives in one place.
package analysisdoc

import "strings"

// FromDocGo returns the documentation of the analyzer called name held in
// a doc.go package comment: the text from the line "name: summary" on,
// without the "name: " (go vet help prints the name itself). The lines
// before it are the godoc introduction of the Go package.
func FromDocGo(src, name string) string {
	var lines []string
	started := false
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(l, "//") {
			if started {
				break
			}
			continue
		}
		l = strings.TrimPrefix(strings.TrimPrefix(l, "//"), " ")
		if !started {
			rest, ok := strings.CutPrefix(l, name+": ")
			if !ok {
				continue
			}
			started, l = true, rest
		}
		lines = append(lines, l)
	}
	if !started {
		panic("doc.go has no line starting with " + name + ": ")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

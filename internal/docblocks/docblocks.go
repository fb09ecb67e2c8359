package docblocks

import (
	"fmt"
	"os"
	"regexp"
)

var marker = regexp.MustCompile("(?m)^<!-- check: ([a-z-]+) -->\n```[a-z]*\n((?s:.*?))^```$")

// Read returns the marked blocks of a Markdown file by name, and an
// error naming the first of want that it lacks.
func Read(file string, want ...string) (map[string]string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, m := range marker.FindAllStringSubmatch(string(data), -1) {
		out[m[1]] = m[2]
	}
	for _, name := range want {
		if out[name] == "" {
			return nil, fmt.Errorf("%s has no block marked %q", file, name)
		}
	}
	return out, nil
}

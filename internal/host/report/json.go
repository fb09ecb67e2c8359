package report

import (
	"encoding/json"
	"io"
)

// JSONVersion is the version of the JSON schema documented in the
// package comment.
const JSONVersion = 1

// JSON writes the report as the documented JSON object.
func JSON(w io.Writer, r *Report) error {
	out := struct {
		Version  int        `json:"version"`
		Findings []*Finding `json:"findings"`
		Errors   []Error    `json:"errors"`
		Notes    []string   `json:"notes"`
	}{JSONVersion, nonNil(r.Findings), nonNil(r.Errors), nonNil(r.Notes)}
	for _, f := range out.Findings {
		f.Trace, f.Fixes = nonNil(f.Trace), nonNil(f.Fixes)
		for i := range f.Fixes {
			f.Fixes[i].Edits = nonNil(f.Fixes[i].Edits)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

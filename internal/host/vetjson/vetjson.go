// Package vetjson reads what go vet -json prints: a stream of JSON
// objects, one per vetted unit and per tool output, each
//
//	{"unit ID": {"analyzer": [diagnostics] or {"error": "message"}}}
//
// in the format of x/tools' unitchecker (driverutil.JSONTree). The unit
// ID is the package's import path, or "p [p.test]" / "p_test [p.test]"
// for the test variants. The language server and the standalone command
// both drive go vet and read its output with it.
package vetjson

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Diagnostic is one diagnostic of an analyzer.
type Diagnostic struct {
	Category       string    `json:"category"`
	Posn           string    `json:"posn"`
	End            string    `json:"end"`
	Message        string    `json:"message"`
	SuggestedFixes []Fix     `json:"suggested_fixes"`
	Related        []Related `json:"related"`
}

// Fix is a suggested fix.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the bytes [Start, End) of a file.
type Edit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

// Related is a related information entry (privet's trace steps).
type Related struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

// Units maps a unit ID to its analyzers' raw entries.
type Units map[string]map[string]json.RawMessage

// Read decodes the stream r and calls unit for each unit of each object
// as it arrives (go vet prints a unit's output when its analysis ends,
// so a caller can show progress). It returns at the end of the stream or
// at the first malformed object.
func Read(r io.Reader, unit func(id string, analyzers map[string]json.RawMessage)) error {
	dec := json.NewDecoder(r)
	for {
		var obj Units
		if err := dec.Decode(&obj); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		for id, as := range obj {
			unit(id, as)
		}
	}
}

// ReadAll decodes the whole stream r, merging the entries of a unit that
// appears in several objects.
func ReadAll(r io.Reader) (Units, error) {
	units := Units{}
	err := Read(r, func(id string, as map[string]json.RawMessage) {
		if units[id] == nil {
			units[id] = map[string]json.RawMessage{}
		}
		for a, raw := range as {
			units[id][a] = raw
		}
	})
	return units, err
}

// Entry decodes one analyzer's entry: its diagnostics, or the error the
// analyzer failed with (errMsg, and no diagnostics).
func Entry(raw json.RawMessage) (diags []Diagnostic, errMsg string, err error) {
	if err := json.Unmarshal(raw, &diags); err == nil {
		return diags, "", nil
	}
	var e struct{ Error string }
	if err := json.Unmarshal(raw, &e); err != nil || e.Error == "" {
		return nil, "", fmt.Errorf("neither diagnostics nor an error: %.100s", raw)
	}
	return nil, e.Error, nil
}

// Package maps a unit ID ("p", "p [p.test]", "p_test [p.test]") to the
// package it belongs to.
func Package(id string) string {
	path, variant, ok := strings.Cut(id, " [")
	if ok && strings.HasSuffix(path, "_test") && strings.TrimSuffix(variant, ".test]") == strings.TrimSuffix(path, "_test") {
		path = strings.TrimSuffix(path, "_test")
	}
	return path
}

// SplitPosn splits a position, "file:line:col", or "file:line" with
// col 0 when the column is unknown: go vet writes that form after a
// //line directive that gives no column (go/token's convention).
func SplitPosn(posn string) (file string, line, col int, ok bool) {
	i := strings.LastIndexByte(posn, ':')
	if i < 0 {
		return "", 0, 0, false
	}
	last, err := strconv.Atoi(posn[i+1:])
	if err != nil || last < 0 {
		return "", 0, 0, false
	}
	if j := strings.LastIndexByte(posn[:i], ':'); j >= 0 {
		if line, err := strconv.Atoi(posn[j+1 : i]); err == nil && line >= 0 {
			return posn[:j], line, last, true
		}
	}
	// "file:line": the file's base name must not hold a colon, so that
	// "a.go:x:3" is no position.
	file = posn[:i]
	if base := file[strings.LastIndexAny(file, `/\`)+1:]; base == "" || strings.Contains(base, ":") {
		return "", 0, 0, false
	}
	return file, last, 0, true
}

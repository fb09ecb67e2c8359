// Package baseline records the findings a codebase already has, so that a
// run can report only new ones (privet -baseline-write FILE, then
// privet -baseline FILE).
//
// A finding is keyed by its fingerprint, which does not depend on line or
// column numbers: it hashes the package, the enclosing function, the
// category, the message (categories, source fields and sink: a call that
// a source more reaches is a new finding) and the text of the leaking
// argument. The message of a finding from a provisional
// source (report.IsProvisional) is keyed as it will read once the field
// is tagged (report.Declared), so tagging does not resurrect it. Inserting or deleting lines elsewhere, even in
// the same function, therefore keeps old findings quiet. Identical
// findings in one function share a fingerprint; the baseline stores how
// many there were, and a run reports only those beyond that count.
//
// The file is JSON, sorted, one entry per fingerprint, with the parts of
// the key written out so it can be reviewed in a pull request:
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {"fingerprint": "…", "count": 1, "category": "ai", "package": "example.com/leaks/support",
//	     "function": "Greeting", "message": "pii data (Customer.Name) reaches …",
//	     "argument": "\"Write a greeting for \" + cust.Name"}
//	  ]
//	}
package baseline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/privetlint/privet/internal/host/report"
)

// Version is the version of the baseline file format.
const Version = 1

// Fingerprint computes a finding's line-independent key. file is used
// only for findings outside any function (policy warnings, annotations on
// types), which have nothing else that names where they are.
func Fingerprint(pkg, function, file, category, message, argument string) string {
	where := function
	if where == "" {
		where = "file " + file
	}
	h := sha256.New()
	for _, part := range []string{"v1", pkg, where, category, message, argument} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Entry is one fingerprint of the baseline.
type Entry struct {
	Fingerprint string `json:"fingerprint"`
	Count       int    `json:"count"`
	Category    string `json:"category"`
	Package     string `json:"package"`
	Function    string `json:"function"`
	Message     string `json:"message"`
	Argument    string `json:"argument"`
}

// File is a baseline.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// New records findings.
func New(findings []*report.Finding) *File {
	byKey := map[string]*Entry{}
	for _, f := range findings {
		if e := byKey[f.Fingerprint]; e != nil {
			e.Count++
			continue
		}
		byKey[f.Fingerprint] = &Entry{
			Fingerprint: f.Fingerprint, Count: 1, Category: f.Category, Package: f.Package,
			Function: f.Function, Message: f.Message, Argument: f.Argument,
		}
	}
	b := &File{Version: Version, Findings: []Entry{}}
	for _, e := range byKey {
		b.Findings = append(b.Findings, *e)
	}
	slices.SortFunc(b.Findings, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(x.Package, y.Package), cmp.Compare(x.Function, y.Function),
			cmp.Compare(x.Message, y.Message), cmp.Compare(x.Argument, y.Argument), cmp.Compare(x.Fingerprint, y.Fingerprint))
	})
	return b
}

// Write writes the baseline as indented JSON.
func (b *File) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// Read reads a baseline file.
func Read(name string) (*File, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var b File
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%s: not a privet baseline: %v", name, err)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: unsupported baseline version %d (want %d)", name, b.Version, Version)
	}
	return &b, nil
}

// Filter returns the findings that are new with respect to the baseline,
// in their order. When a fingerprint occurs more often than recorded, the
// occurrences beyond the recorded count are new; findings are assumed in
// position order, so those are the last ones.
func (b *File) Filter(findings []*report.Finding) []*report.Finding {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Fingerprint] += e.Count
	}
	var out []*report.Finding
	for _, f := range findings {
		if left[f.Fingerprint] > 0 {
			left[f.Fingerprint]--
			continue
		}
		out = append(out, f)
	}
	return out
}

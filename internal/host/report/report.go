// Package report holds the findings of a standalone privet run and
// renders them as text, JSON or SARIF 2.1.0.
//
// Every rendering is deterministic: findings are sorted by position,
// then category and message, and file names are as the caller gave them
// (the privet command makes them relative to the working directory).
//
// # JSON schema (version 1)
//
// privet -format json writes one object; fields are never omitted (empty
// lists are []), and new fields may be added in later versions without
// changing "version":
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {
//	      "file": "support/support.go",    // relative to the working directory, / separated
//	      "line": 13,                      // 1-based
//	      "column": 9,                     // 1-based, in bytes; 0: unknown (a //line directive without a column)
//	      "category": "ai",                // sink kind (ai, http, analytics, ...), or annotation, policy, unmarked, unmarked-sink
//	      "message": "pii data (Customer.Name) reaches an AI service (llm Client.Ask) without an approved sanitizer",
//	      "package": "example.com/leaks/support",
//	      "function": "Greeting",          // enclosing declared function ("T.M" for methods), "" outside one
//	      "fingerprint": "9f1c2a4b7d3e5f60", // independent of line numbers (see privet -baseline)
//	      "trace": [                       // the path, from where the value was read to the sink argument
//	        {"file": "support/support.go", "line": 13, "column": 46, "message": "read Customer.Name"}
//	      ],
//	      "fixes": [                       // suggested fixes; privet -fix applies the first
//	        {"message": "wrap c.Name in privacy.Mask",
//	         "edits": [{"file": "support/support.go",
//	                    "start": {"line": 13, "column": 15, "offset": 321},
//	                    "end":   {"line": 13, "column": 15, "offset": 321},
//	                    "new": "privacy.Mask("}]}
//	      ]
//	    }
//	  ],
//	  "errors": [                          // packages that could not be loaded or analysed
//	    {"package": "example.com/broken", "posn": "broken/broken.go:5:9", "message": "undefined: x"}
//	  ],
//	  "notes": [                           // where a bound of the engine cut the analysis short
//	    "bound reached in example.com/app.Spread: summary-flows: the summary has more flows than ..."
//	  ]
//	}
//
// In SARIF, errors are the invocation's toolExecutionNotifications of
// level error, and notes those of level note.
package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
)

// Report is the outcome of a run.
type Report struct {
	Findings []*Finding
	Errors   []Error
	// Notes say where a bound of the engine cut the analysis short (one
	// line per function and bound): flows there may be coarser or, for
	// some bounds, missed.
	Notes []string
}

// Finding is one diagnostic.
type Finding struct {
	Location
	// End is where the reported call ends, when known.
	End         *End   `json:"end,omitempty"`
	Category    string `json:"category"`
	Message     string `json:"message"`
	Package     string `json:"package"`
	Function    string `json:"function"`
	Fingerprint string `json:"fingerprint"`
	Trace       []Step `json:"trace"`
	Fixes       []Fix  `json:"fixes"`
	// Provisional says the message names a provisional source: a field
	// that carries no privet mark but looks like customer data.
	Provisional bool `json:"provisional,omitempty"`
	// Argument is the source text of the leaking argument, one of the
	// parts of the fingerprint; it is written to baselines, not to JSON.
	Argument string `json:"-"`
}

// Location is a position in a file: 1-based line, 1-based byte column
// (0 when unknown: go/token's convention after a //line directive that
// gives no column).
type Location struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// End is the end of a finding's range, in the finding's file: 1-based
// line and byte column just past the range.
type End struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

// String is "file:line:col", or "file:line" when the column is unknown
// (0, after a //line directive that names none), as go vet prints it.
func (l Location) String() string {
	if l.Column == 0 {
		return fmt.Sprintf("%s:%d", l.File, l.Line)
	}
	return fmt.Sprintf("%s:%d:%d", l.File, l.Line, l.Column)
}

// Step is one step of a finding's path.
type Step struct {
	Location
	Message string `json:"message"`
}

// Fix is a suggested fix: edits that together resolve the finding.
type Fix struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// Edit replaces the text between Start and End (an insertion when they
// are equal) with New.
type Edit struct {
	File  string `json:"file"`
	Start Offset `json:"start"`
	End   Offset `json:"end"`
	New   string `json:"new"`
}

// Offset is a position with its byte offset in the file.
type Offset struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

// Error is a package that could not be loaded, type-checked or analysed.
type Error struct {
	Package string `json:"package"`
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// String is "posn: message", or "package: message" without a position.
func (e Error) String() string {
	switch {
	case e.Posn != "":
		return e.Posn + ": " + e.Message
	case e.Package != "":
		return e.Package + ": " + e.Message
	}
	return e.Message
}

// Sort puts the findings and errors in their canonical order.
func (r *Report) Sort() {
	slices.SortStableFunc(r.Findings, func(a, b *Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Category, b.Category),
			cmp.Compare(a.Message, b.Message),
		)
	})
	slices.SortStableFunc(r.Errors, func(a, b Error) int {
		return cmp.Or(cmp.Compare(a.Package, b.Package), cmp.Compare(a.Posn, b.Posn), cmp.Compare(a.Message, b.Message))
	})
}

// Text writes one line per finding, "file:line:col: message"; with
// trace, each step of the path follows on its own line, its position
// first and the step indented after it, as go vet prints related
// information: "file:line:col: \tstep". Every line starts with a
// position, so tools that link "file:line:col:" at the start of a line
// (Emacs compilation-mode, Vim's errorformat, IDE output filters) link
// each step. Advice (Finding.Advice) comes last, so that the leaks are
// not lost in a module's list of unmarked fields (the standalone command
// says on standard error how many lines are advice).
func Text(w io.Writer, r *Report, trace bool) error {
	var findings, advice []*Finding
	for _, f := range r.Findings {
		if f.Advice() {
			advice = append(advice, f)
		} else {
			findings = append(findings, f)
		}
	}
	if err := text(w, findings, trace); err != nil {
		return err
	}
	return text(w, advice, trace)
}

// Advice reports whether the finding is advice rather than a flow or a
// problem: an unmarked field that looks like customer data, or an
// interface whose implementation sends (privetdiscover's categories
// "unmarked" and "unmarked-sink"). Advice does not fail the standalone
// command.
func (f *Finding) Advice() bool {
	return f.Category == "unmarked" || f.Category == "unmarked-sink"
}

// text writes findings one per line, with their traces when asked.
func text(w io.Writer, findings []*Finding, trace bool) error {
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s: %s\n", f.Location, f.Message); err != nil {
			return err
		}
		if !trace {
			continue
		}
		for _, s := range f.Trace {
			if _, err := fmt.Fprintf(w, "%s: \t%s\n", s.Location, s.Message); err != nil {
				return err
			}
		}
	}
	return nil
}

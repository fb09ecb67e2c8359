package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/privetlint/privet/internal/host/explain"
)

// SARIF output, version 2.1.0, shaped for GitHub code scanning:
//
//   - one run; tool.driver.rules has one rule per built-in sink kind
//     (sinks.Kinds; ruleId = the finding's category: ai, http, ...), the
//     non-leak topics (annotation, policy, unmarked, unmarked-sink), then
//     one per custom kind found in the report, each with the help text of
//     privet explain;
//   - artifact locations are relative URIs with uriBaseId %SRCROOT% (the
//     working directory privet ran in; run privet from the repository
//     root); columns are UTF-16 code units, as SARIF's default columnKind
//     requires;
//   - partialFingerprints["privet/v1"] is the finding's line-independent
//     fingerprint and its occurrence number, so moving unrelated lines
//     does not make code scanning see a new alert;
//   - the trace becomes results[].codeFlows[].threadFlows[].locations, and
//     suggested fixes become results[].fixes.

// SARIFSchema is the schema URI written to $schema.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// Tool describes the tool in the SARIF driver: Version as privet
// -version says it in one word, SemanticVersion as Semantic Versioning
// 2.0.
type Tool struct {
	Name, Version, SemanticVersion, InformationURI string
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool         `json:"tool"`
	AutomationDetails sarifAutomation   `json:"automationDetails"`
	Invocations       []sarifInvocation `json:"invocations"`
	ColumnKind        string            `json:"columnKind"`
	Results           []sarifResult     `json:"results"`
}

// sarifAutomation identifies the run: GitHub code scanning takes the
// part of id before its last slash as the analysis category, so that
// privet's alerts are kept apart from other tools'.
type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri,omitempty"`
	Rules           []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifMessage    `json:"shortDescription"`
	FullDescription      sarifMessage    `json:"fullDescription"`
	Help                 sarifHelp       `json:"help"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags             []string `json:"tags"`
	Precision        string   `json:"precision"`
	SecuritySeverity string   `json:"security-severity,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level   string       `json:"level"`
	Message sarifMessage `json:"message"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []sarifCodeFlow   `json:"codeFlows,omitempty"`
	Fixes               []sarifFix        `json:"fixes,omitempty"`
	Properties          *sarifResultProps `json:"properties,omitempty"`
}

// sarifResultProps are a result's properties: provisional for a finding
// whose source is a field that looks like customer data but carries no
// mark.
type sarifResultProps struct {
	Provisional bool `json:"provisional"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
	Message          *sarifMessage  `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"` // omitted when unknown (0): SARIF's default, the line's start
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifLogical struct {
	Name               string `json:"name"`
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifCodeFlow struct {
	ThreadFlows []sarifThreadFlow `json:"threadFlows"`
}

type sarifThreadFlow struct {
	Locations []sarifThreadFlowLocation `json:"locations"`
}

type sarifThreadFlowLocation struct {
	Location sarifLocation `json:"location"`
}

type sarifFix struct {
	Description     sarifMessage          `json:"description"`
	ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
}

type sarifArtifactChange struct {
	ArtifactLocation sarifArtifact      `json:"artifactLocation"`
	Replacements     []sarifReplacement `json:"replacements"`
}

type sarifReplacement struct {
	DeletedRegion   sarifRegion  `json:"deletedRegion"`
	InsertedContent sarifMessage `json:"insertedContent"`
}

// leakSeverity is the GitHub code scanning security-severity of every
// leak rule (7.0-8.9 is "high"): privet does not rank sink kinds.
const leakSeverity = "7.5"

// SARIF writes the report as a SARIF 2.1.0 log. readFile reads source
// files to convert byte columns to UTF-16 columns (nil: os.ReadFile; a
// file that cannot be read keeps byte columns).
func SARIF(w io.Writer, r *Report, tool Tool, readFile func(string) ([]byte, error)) error {
	if readFile == nil {
		readFile = os.ReadFile
	}
	cols := &columns{read: readFile, lines: map[string][][]byte{}}
	rules, index := sarifRules(r, tool.InformationURI)
	run := sarifRun{
		Tool: sarifTool{sarifDriver{Name: tool.Name, Version: tool.Version, SemanticVersion: tool.SemanticVersion,
			InformationURI: tool.InformationURI, Rules: rules}},
		AutomationDetails: sarifAutomation{ID: tool.Name + "/"},
		Invocations:       []sarifInvocation{{ExecutionSuccessful: len(r.Errors) == 0}},
		ColumnKind:        "utf16CodeUnits",
		Results:           []sarifResult{},
	}
	for _, e := range r.Errors {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "error", Message: sarifMessage{e.String()}})
	}
	for _, n := range r.Notes {
		run.Invocations[0].ToolExecutionNotifications = append(run.Invocations[0].ToolExecutionNotifications,
			sarifNotification{Level: "note", Message: sarifMessage{n}})
	}
	seen := map[string]int{}
	for _, f := range r.Findings {
		seen[f.Fingerprint]++
		res := sarifResult{
			RuleID:              f.Category,
			RuleIndex:           index[f.Category],
			Level:               rules[index[f.Category]].DefaultConfiguration.Level,
			Message:             sarifMessage{f.Message},
			Locations:           []sarifLocation{cols.locationEnd(f.Location, f.End, nil)},
			PartialFingerprints: map[string]string{"privet/v1": fmt.Sprintf("%s:%d", f.Fingerprint, seen[f.Fingerprint])},
		}
		if f.Provisional {
			res.Properties = &sarifResultProps{Provisional: true}
		}
		if f.Function != "" {
			res.Locations[0].LogicalLocations = []sarifLogical{{
				Name: f.Function, FullyQualifiedName: f.Package + "." + f.Function, Kind: "function",
			}}
		}
		if len(f.Trace) > 0 {
			var tf sarifThreadFlow
			for _, s := range f.Trace {
				tf.Locations = append(tf.Locations, sarifThreadFlowLocation{cols.location(s.Location, &sarifMessage{s.Message})})
			}
			res.CodeFlows = []sarifCodeFlow{{ThreadFlows: []sarifThreadFlow{tf}}}
		}
		for _, fix := range f.Fixes {
			res.Fixes = append(res.Fixes, cols.fix(fix))
		}
		run.Results = append(run.Results, res)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// sarifRules lists the rules: the built-in sink kinds, annotation and
// policy, then custom kinds found in the report, sorted.
func sarifRules(r *Report, helpURI string) ([]sarifRule, map[string]int) {
	ids := append(explain.SinkKinds(), explain.NonLeakTopics...)
	var custom []string
	for _, f := range r.Findings {
		if !slices.Contains(ids, f.Category) && !slices.Contains(custom, f.Category) {
			custom = append(custom, f.Category)
		}
	}
	slices.Sort(custom)
	ids = append(ids, custom...)
	index := map[string]int{}
	var rules []sarifRule
	for i, id := range ids {
		d := explain.ForKind(id)
		rule := sarifRule{
			ID:                   id,
			Name:                 ruleName(id, d.Title, rules),
			ShortDescription:     sarifMessage{d.Title},
			FullDescription:      sarifMessage{strings.Join(strings.Fields(firstParagraph(d.Text)), " ")},
			Help:                 sarifHelp{Text: d.String(), Markdown: d.Markdown()},
			HelpURI:              helpURI,
			DefaultConfiguration: sarifRuleConfig{Level: "error"},
			Properties: sarifRuleProps{
				Tags:             []string{"security", "privacy", "external/cwe/cwe-359"},
				Precision:        "high",
				SecuritySeverity: leakSeverity,
			},
		}
		switch id {
		case "annotation", "policy":
			rule.DefaultConfiguration.Level = "warning"
			rule.Properties = sarifRuleProps{Tags: []string{"correctness"}, Precision: "very-high"}
		case "unmarked", "unmarked-sink":
			// privetdiscover's suggestions: something to mark, not a leak.
			rule.DefaultConfiguration.Level = "note"
			rule.Properties = sarifRuleProps{Tags: []string{"privacy"}, Precision: "medium"}
		}
		index[id] = i
		rules = append(rules, rule)
	}
	return rules, index
}

// ruleName is a rule's name as SARIF wants it (SARIF2012): an identifier
// in Pascal case, from its title ("sensitive customer data reaches an AI
// service": SensitiveCustomerDataReachesAnAIService), the id added when
// another rule has the name already (custom kinds share a title).
func ruleName(id, title string, before []sarifRule) string {
	pascal := func(s string) string {
		var b strings.Builder
		for _, w := range strings.FieldsFunc(s, func(r rune) bool {
			return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
		}) {
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
		return b.String()
	}
	name := pascal(title)
	if name == "" || slices.ContainsFunc(before, func(r sarifRule) bool { return r.Name == name }) {
		name += pascal(id)
	}
	return name
}

func firstParagraph(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "\n\n"); i >= 0 {
		return s[:i]
	}
	return s
}

// columns converts byte columns to UTF-16 columns, reading each file once.
type columns struct {
	read  func(string) ([]byte, error)
	lines map[string][][]byte
}

func (c *columns) utf16(file string, line, col int) int {
	lines, ok := c.lines[file]
	if !ok {
		if data, err := c.read(filepath.FromSlash(file)); err == nil {
			lines = bytes.SplitAfter(data, []byte("\n"))
		}
		c.lines[file] = lines
	}
	if line < 1 || line > len(lines) || col < 1 || col-1 > len(lines[line-1]) {
		return col
	}
	n := 1
	for rest := lines[line-1][:col-1]; len(rest) > 0; {
		r, size := utf8.DecodeRune(rest)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		rest = rest[size:]
	}
	return n
}

func artifact(file string) sarifArtifact {
	return sarifArtifact{URI: uriPath(file), URIBaseID: "%SRCROOT%"}
}

// uriPath escapes a slash-separated relative file name as a URI reference.
func uriPath(file string) string {
	var b strings.Builder
	for i := 0; i < len(file); i++ {
		c := file[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func (c *columns) location(l Location, msg *sarifMessage) sarifLocation {
	return c.locationEnd(l, nil, msg)
}

// locationEnd is location with the end of the region, when known.
func (c *columns) locationEnd(l Location, end *End, msg *sarifMessage) sarifLocation {
	loc := sarifLocation{
		PhysicalLocation: sarifPhysical{
			ArtifactLocation: artifact(l.File),
			Region:           sarifRegion{StartLine: l.Line, StartColumn: c.utf16(l.File, l.Line, l.Column)},
		},
		Message: msg,
	}
	if end != nil && (end.Line > l.Line || end.Line == l.Line && end.Column > l.Column) {
		loc.PhysicalLocation.Region.EndLine = end.Line
		loc.PhysicalLocation.Region.EndColumn = c.utf16(l.File, end.Line, end.Column)
	}
	return loc
}

func (c *columns) fix(fix Fix) sarifFix {
	out := sarifFix{Description: sarifMessage{fix.Message}}
	byFile := map[string]int{}
	for _, e := range fix.Edits {
		i, ok := byFile[e.File]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.File] = i
			out.ArtifactChanges = append(out.ArtifactChanges, sarifArtifactChange{ArtifactLocation: artifact(e.File)})
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, sarifReplacement{
			DeletedRegion: sarifRegion{
				StartLine: e.Start.Line, StartColumn: c.utf16(e.File, e.Start.Line, e.Start.Column),
				EndLine: e.End.Line, EndColumn: c.utf16(e.File, e.End.Line, e.End.Column),
			},
			InsertedContent: sarifMessage{e.New},
		})
	}
	return out
}

package config

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	yaml "go.yaml.in/yaml/v3"

	"github.com/privetlint/privet/internal/category"
)

// FileNames are the names searched for, in order, in each directory.
var FileNames = []string{".privet.yml", ".privet.yaml"}

// Problem is one thing wrong with a policy file.
type Problem struct {
	Pos     Position
	Message string
}

func (p Problem) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", p.Pos.File, p.Pos.Line, p.Pos.Col, p.Message)
}

// Error lists the problems of an invalid policy file, one per line.
type Error struct{ Problems []Problem }

func (e *Error) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Settings say which policy applies; the zero value searches for files.
type Settings struct {
	// File is an explicit policy file used for every package (the
	// -privet.config flag); empty: PRIVET_CONFIG, else the search.
	File string
	// Policy, when not nil, is a policy given by the host rather than a
	// file (the golangci-lint plugin's inline settings); it applies to
	// every package and wins over any file.
	Policy *Config
	// Text is a policy given as a flag value (-privet.policy): YAML text,
	// or @FILE to read it from a file. It applies to every package and
	// wins over File and the search. Text makes the policy part of the
	// analyzer's flags, so hosts that key their caches on flags (Bazel's
	// nogo, go vet) see a policy change as an input change.
	Text string
}

// TextName is the name policy problems of inline Text are reported at
// (TextName:LINE:COL).
const TextName = "-privet.policy"

// Find returns the policy file that applies to a directory: the explicit
// path (s.File, then the environment), else the first .privet.yml or
// .privet.yaml found walking up from dir to the module root (go.mod) or
// the repository root (.git).
// It returns "" when there is none.
func (s Settings) Find(dir string) (string, error) {
	for _, explicit := range []string{s.File, os.Getenv(EnvVar)} {
		if explicit != "" {
			if st, err := os.Stat(explicit); err != nil {
				return "", fmt.Errorf("policy file: %v", err)
			} else if st.IsDir() {
				return "", fmt.Errorf("policy file: %s is a directory", explicit)
			}
			return filepath.Abs(explicit)
		}
	}
	if dir == "" {
		return "", nil
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range FileNames {
			p := filepath.Join(dir, name)
			st, err := os.Stat(p)
			if err == nil && !st.IsDir() {
				return p, nil
			}
			// A name that is there but cannot be read (a symbolic link
			// loop, a dangling link, no permission) or is a directory is
			// an error, not "no policy": the user meant it to apply.
			if err == nil {
				return "", fmt.Errorf("%s: is a directory, not a policy file", displayName(p))
			}
			if _, lerr := os.Lstat(p); lerr == nil {
				return "", unreadable(p, err)
			}
		}
		if isRoot(dir) {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// unreadable is the error for a policy file that is there but cannot be
// read: the same words in every host.
func unreadable(file string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: cannot read the policy file: %v", displayName(file), err)
}

// ReadFile reads a policy file, with the error every host prints for one
// that cannot be read.
func ReadFile(file string) ([]byte, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, unreadable(file, err)
	}
	return data, nil
}

// isRoot reports whether the search stops at dir: a module root or a
// repository root.
func isRoot(dir string) bool {
	for _, marker := range []string{"go.mod", ".git"} {
		if _, err := os.Stat(filepath.Join(dir, marker)); err == nil {
			return true
		}
	}
	return false
}

// cache holds parsed files by path, size and modification time, so that a
// process analysing many packages parses each file once.
var cache sync.Map // cacheKey or textKey -> *loaded

type cacheKey struct {
	path  string
	size  int64
	mtime int64
}

type loaded struct {
	cfg *Config
	err error
}

// Load returns the policy that applies to a directory (the empty policy
// when there is no file). It does not check the sink names the policy
// uses, which need the sink catalog: hosts call sinks.LoadPolicy, which
// does.
func (s Settings) Load(dir string) (*Config, error) {
	if s.Policy != nil {
		return s.Policy, nil
	}
	if s.Text != "" {
		return s.loadText()
	}
	file, err := s.Find(dir)
	if err != nil {
		return nil, err
	}
	if file == "" {
		return &Config{}, nil
	}
	st, err := os.Stat(file)
	if err != nil {
		return nil, unreadable(file, err)
	}
	key := cacheKey{file, st.Size(), st.ModTime().UnixNano()}
	if l, ok := cache.Load(key); ok {
		return l.(*loaded).cfg, l.(*loaded).err
	}
	data, err := ReadFile(file)
	if err != nil {
		return nil, err
	}
	cfg, err := Parse(displayName(file), data)
	if cfg != nil {
		cfg.File = file
	}
	cache.Store(key, &loaded{cfg, err})
	return cfg, err
}

// loadText parses s.Text: inline YAML, or @FILE. Parsed once per text in
// a process.
func (s Settings) loadText() (*Config, error) {
	name, data := TextName, []byte(s.Text)
	if file, ok := strings.CutPrefix(s.Text, "@"); ok {
		var err error
		if data, err = os.ReadFile(file); err != nil {
			return nil, fmt.Errorf("%s: %v", TextName, err)
		}
		name = displayName(file)
	}
	key := textKey{name, string(data)}
	if l, ok := cache.Load(key); ok {
		return l.(*loaded).cfg, l.(*loaded).err
	}
	cfg, err := Parse(name, data)
	cache.Store(key, &loaded{cfg, err})
	return cfg, err
}

// textKey keys the cache for policies given as text.
type textKey struct{ name, text string }

// displayName shortens a file name for messages: relative to the working
// directory when below it.
func displayName(file string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, file); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return file
}

// Parse validates and decodes a policy file. name is used in messages.
// Every problem found is returned in one *Error.
func Parse(name string, data []byte) (*Config, error) {
	p := &parser{file: name, cfg: &Config{File: name}}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		p.yamlError(err)
		return nil, &Error{p.problems}
	}
	if len(doc.Content) == 0 {
		p.errorf(Position{name, 1, 1}, "empty policy file: write at least \"version: 1\"")
		return nil, &Error{p.problems}
	}
	// One document: yaml.Unmarshal would read the first and drop the
	// rules of any other without a word.
	for {
		var more yaml.Node
		err := dec.Decode(&more)
		if err == io.EOF {
			break
		}
		if err != nil {
			p.yamlError(err)
			break
		}
		if len(more.Content) == 0 || more.Content[0].Kind == yaml.ScalarNode && more.Content[0].Tag == "!!null" && more.Content[0].Value == "" {
			continue // "---" followed by nothing
		}
		p.errorf(p.pos(&more), "a second YAML document (after ---): a policy file is one document; merge its keys into the first")
		break
	}
	p.top(doc.Content[0])
	if len(p.problems) > 0 {
		// In the order of the file's lines; on one line, the parser's
		// order (a rule's own problem before what it means for the rule).
		slices.SortStableFunc(p.problems, func(a, b Problem) int { return cmp.Compare(a.Pos.Line, b.Pos.Line) })
		return nil, &Error{p.problems}
	}
	return p.cfg, nil
}

// yamlError records a syntax error of the YAML parser.
func (p *parser) yamlError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLinePrefix.ReplaceAllString(msg, "")
	p.errorf(yamlErrorPos(err), "%s", strings.ReplaceAll(msg, "\n", "; "))
}

var (
	yamlLine       = regexp.MustCompile(`line (\d+)`)
	yamlLinePrefix = regexp.MustCompile(`^line \d+: `)
)

func yamlErrorPos(err error) Position {
	pos := Position{Line: 1, Col: 1}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		pos.Line, _ = strconv.Atoi(m[1])
	}
	return pos
}

type parser struct {
	file     string
	cfg      *Config
	problems []Problem
}

func (p *parser) pos(n *yaml.Node) Position { return Position{p.file, n.Line, n.Column} }

func (p *parser) errorf(pos Position, format string, args ...any) {
	if pos.File == "" {
		pos.File = p.file
	}
	p.problems = append(p.problems, Problem{pos, bound(fmt.Sprintf(format, args...))})
}

// fields walks a mapping, checking its keys against the allowed ones
// (with a did-you-mean for unknown keys), and calls f for each.
func (p *parser) fields(n *yaml.Node, what string, allowed []string, f func(key string, k, v *yaml.Node)) {
	if n.Kind != yaml.MappingNode {
		p.errorf(p.pos(n), "%s must be a mapping, not %s", what, kindName(n))
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(allowed, k.Value) {
			msg := fmt.Sprintf("unknown key %s in %s", Quote(k.Value), what)
			if s := Suggest(k.Value, allowed); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			} else {
				msg += " (known: " + strings.Join(allowed, ", ") + ")"
			}
			p.errorf(p.pos(k), "%s", msg)
			continue
		}
		if seen[k.Value] {
			p.errorf(p.pos(k), "duplicate key %s in %s", Quote(k.Value), what)
			continue
		}
		seen[k.Value] = true
		f(k.Value, k, v)
	}
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "empty"
		}
		return Quote(n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "a document"
}

func (p *parser) str(n *yaml.Node, what string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errorf(p.pos(n), "%s must be a string, not %s", what, kindName(n))
		return "", false
	}
	return n.Value, true
}

func (p *parser) strs(n *yaml.Node, what string) ([]string, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{n.Value}, true
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(p.pos(n), "%s must be a list of strings, not %s", what, kindName(n))
		return nil, false
	}
	var out []string
	ok := true
	for _, e := range n.Content {
		s, good := p.str(e, what+" entry")
		ok = ok && good
		out = append(out, s)
	}
	return out, ok
}

func (p *parser) pattern(n *yaml.Node, what string) Pattern {
	s, ok := p.str(n, what)
	if !ok {
		return Pattern{}
	}
	pat, err := compilePattern(s)
	if err != nil {
		p.errorf(p.pos(n), "invalid regular expression in %s: %v", what, err)
	}
	return pat
}

func (p *parser) categories(n *yaml.Node, what string) category.Set {
	names, ok := p.strs(n, what)
	if !ok {
		return nil
	}
	for i, c := range names {
		if !p.cfg.Known(c) {
			at := n
			if n.Kind == yaml.SequenceNode {
				at = n.Content[i]
			}
			msg := fmt.Sprintf("unknown category %s", Quote(c))
			if s := Suggest(c, p.cfg.KnownNames()); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
			} else {
				msg += " (known: " + strings.Join(p.cfg.KnownNames(), ", ") + "; declare it under categories:)"
			}
			p.errorf(p.pos(at), "%s", msg)
		}
	}
	return category.Of(names...)
}

func (p *parser) list(n *yaml.Node, what string, f func(e *yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		p.errorf(p.pos(n), "%s must be a list, not %s", what, kindName(n))
		return
	}
	for _, e := range n.Content {
		f(e)
	}
}

func (p *parser) top(n *yaml.Node) {
	keys := []string{"version", "categories", "sink_kinds", "sources", "sinks", "sanitizers", "allow", "deny", "require", "access", "exclude", "enable", "discover", "tests"}
	var byKey = map[string][2]*yaml.Node{}
	p.fields(n, "the policy file", keys, func(key string, k, v *yaml.Node) { byKey[key] = [2]*yaml.Node{k, v} })
	if kv, ok := byKey["version"]; !ok {
		if n.Kind == yaml.MappingNode {
			p.errorf(p.pos(n), "missing \"version: 1\"")
		}
	} else if kv[1].Value != "1" {
		p.errorf(p.pos(kv[1]), "unsupported version %s: this privet reads version 1", Quote(kv[1].Value))
	}
	// Categories first: the other rules may use them.
	if kv, ok := byKey["categories"]; ok {
		p.list(kv[1], "categories", p.category)
	}
	if kv, ok := byKey["sink_kinds"]; ok {
		p.list(kv[1], "sink_kinds", p.kind)
	}
	handlers := []struct {
		key string
		f   func(*yaml.Node)
	}{{"sources", p.source}, {"sinks", p.sink}, {"sanitizers", p.sanitizer}, {"allow", p.allow}, {"deny", p.deny}, {"require", p.require}, {"access", p.access}}
	for _, h := range handlers {
		if kv, ok := byKey[h.key]; ok {
			p.list(kv[1], h.key, h.f)
		}
	}
	if kv, ok := byKey["exclude"]; ok {
		p.exclude(kv[1])
	}
	if kv, ok := byKey["enable"]; ok {
		names, _ := p.strs(kv[1], "enable")
		p.cfg.Enable = names
		p.cfg.EnablePos = p.pos(kv[1])
	}
	if kv, ok := byKey["discover"]; ok {
		p.discover(kv[1])
	}
	if kv, ok := byKey["tests"]; ok {
		if v := kv[1]; v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
			p.errorf(p.pos(v), "tests must be true or false, not %s", kindName(v))
		} else {
			p.cfg.Tests = strings.EqualFold(v.Value, "true")
		}
	}
}

var categoryName = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

func (p *parser) category(n *yaml.Node) {
	var c Category
	c.Pos = p.pos(n)
	p.fields(n, "a category", []string{"name", "description"}, func(key string, k, v *yaml.Node) {
		s, _ := p.str(v, key)
		if key == "name" {
			c.Name = s
			if s != "" && !categoryName.MatchString(s) {
				p.errorf(p.pos(v), "category name %s must be lower case letters, digits, '-' or '_'", Quote(s))
			}
			if category.IsBuiltin(s) {
				p.errorf(p.pos(v), "category %q is built in; no need to declare it", s)
			}
		} else {
			c.Description = s
		}
	})
	if c.Name == "" && n.Kind == yaml.MappingNode {
		p.errorf(c.Pos, "a category needs a name")
	}
	p.cfg.Categories = append(p.cfg.Categories, c)
}

// kind reads the declaration of a sink kind of the user's own (under
// sink_kinds:, not kinds:, which golangci-lint's settings use for the
// -privet.kinds list).
func (p *parser) kind(n *yaml.Node) {
	var k SinkKind
	k.Pos = p.pos(n)
	p.fields(n, "a sink kind", []string{"name", "description"}, func(key string, _, v *yaml.Node) {
		s, _ := p.str(v, key)
		if key == "name" {
			k.Name, k.NamePos = s, p.pos(v)
			if s != "" {
				if msg := KindNameProblem(s); msg != "" {
					p.errorf(p.pos(v), "%s", msg)
				}
			}
		} else {
			k.Description = s
		}
	})
	if k.Name == "" && n.Kind == yaml.MappingNode {
		p.errorf(k.Pos, "a sink kind needs a name")
	}
	p.cfg.Kinds = append(p.cfg.Kinds, k)
}

// kindName matches the name of a sink kind: what -privet.kinds, allow
// rules and diagnostics' categories compare, so one spelling only.
var kindWord = regexp.MustCompile(`^[a-z][a-z0-9_-]*$`)

// KindNameProblem returns what is wrong with the spelling of a sink kind
// (written in a directive, a policy rule or -privet.kinds), or "": a kind
// is a lower case word, and the message suggests the word meant.
func KindNameProblem(s string) string {
	if kindWord.MatchString(s) {
		return ""
	}
	shown := Quote(s)
	if strings.Contains(s, `"`) && !strings.ContainsAny(s, "`\n") && len(s) <= quoteLimit {
		shown = "`" + s + "`"
	}
	want := strings.ToLower(strings.Trim(s, "\"'` \t"))
	if kindWord.MatchString(want) {
		return fmt.Sprintf("sink kind %s must be a lower case word; did you mean %q?", shown, want)
	}
	return fmt.Sprintf("sink kind %s must be a lower case word (letters, digits, '-' or '_'), e.g. ai", shown)
}

// funcFields are the keys that name functions in rules.
var funcFields = []string{"package", "receiver", "method"}

func (p *parser) funcPattern(key string, v *yaml.Node, fp *FuncPattern) {
	switch key {
	case "package":
		fp.Package = p.pattern(v, key)
	case "receiver":
		fp.Receiver = p.pattern(v, key)
	case "method":
		fp.Method = p.pattern(v, key)
	}
}

// parseFuncName reads "example.com/pkg.Func" or "example.com/pkg.Type.Method".
func parseFuncName(s string) (FuncPattern, bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.Index(s[slash+1:], ".")
	if dot < 0 {
		return FuncPattern{}, false
	}
	pkg, rest := s[:slash+1+dot], s[slash+1+dot+1:]
	fp := FuncPattern{Package: Pattern{Text: pkg}}
	if recv, name, ok := strings.Cut(rest, "."); ok {
		fp.Receiver, fp.Method = Pattern{Text: strings.TrimPrefix(recv, "*")}, Pattern{Text: name}
	} else {
		fp.Method, fp.NoReceiver = Pattern{Text: rest}, true
	}
	return fp, fp.Method.Text != ""
}

func (p *parser) source(n *yaml.Node) {
	r := SourceRule{Pos: p.pos(n)}
	hasCats := false
	p.fields(n, "a source", []string{"package", "type", "fields", "tag", "function", "category", "categories"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "package":
			r.Package = p.pattern(v, key)
		case "type":
			r.Type = p.pattern(v, key)
		case "fields":
			r.Fields, _ = p.strs(v, key)
		case "tag":
			p.fields(v, "a tag rule", []string{"key", "value"}, func(key string, k, v *yaml.Node) {
				if key == "key" {
					r.TagKey, _ = p.str(v, key)
				} else {
					r.TagValue = p.pattern(v, key)
				}
			})
			if r.TagKey == "" && v.Kind == yaml.MappingNode {
				p.errorf(p.pos(v), "a tag rule needs a key")
			}
		case "function":
			s, ok := p.str(v, key)
			if !ok {
				return
			}
			fp, ok := parseFuncName(s)
			if !ok {
				p.errorf(p.pos(v), "function %s must be written package.Func or package.Type.Method", Quote(s))
				return
			}
			r.Function = &fp
		case "category", "categories":
			r.Categories = r.Categories.Union(p.categories(v, key))
			hasCats = true
		}
	})
	if n.Kind != yaml.MappingNode {
		return
	}
	switch {
	case !hasCats:
		p.errorf(r.Pos, "a source needs a category")
	case r.Function == nil && r.TagKey == "" && (r.Package.Text == "" || r.Type.Text == ""):
		p.errorf(r.Pos, "a source names a package and a type, a tag, or a function")
	case r.Function != nil && (r.TagKey != "" || r.Type.Text != ""):
		p.errorf(r.Pos, "a source names either a type, a tag or a function, not several")
	}
	p.cfg.Sources = append(p.cfg.Sources, r)
}

func (p *parser) sink(n *yaml.Node) {
	r := SinkRule{Pos: p.pos(n)}
	p.fields(n, "a sink", append(append([]string(nil), funcFields...), "args", "kind"), func(key string, k, v *yaml.Node) {
		switch key {
		case "args":
			r.Args = p.argIndexes(v, "args", "an argument index (0 is the first argument after the receiver; -1 the receiver)")
			if r.Args != nil {
				for _, e := range v.Content {
					if i, err := strconv.Atoi(e.Value); e.Kind == yaml.ScalarNode && err == nil && i >= -1 {
						r.ArgsPos = append(r.ArgsPos, p.pos(e))
					}
				}
			}
		case "kind":
			r.Kind, _ = p.str(v, key)
			r.KindPos = p.pos(v)
			if r.Kind != "" {
				if msg := KindNameProblem(r.Kind); msg != "" {
					p.errorf(p.pos(v), "%s", msg)
				}
			}
		default:
			p.funcPattern(key, v, &r.Func)
		}
	})
	if n.Kind != yaml.MappingNode {
		return
	}
	if r.Func.Package.Text == "" || r.Func.Method.Text == "" {
		p.errorf(r.Pos, "a sink needs a package and a method (a function name or a method name)")
	}
	if r.Kind == "" {
		p.errorf(r.Pos, "a sink needs a kind (ai, http, analytics, monitoring, messaging, payment, or your own)")
	}
	p.cfg.Sinks = append(p.cfg.Sinks, r)
}

// argIndexes reads a list of argument indexes (-1 the receiver) under
// key; what is the message for an entry that is not one. nil when the
// value is not a list.
func (p *parser) argIndexes(v *yaml.Node, key, what string) []int {
	if v.Kind != yaml.SequenceNode {
		p.errorf(p.pos(v), "%s must be a list of argument indexes, not %s", key, kindName(v))
		return nil
	}
	out := []int{}
	for _, e := range v.Content {
		i, err := strconv.Atoi(e.Value)
		if e.Kind != yaml.ScalarNode || err != nil || i < -1 {
			p.errorf(p.pos(e), "%s entry %s must be %s", key, kindName(e), what)
			continue
		}
		out = append(out, i)
	}
	return out
}

func (p *parser) sanitizer(n *yaml.Node) {
	r := SanitizerRule{Pos: p.pos(n)}
	p.fields(n, "a sanitizer", append(append([]string(nil), funcFields...), "categories", "category", "in"), func(key string, k, v *yaml.Node) {
		switch key {
		case "categories", "category":
			r.Categories = p.categories(v, key)
		case "in":
			r.In = p.argIndexes(v, "in", "a parameter index whose pointee the sanitizer cleans (0 is the first parameter after the receiver; -1 the receiver)")
		default:
			p.funcPattern(key, v, &r.Func)
		}
	})
	if n.Kind == yaml.MappingNode && (r.Func.Package.Text == "" || r.Func.Method.Text == "") {
		p.errorf(r.Pos, "a sanitizer needs a package and a method")
	}
	p.cfg.Sanitizers = append(p.cfg.Sanitizers, r)
}

func (p *parser) allow(n *yaml.Node) {
	p.cfg.Allow = append(p.cfg.Allow, p.flowRule(n, "an allow rule"))
}

func (p *parser) deny(n *yaml.Node) { p.cfg.Deny = append(p.cfg.Deny, p.flowRule(n, "a deny rule")) }

func (p *parser) require(n *yaml.Node) {
	r := p.flowRule(n, "a require rule")
	if n.Kind == yaml.MappingNode && len(r.Sanitizers) == 0 && !hasKey(n, "sanitizers") {
		p.errorf(r.Pos, "a require rule needs sanitizers: the functions that alone clean its categories there (example.com/shop/geo.Coarsen)")
	}
	p.cfg.Require = append(p.cfg.Require, r)
}

// flowRule reads an allow, deny or require rule: the same keys (and
// sanitizers for a require rule), all need a reason (a deny rule's is
// what its findings say).
func (p *parser) flowRule(n *yaml.Node, what string) FlowRule {
	r := FlowRule{Pos: p.pos(n)}
	keys := []string{"category", "categories", "sink", "hosts", "from", "reason"}
	if what == "a require rule" {
		keys = append(keys, "sanitizers")
	}
	p.fields(n, what, keys, func(key string, k, v *yaml.Node) {
		switch key {
		case "category", "categories":
			r.Categories = p.categories(v, key)
		case "sink":
			r.Sink, _ = p.str(v, key)
			r.SinkPos = p.pos(v) // checked against the catalog by the sinks pass
		case "hosts":
			r.Hosts, _ = p.strs(v, key)
			for i, h := range r.Hosts {
				if msg := hostProblem(h); msg != "" {
					p.errorf(p.pos(entry(v, i)), "%s", msg)
				}
			}
		case "from":
			r.From = p.scope(v, key)
		case "sanitizers":
			names, ok := p.strs(v, key)
			if ok && len(names) == 0 {
				p.errorf(p.pos(v), "sanitizers is empty: name the functions that alone clean the categories there (example.com/shop/geo.Coarsen)")
			}
			for i, name := range names {
				fp, ok := parseFuncName(name)
				if !ok || strings.HasPrefix(name, "/") {
					p.errorf(p.pos(entry(v, i)), "sanitizer %s must be written package.Func or package.Type.Method", Quote(name))
					continue
				}
				r.Sanitizers = append(r.Sanitizers, SanitizerName{Text: name, Func: fp, Pos: p.pos(entry(v, i))})
			}
		case "reason":
			r.Reason, _ = p.str(v, key)
		}
	})
	if n.Kind == yaml.MappingNode && strings.TrimSpace(r.Reason) == "" {
		p.errorf(r.Pos, "%s needs a reason", what)
	}
	return r
}

// access reads an access rule: what it protects (categories, or one
// source: "Type.Field" or "pkg.Type.Field", type, function), the
// packages that may read it, and why.
func (p *parser) access(n *yaml.Node) {
	r := AccessRule{Pos: p.pos(n)}
	what := 0
	p.fields(n, "an access rule", []string{"category", "categories", "source", "type", "function", "packages", "reason"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "category", "categories":
			r.Categories = p.categories(v, key)
			what++
		case "source", "type", "function":
			s, ok := p.str(v, key)
			if !ok {
				return
			}
			what++
			p.accessSubject(&r, key, s, v)
		case "packages":
			r.Readers = p.scope(v, key)
		case "reason":
			r.Reason, _ = p.str(v, key)
		}
	})
	if n.Kind == yaml.MappingNode {
		switch {
		case what == 0:
			p.errorf(r.Pos, "an access rule names what it protects: category, source (Type.Field), type or function")
		case what > 1:
			p.errorf(r.Pos, "an access rule names one of category, source, type or function, not several")
		case !hasKey(n, "packages"):
			p.errorf(r.Pos, "an access rule needs packages: the packages that may read the data")
		case strings.TrimSpace(r.Reason) == "":
			p.errorf(r.Pos, "an access rule needs a reason")
		}
	}
	p.cfg.Access = append(p.cfg.Access, r)
}

// accessSubject reads what an access rule protects: one source, type
// or function, written s at v.
func (p *parser) accessSubject(r *AccessRule, key, s string, v *yaml.Node) {
	switch key {
	case "source":
		if dot := strings.LastIndex(s, "."); dot > 0 {
			r.Package, r.Type = splitType(s[:dot])
			r.Field = s[dot+1:]
		}
		if r.Type == "" || r.Field == "" || strings.ContainsAny(r.Field, "/ ") {
			p.errorf(p.pos(v), "source %s must be written Type.Field or package.Type.Field (a whole type: type:, a function: function:)", Quote(s))
		}
	case "type":
		if r.Package, r.Type = splitType(s); r.Type == "" {
			p.errorf(p.pos(v), "type %s must be written Type or package.Type", Quote(s))
		}
	case "function":
		fp, ok := parseFuncName(s)
		if !ok {
			p.errorf(p.pos(v), "function %s must be written package.Func or package.Type.Method", Quote(s))
			return
		}
		r.Function = &fp
	}
}

// splitType splits "example.com/shop/support.Ticket" into a package
// and a type name ("" and "Ticket" for "Ticket"); the type is "" when it
// is not an identifier.
func splitType(s string) (pkg, typ string) {
	if i := strings.LastIndex(s, "."); i > strings.LastIndex(s, "/") {
		pkg, s = s[:i], s[i+1:]
	}
	if !token.IsIdentifier(s) {
		return pkg, ""
	}
	return pkg, s
}

// hasKey reports whether a mapping has a key (written, valid or not).
func hasKey(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// entry is the node of the i-th string of a value read by strs: the
// list's entry, or the value itself when it is a single string.
func entry(v *yaml.Node, i int) *yaml.Node {
	if v.Kind == yaml.SequenceNode {
		return v.Content[i]
	}
	return v
}

// scope reads a from: or packages: list (see ScopeEntry).
func (p *parser) scope(v *yaml.Node, key string) []ScopeEntry {
	texts, ok := p.strs(v, key)
	if !ok {
		return nil
	}
	if len(texts) == 0 {
		if key == "from" {
			p.errorf(p.pos(v), "from is empty: name packages (example.com/shop/billing/...) or functions (example.com/shop/billing.Charge), or leave it out for anywhere")
		} else {
			p.errorf(p.pos(v), "%s is empty: name the packages that may read the data (example.com/shop/support/...)", key)
		}
		return nil
	}
	var out []ScopeEntry
	for i, s := range texts {
		at := p.pos(entry(v, i))
		if strings.TrimSpace(s) == "" || strings.ContainsAny(s, " \t\r\n") && !strings.HasPrefix(s, "/") {
			p.errorf(at, "%s entry %s is not a package path or a function", key, Quote(s))
			continue
		}
		pkg, err := compilePackagePattern(s)
		if err != nil {
			if len(s) >= 2 && strings.HasPrefix(s, "/") && strings.HasSuffix(s, "/") {
				p.errorf(at, "invalid regular expression in %s: %v", key, err)
			} else {
				p.errorf(at, "%s entry %s: %v", key, Quote(s), err)
			}
			continue
		}
		e := ScopeEntry{Text: s, Package: pkg, Pos: at}
		if !pkg.IsRegexp() && !strings.HasSuffix(s, "...") && strings.Contains(s[strings.LastIndex(s, "/")+1:], ".") {
			if fp, ok := parseFuncName(s); ok {
				e.Func = &fp
			}
		}
		out = append(out, e)
	}
	return out
}

func (p *parser) exclude(n *yaml.Node) {
	p.fields(n, "exclude", []string{"paths", "functions"}, func(key string, k, v *yaml.Node) {
		if key == "paths" {
			globs, _ := p.strs(v, key)
			for i, g := range globs {
				re, err := globRegexp(g)
				if err != nil {
					at := v
					if v.Kind == yaml.SequenceNode {
						at = v.Content[i]
					}
					p.errorf(p.pos(at), "invalid path pattern %s: %v", Quote(g), err)
					continue
				}
				p.cfg.ExcludePaths = append(p.cfg.ExcludePaths, g)
				p.cfg.excludeRes = append(p.cfg.excludeRes, re)
			}
			return
		}
		p.list(v, key, func(e *yaml.Node) {
			var fp FuncPattern
			p.fields(e, "an excluded function", funcFields, func(key string, k, v *yaml.Node) { p.funcPattern(key, v, &fp) })
			if e.Kind == yaml.MappingNode && fp.Package.Text == "" {
				p.errorf(p.pos(e), "an excluded function needs a package")
			}
			p.cfg.ExcludeFunctions = append(p.cfg.ExcludeFunctions, fp)
		})
	})
}

// hostProblem returns what is wrong with an allow rule's host pattern,
// or "". Hosts are matched against the lower-case host name of a
// request's constant URL, without scheme, port or path.
func hostProblem(h string) string {
	switch {
	case strings.TrimSpace(h) == "":
		return "empty entry in hosts: write a host name, e.g. api.example.com, or a pattern, e.g. *.example.com"
	case strings.Contains(h, "://"):
		if host := urlHost(h); host != "" {
			return fmt.Sprintf("hosts entry %s is a URL: hosts match the host name alone; did you mean %q?", Quote(h), host)
		}
		return fmt.Sprintf("hosts entry %s is a URL: hosts match the host name alone, e.g. api.example.com", Quote(h))
	case strings.Contains(h, "/"):
		host, _, _ := strings.Cut(h, "/")
		return fmt.Sprintf("hosts entry %s has a path: hosts match the host name alone; did you mean %q?", Quote(h), host)
	case strings.ContainsAny(h, " \t\r\n"):
		return fmt.Sprintf("hosts entry %s holds blanks: write one host name per entry", Quote(h))
	case strings.Contains(h, ":") && !strings.Contains(h, "["):
		host, _, _ := strings.Cut(h, ":")
		return fmt.Sprintf("hosts entry %s has a port: hosts match the host name alone; did you mean %q?", Quote(h), host)
	}
	if _, err := path.Match(h, ""); err != nil {
		return fmt.Sprintf("hosts entry %s is not a valid pattern (wildcards *, ?, [...] as in path.Match): %v", Quote(h), err)
	}
	return ""
}

// urlHost is the host name of a URL ("https://api.example.com:8443/v1"
// gives "api.example.com"), or "".
func urlHost(s string) string {
	_, rest, _ := strings.Cut(s, "://")
	host, _, _ := strings.Cut(rest, "/")
	if i := strings.LastIndex(host, "@"); i >= 0 {
		host = host[i+1:]
	}
	if h, _, ok := strings.Cut(host, ":"); ok && !strings.HasPrefix(host, "[") {
		host = h
	}
	return strings.ToLower(host)
}

// Confidences are the values of discover.min_confidence, lowest first.
var Confidences = []string{"low", "medium", "high"}

func (p *parser) discover(n *yaml.Node) {
	d := &p.cfg.Discover
	d.Pos = p.pos(n)
	p.fields(n, "discover", []string{"enabled", "min_confidence", "ignore", "sources"}, func(key string, k, v *yaml.Node) {
		switch key {
		case "enabled":
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" {
				p.errorf(p.pos(v), "enabled must be true or false, not %s", kindName(v))
				return
			}
			d.Disabled = strings.EqualFold(v.Value, "false")
		case "min_confidence":
			s, ok := p.str(v, key)
			if !ok {
				return
			}
			if !contains(Confidences, s) {
				msg := fmt.Sprintf("unknown confidence %s (known: %s)", Quote(s), strings.Join(Confidences, ", "))
				if sug := Suggest(s, Confidences); sug != "" {
					msg = fmt.Sprintf("unknown confidence %s; did you mean %q?", Quote(s), sug)
				}
				p.errorf(p.pos(v), "%s", msg)
				return
			}
			d.MinConfidence = s
		case "sources":
			s, ok := p.str(v, key)
			if !ok {
				return
			}
			if !contains(SourceModes, s) {
				p.errorf(p.pos(v), "unknown sources mode %s (known: %s)", Quote(s), strings.Join(SourceModes, ", "))
				return
			}
			d.Sources = s
		case "ignore":
			names, ok := p.strs(v, key)
			if !ok {
				return
			}
			for i, s := range names {
				at := v
				if v.Kind == yaml.SequenceNode {
					at = v.Content[i]
				}
				pat, err := compilePattern(s)
				switch {
				case err != nil:
					p.errorf(p.pos(at), "invalid regular expression in ignore: %v", err)
				case s == "":
					p.errorf(p.pos(at), "empty ignore entry: write Type.Field or a field name")
				case !pat.IsRegexp() && !validIgnore(s):
					p.errorf(p.pos(at), "ignore entry %s must be Type.Field or Field (wildcards *, ?, [...]), or /regexp/", Quote(s))
				default:
					d.Ignore = append(d.Ignore, pat)
				}
			}
		}
	})
}

// validIgnore checks a plain ignore entry: one or two dot-separated
// names whose wildcards path.Match accepts.
func validIgnore(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) > 2 {
		return false
	}
	for _, part := range parts {
		if part == "" {
			return false
		}
		if _, err := path.Match(part, ""); err != nil {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// Suggest returns the allowed word closest to s, if close enough to be
// a likely typo.
func Suggest(s string, allowed []string) string {
	best, bestD := "", 3
	if len(s) > 64 {
		return "" // no key or name is that long; and distance is quadratic
	}
	for _, a := range allowed {
		if d := distance(strings.ToLower(s), a); d < bestD {
			best, bestD = a, d
		}
	}
	return best
}

// NearMiss returns the word of words that s is most likely a typo of,
// or "": one edit away (a transposition is one edit), two for words of
// eight letters or more, ignoring case; never s itself. It is stricter
// than Suggest, for names that are valid as written (a custom sink kind
// "crm" is not a typo of "rpc") but suspicious when this close.
func NearMiss(s string, words []string) string {
	if len(s) > 64 {
		return ""
	}
	low := strings.ToLower(s)
	for _, w := range words {
		if s == w {
			return ""
		}
	}
	best, bestD := "", 3
	for _, w := range words {
		d := osa(low, w)
		limit := 1
		if len(w) >= 8 && len(low) >= 8 {
			limit = 2
		}
		if d <= limit && d < bestD {
			best, bestD = w, d
		}
	}
	return best
}

// osa is the optimal string alignment distance: Levenshtein with
// transpositions of adjacent letters.
func osa(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// distance is the Levenshtein distance.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

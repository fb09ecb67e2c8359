package annotations

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"

	"github.com/privetlint/privet/passes/config"
)

// tagProblem returns what keeps a struct tag's privet annotation from
// being read, or "": reflect.StructTag.Lookup gives up silently on a tag
// it cannot parse (`privet:pii`, an unterminated quote, a space after the
// colon), and a misspelt key (`privte:"pii"`) is another key. The checks
// are those of go vet's structtag, limited to tags that mention privet.
func tagProblem(tag string) string { return config.Bound(describeTag(tag)) }

func describeTag(tag string) string {
	keys, err := scanTag(tag)
	if err != "" {
		if !strings.Contains(strings.ToLower(tag), "privet") {
			return "" // not ours: go vet's structtag reports it
		}
		msg := fmt.Sprintf("malformed struct tag %s: %s, so the privet key is not read", quoteTag(tag), err)
		if fix := repairTag(tag); fix != "" && len(fix) <= 80 && !strings.ContainsAny(fix, "`\n") {
			msg += fmt.Sprintf("; did you mean `%s`?", fix)
		}
		return msg
	}
	seen := false
	for _, k := range keys {
		switch {
		case k == "privet":
			if seen {
				return "duplicate privet key in struct tag: only the first is read"
			}
			seen = true
		case config.NearMiss(k, []string{"privet"}) != "":
			return fmt.Sprintf("unknown struct tag key %s; did you mean \"privet\"?", config.Quote(k))
		}
	}
	return ""
}

// scanTag splits a struct tag into its keys the way reflect.StructTag
// does, and says where it stops: an empty error means reflect reads
// every pair.
func scanTag(tag string) (keys []string, err string) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		switch {
		case i == 0:
			return keys, "a key must come before each value"
		case i >= len(tag) || tag[i] != ':':
			return keys, fmt.Sprintf("key %s has no value (want key:\"value\")", config.Quote(tag[:i]))
		case i+1 >= len(tag) || tag[i+1] != '"':
			return keys, fmt.Sprintf("the value of %s is not quoted (want %s:\"value\", no space after the colon)", cut(tag[:i]), cut(tag[:i]))
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			return keys, fmt.Sprintf("the value of %s has no closing quote", cut(name))
		}
		if _, uerr := strconv.Unquote(tag[:i+1]); uerr != nil {
			return keys, fmt.Sprintf("the value of %s is not a valid quoted string", cut(name))
		}
		keys = append(keys, name)
		tag = tag[i+1:]
	}
	return keys, ""
}

// privetPair finds the privet key and its value in a tag reflect cannot
// parse: privet:pii, privet: "pii", privet="pii", privet:"pii (unclosed).
var privetPair = regexp.MustCompile(`(?i)\bprivet\s*[:=]\s*"?([A-Za-z0-9_,\- ]*?)"?(\s|$)`)

// repairTag returns the tag with its privet pair rewritten the way
// reflect reads it, or "" when it cannot tell what was meant.
func repairTag(tag string) string {
	loc := privetPair.FindStringSubmatchIndex(tag)
	if loc == nil {
		return ""
	}
	value := strings.TrimSpace(tag[loc[2]:loc[3]])
	if value == "" {
		return ""
	}
	fixed := tag[:loc[0]] + `privet:"` + value + `"` + tag[loc[4]:]
	if _, err := scanTag(fixed); err != "" {
		return ""
	}
	// "!privet:x" would become the key "!privet": suggest only a tag
	// reflect reads the privet key of.
	if _, ok := reflect.StructTag(fixed).Lookup("privet"); !ok {
		return ""
	}
	return fixed
}

// quoteTag shows a tag in a message: in backquotes, cut when long.
func quoteTag(tag string) string {
	q := config.Quote(tag)
	if strings.ContainsAny(tag, "`\\\n") || len(tag) > 48 {
		return q
	}
	return "`" + tag + "`"
}

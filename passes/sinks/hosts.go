package sinks

import (
	"net/url"
	"path"
	"strings"
	"sync"
)

// HostRule classifies requests to a host: a raw HTTP request to one of
// these hosts is reported as the rule's kind and family, not as "http".
// The rules are the Hosts of the catalog's families.
type HostRule struct {
	// Pattern is a path.Match pattern over the lower-case host name,
	// e.g. "api.openai.com" or "bedrock-runtime.*.amazonaws.com".
	Pattern string
	Kind    Kind
	Family  string
}

// hostRules lists the Hosts of every family of the built-in catalog. It is
// built on first use: the catalog files register their families while the
// package's variables are initialised.
var hostRules = sync.OnceValue(func() []HostRule {
	var out []HostRule
	for _, fam := range Builtin() {
		for _, h := range fam.Hosts {
			out = append(out, HostRule{Pattern: h, Kind: fam.Kind, Family: fam.Name})
		}
	}
	return out
})

// HostOf extracts the host from a URL or URL prefix such as
// "https://api.openai.com/v1/chat". It returns "" when s names no host.
func HostOf(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		// A prefix with format verbs ("https://%s/x") or a partial URL:
		// take the text between "://" and the next '/'.
		_, rest, _ := strings.Cut(s, "://")
		host, _, _ := strings.Cut(rest, "/")
		return strings.ToLower(host)
	}
	return strings.ToLower(u.Hostname())
}

// ClassifyHost returns the rule for a known third-party host.
func ClassifyHost(host string) (HostRule, bool) {
	for _, r := range hostRules() {
		if ok, _ := path.Match(r.Pattern, host); ok {
			return r, true
		}
	}
	return HostRule{}, false
}

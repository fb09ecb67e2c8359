package sinks

import (
	"net/url"
	"path"
	"strings"
)

// HostRule classifies requests to a host: a raw HTTP request to one of
// these hosts is reported as the rule's kind and family, not as "http".
type HostRule struct {
	// Pattern is a path.Match pattern over the lower-case host name,
	// e.g. "api.openai.com" or "bedrock-runtime.*.amazonaws.com".
	Pattern string
	Kind    Kind
	Family  string
}

// hostRules lists the known third-party API hosts. AI hosts come from
// shared/reference/sinks.md §7, the others from hosts_thirdparty.go.
var hostRules = concatHostRules(aiHostRules, thirdPartyHostRules)

func concatHostRules(lists ...[]HostRule) []HostRule {
	var out []HostRule
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var aiHostRules = []HostRule{
	{"api.openai.com", KindAI, "openai"}, {"*.api.openai.com", KindAI, "openai"}, {"*.openai.azure.com", KindAI, "openai"},
	{"api.anthropic.com", KindAI, "anthropic"}, {"*.services.ai.azure.com", KindAI, "anthropic"},
	{"generativelanguage.googleapis.com", KindAI, "genai"}, {"aiplatform.googleapis.com", KindAI, "genai"},
	{"*-aiplatform.googleapis.com", KindAI, "genai"}, {"aiplatform.*.rep.googleapis.com", KindAI, "genai"},
	{"bedrock-runtime.*.amazonaws.com", KindAI, "bedrock"}, {"bedrock-runtime-fips.*.amazonaws.com", KindAI, "bedrock"},
	{"bedrock-runtime.*.api.aws", KindAI, "bedrock"}, {"bedrock-mantle.*.api.aws", KindAI, "bedrock"},
	{"api.mistral.ai", KindAI, "mistral"}, {"codestral.mistral.ai", KindAI, "mistral"},
	{"api.cohere.com", KindAI, "cohere"}, {"api.cohere.ai", KindAI, "cohere"},
	{"api.groq.com", KindAI, "groq"}, {"api.together.xyz", KindAI, "together"}, {"api.deepseek.com", KindAI, "deepseek"},
	{"integrate.api.nvidia.com", KindAI, "nvidia"}, {"api.perplexity.ai", KindAI, "perplexity"}, {"openrouter.ai", KindAI, "openrouter"},
	{"api-inference.huggingface.co", KindAI, "huggingface"}, {"router.huggingface.co", KindAI, "huggingface"},
	{"api.jina.ai", KindAI, "jina"}, {"api.voyageai.com", KindAI, "voyage"}, {"aip.baidubce.com", KindAI, "ernie"},
	{"chat.maritaca.ai", KindAI, "maritaca"}, {"ollama.com", KindAI, "ollama"},
	{"api.x.ai", KindAI, "xai"}, {"api.fireworks.ai", KindAI, "fireworks"}, {"api.cerebras.ai", KindAI, "cerebras"},
	{"api.deepinfra.com", KindAI, "deepinfra"},
}

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
	for _, r := range hostRules {
		if ok, _ := path.Match(r.Pattern, host); ok {
			return r, true
		}
	}
	return HostRule{}, false
}

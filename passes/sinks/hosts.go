package sinks

import (
	"net/url"
	"path"
	"strings"
)

// aiHosts are the API hosts of AI services, as path.Match patterns over
// the host name. See shared/reference/sinks.md §7 for where each was seen.
var aiHosts = []string{
	"api.openai.com", "*.api.openai.com", "*.openai.azure.com",
	"api.anthropic.com", "*.services.ai.azure.com",
	"generativelanguage.googleapis.com", "aiplatform.googleapis.com", "*-aiplatform.googleapis.com", "aiplatform.*.rep.googleapis.com",
	"bedrock-runtime.*.amazonaws.com", "bedrock-runtime-fips.*.amazonaws.com", "bedrock-runtime.*.api.aws", "bedrock-mantle.*.api.aws",
	"api.mistral.ai", "codestral.mistral.ai",
	"api.cohere.com", "api.cohere.ai",
	"api.groq.com", "api.together.xyz", "api.deepseek.com", "integrate.api.nvidia.com",
	"api.perplexity.ai", "openrouter.ai", "api-inference.huggingface.co", "router.huggingface.co",
	"api.jina.ai", "api.voyageai.com", "aip.baidubce.com", "chat.maritaca.ai", "ollama.com",
	"api.x.ai", "api.fireworks.ai", "api.cerebras.ai", "api.deepinfra.com",
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

// IsAIHost reports whether host belongs to a known AI service.
func IsAIHost(host string) bool {
	for _, pat := range aiHosts {
		if ok, _ := path.Match(pat, host); ok {
			return true
		}
	}
	return false
}

package sinks

import "testing"

func TestClassifyHost(t *testing.T) {
	for _, tc := range []struct {
		url    string
		family string
	}{
		{"https://api.openai.com/v1/chat/completions", "openai"},
		{"https://eu.api.openai.com/v1", "openai"},
		{"https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke", "bedrock"},
		{"https://us-central1-aiplatform.googleapis.com/v1/projects", "genai"},
		{"https://%s.openai.azure.com/openai", "openai"}, // fmt.Sprintf with the resource name
		{"https://example.org/x", ""},
		{"/relative/path", ""},
	} {
		rule, ok := ClassifyHost(HostOf(tc.url))
		if rule.Family != tc.family || ok != (tc.family != "") {
			t.Errorf("ClassifyHost(HostOf(%q)) = %q, %v; want %q", tc.url, rule.Family, ok, tc.family)
		}
	}
}

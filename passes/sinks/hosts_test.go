package sinks

import (
	"path"
	"strings"
	"testing"

	"github.com/privetlint/privet/internal/category"
	"github.com/privetlint/privet/passes/config"
)

func TestClassifyHost(t *testing.T) {
	for _, tc := range []struct {
		url    string
		family string
	}{
		{"https://api.openai.com/v1/chat/completions", "openai"},
		{"https://eu.api.openai.com/v1", "openai"},
		{"https://bedrock-runtime.us-east-1.amazonaws.com/model/x/invoke", "bedrock"},
		{"https://runtime.sagemaker.eu-west-1.amazonaws.com/endpoints/triage/invocations", "sagemaker"},
		{"https://inference.generativeai.eu-frankfurt-1.oci.oraclecloud.com/20231130/actions/chat", "oci-genai"},
		{"https://api-inference.huggingface.co/models/facebook/bart-large-cnn", "huggingface"},
		{"https://us-south.ml.cloud.ibm.com/ml/v1/text/generation", "watsonx"},
		{"https://us-central1-aiplatform.googleapis.com/v1/projects", "genai"},
		{"https://%s.openai.azure.com/openai", "openai"}, // fmt.Sprintf with the resource name
		{"https://api.segment.io/v1/track", "segment"},
		{"https://app.posthog.com/capture/", "posthog"},
		{"https://api-eu.mixpanel.com/track", "mixpanel"},
		{"https://api2.amplitude.com/2/httpapi", "amplitude"},
		{"https://key@o1.ingest.us.sentry.io/1337", "sentry"}, // a DSN: user info is not the host
		{"https://o42.ingest.sentry.io/api/42/envelope/", "sentry"},
		{"https://api.rollbar.com/api/1/item/", "rollbar"},
		{"https://notify.bugsnag.com", "bugsnag"},
		{"https://http-intake.logs.datadoghq.eu/api/v2/logs", "datadog"},
		{"https://hooks.slack.com/services/T0/B0/x", "slack"},
		{"https://slack.com/api/chat.postMessage", "slack"},
		{"https://api.twilio.com/2010-04-01/Accounts", "twilio"},
		{"https://verify.twilio.com/v2/Services", "twilio"},
		{"https://api.sendgrid.com/v3/mail/send", "sendgrid"},
		{"https://api.eu.mailgun.net/v3", "mailgun"},
		{"https://discord.com/api/v9/channels", "discord"},
		{"https://api.telegram.org/bot%s/%s", "telegram"},
		{"https://api.groq.com/openai/v1/chat/completions", "groq"}, // a family of hosts only
		{"https://ollama.com/api/chat", "ollama"},
		{"https://API.Stripe.com/v1/customers", "stripe"}, // hosts are case-insensitive
		{"https://notsentry.io/x", ""},
		{"https://slack.com.example.org/x", ""},
		{"https://example.org/x", ""},
		{"/relative/path", ""},
	} {
		rule, ok := ClassifyHost(HostOf(tc.url))
		if rule.Family != tc.family || ok != (tc.family != "") {
			t.Errorf("ClassifyHost(HostOf(%q)) = %q, %v; want %q", tc.url, rule.Family, ok, tc.family)
		}
	}
}

// TestHostRulesWellFormed checks every family's hosts: valid lower-case
// patterns, each in one family only, no two families matching the same
// host (so the order of the rules does not matter), and a kind other than
// http.
func TestHostRulesWellFormed(t *testing.T) {
	rules := hostRules()
	seen := map[string]bool{}
	for _, r := range rules {
		if r.Pattern == "" || r.Pattern != strings.ToLower(r.Pattern) || strings.ContainsAny(r.Pattern, "/:") {
			t.Errorf("rule %+v: pattern must be a lower-case host name", r)
		}
		if _, err := path.Match(r.Pattern, ""); err != nil {
			t.Errorf("rule %+v: bad pattern: %v", r, err)
		}
		if seen[r.Pattern] {
			t.Errorf("rule %+v: duplicate pattern", r)
		}
		seen[r.Pattern] = true
		if !KnownKind(r.Kind) || r.Kind == KindHTTP {
			t.Errorf("rule %+v: kind must be a built-in kind other than http", r)
		}
		// A host the pattern matches (each '*' as "x") is classified as
		// this family, and no other family's pattern matches it.
		host := strings.ReplaceAll(r.Pattern, "*", "x")
		if got, ok := ClassifyHost(host); !ok || got != r {
			t.Errorf("ClassifyHost(%q) = %+v, %v; want %+v", host, got, ok, r)
		}
		for _, q := range rules {
			if ok, _ := path.Match(q.Pattern, host); ok && q.Family != r.Family {
				t.Errorf("host %s matches %s of %s and %s of %s", host, r.Pattern, r.Family, q.Pattern, q.Family)
			}
		}
	}
}

// hostless are the families of a kind with fixed API hosts that have
// none, and why.
var hostless = map[string]string{
	"go-openai":   "calls api.openai.com: raw requests there are the openai family",
	"langchaingo": "wraps other providers' APIs",
	"genkit":      "wraps other providers' APIs",
	"googleai":    "calls generativelanguage.googleapis.com: the genai family",
	"vertexai":    "calls *-aiplatform.googleapis.com: the genai family",
	"otel":        "the exporter's endpoint is configured (localhost:4318 by default)",
}

// TestFamiliesHaveHosts: every family of a service kind (not http, not
// rpc) lists its API hosts, so raw HTTP to the service is classified like
// its SDK, or is in hostless with the reason.
func TestFamiliesHaveHosts(t *testing.T) {
	for _, fam := range Builtin() {
		if fam.Kind == KindHTTP || fam.Kind == KindRPC {
			if len(fam.Hosts) > 0 {
				t.Errorf("family %s of kind %s: hosts %v would classify requests as %s", fam.Name, fam.Kind, fam.Hosts, fam.Kind)
			}
			continue
		}
		why, ok := hostless[fam.Name]
		switch {
		case len(fam.Hosts) == 0 && !ok:
			t.Errorf("family %s has no hosts: add its API hosts to the family, or to hostless with the reason", fam.Name)
		case len(fam.Hosts) > 0 && ok:
			t.Errorf("family %s has hosts but is in hostless (%s)", fam.Name, why)
		}
	}
}

// TestPolicyNamesHostFamilies: a family known by its hosts only is a sink
// name a policy may allow, as its findings carry that family.
func TestPolicyNamesHostFamilies(t *testing.T) {
	rule, ok := ClassifyHost("api.groq.com")
	if !ok || rule.Kind != KindAI {
		t.Fatalf("ClassifyHost(api.groq.com) = %+v, %v", rule, ok)
	}
	cfg := &config.Config{Allow: []config.AllowRule{{Categories: []string{"pii"}, Sink: rule.Family}}}
	if err := CheckPolicy(cfg); err != nil {
		t.Errorf("allow pii -> %s: %v", rule.Family, err)
	}
	if left := cfg.Allowed(category.Set{"pii"}, string(rule.Kind), rule.Family, "api.groq.com"); !left.Empty() {
		t.Errorf("allow pii -> %s does not allow a request to api.groq.com", rule.Family)
	}
}

package sinks

import (
	"path"
	"strings"
	"testing"
)

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

// TestHostRulesWellFormed checks every rule: a valid lower-case pattern, a
// known kind, and a family that is a catalog family or a host-only one.
func TestHostRulesWellFormed(t *testing.T) {
	families := map[string]Kind{}
	for _, fam := range Builtin() {
		families[fam.Name] = fam.Kind
	}
	seen := map[string]bool{}
	for _, r := range hostRules {
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
		if k, ok := families[r.Family]; ok && k != r.Kind {
			t.Errorf("rule %+v: family %s has kind %s", r, r.Family, k)
		}
	}
	// Every non-AI service family with a fixed host has a rule, so raw
	// HTTP to it is classified like the SDK.
	for _, name := range []string{"segment", "rudderstack", "posthog", "mixpanel", "amplitude", "sentry", "rollbar",
		"bugsnag", "datadog", "slack", "twilio", "sendgrid", "mailgun", "discord", "telegram", "stripe"} {
		found := false
		for _, r := range hostRules {
			found = found || r.Family == name
		}
		if !found {
			t.Errorf("family %s has no host rule", name)
		}
	}
}

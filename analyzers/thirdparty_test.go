package analyzers_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
)

// TestThirdParty runs one leak-and-clean package per non-AI SDK family of
// the catalog (and per AI family added with them) against the SDK stubs in
// testdata/src, whose headers name the module version they copy; rawhttp
// covers the third-party host rules, grpcon and stripeallow the policy
// switches (enable an optional family, allow payment -> stripe). One run
// for all: the standard library is loaded once.
func TestThirdParty(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer,
		"thirdparty/segment", "thirdparty/rudderstack", "thirdparty/posthog", "thirdparty/mixpanel", "thirdparty/amplitude",
		"thirdparty/sentry", "thirdparty/datadog", "thirdparty/otel", "thirdparty/rollbar", "thirdparty/bugsnag",
		"thirdparty/slack", "thirdparty/twilio", "thirdparty/sendgrid", "thirdparty/mailgun", "thirdparty/discord", "thirdparty/telegram",
		"thirdparty/stripe", "thirdparty/stripeallow",
		"thirdparty/resty", "thirdparty/retryablehttp", "thirdparty/fasthttp", "thirdparty/rawhttp",
		"thirdparty/grpc", "thirdparty/grpcon",
		"thirdparty/mistral", "thirdparty/cohere", "thirdparty/vertexai", "thirdparty/googleai", "thirdparty/genkit",
	)
}

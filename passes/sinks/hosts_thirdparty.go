package sinks

// thirdPartyHostRules classify raw HTTP requests to the APIs of the
// non-AI services of the catalog, so that a request built by hand gets the
// same kind and family as the SDK call would. Hosts are the literals found
// in each SDK's source (shared/reference/sinks.md §7); Sentry's come from
// its DSNs (o<N>.ingest[.us].sentry.io), Slack's incoming webhooks from
// hooks.slack.com. path.Match's '*' does not stop at dots, so
// "*.sentry.io" covers every subdomain depth.
var thirdPartyHostRules = []HostRule{
	// analytics
	{"api.segment.io", KindAnalytics, "segment"},
	{"hosted.rudderlabs.com", KindAnalytics, "rudderstack"},
	{"app.posthog.com", KindAnalytics, "posthog"},
	{"api.mixpanel.com", KindAnalytics, "mixpanel"}, {"api-eu.mixpanel.com", KindAnalytics, "mixpanel"},
	{"data.mixpanel.com", KindAnalytics, "mixpanel"}, {"data-eu.mixpanel.com", KindAnalytics, "mixpanel"},
	{"api2.amplitude.com", KindAnalytics, "amplitude"}, {"api.eu.amplitude.com", KindAnalytics, "amplitude"},
	// monitoring
	{"sentry.io", KindMonitoring, "sentry"}, {"*.sentry.io", KindMonitoring, "sentry"},
	{"api.rollbar.com", KindMonitoring, "rollbar"},
	{"notify.bugsnag.com", KindMonitoring, "bugsnag"}, {"sessions.bugsnag.com", KindMonitoring, "bugsnag"},
	{"datadoghq.com", KindTelemetry, "datadog"}, {"*.datadoghq.com", KindTelemetry, "datadog"},
	{"*.datadoghq.eu", KindTelemetry, "datadog"},
	// messaging and e-mail
	{"slack.com", KindMessaging, "slack"}, {"hooks.slack.com", KindMessaging, "slack"},
	{"files.slack.com", KindMessaging, "slack"}, {"api.slack.com", KindMessaging, "slack"},
	{"api.twilio.com", KindMessaging, "twilio"}, {"*.twilio.com", KindMessaging, "twilio"},
	{"api.sendgrid.com", KindMessaging, "sendgrid"}, {"api.eu.sendgrid.com", KindMessaging, "sendgrid"},
	{"api.mailgun.net", KindMessaging, "mailgun"}, {"api.eu.mailgun.net", KindMessaging, "mailgun"},
	{"discord.com", KindMessaging, "discord"}, {"discordapp.com", KindMessaging, "discord"},
	{"api.telegram.org", KindMessaging, "telegram"},
	// payment
	{"api.stripe.com", KindPayment, "stripe"}, {"files.stripe.com", KindPayment, "stripe"},
	{"meter-events.stripe.com", KindPayment, "stripe"},
}

package sinks

// moreAIFamilies are the AI SDK families added with the third-party
// catalog, one file each like aiFamilies.
var moreAIFamilies = []Family{
	mistralFamily,
	cohereFamily,
	vertexaiFamily,
	googleaiFamily,
	genkitFamily,
}

// thirdPartyFamilies are the non-AI SDK families of the built-in catalog:
// analytics, monitoring, messaging, payment, HTTP client libraries and
// (optional) RPC, one file each (catalog_<family>.go).
var thirdPartyFamilies = []Family{
	// analytics
	segmentFamily,
	rudderstackFamily,
	posthogFamily,
	mixpanelFamily,
	amplitudeFamily,
	// monitoring
	sentryFamily,
	datadogFamily,
	otelFamily,
	rollbarFamily,
	bugsnagFamily,
	// messaging and e-mail
	slackFamily,
	twilioFamily,
	sendgridFamily,
	mailgunFamily,
	discordFamily,
	telegramFamily,
	// payment
	stripeFamily,
	// HTTP client libraries
	restyFamily,
	retryablehttpFamily,
	fasthttpFamily,
	// RPC (optional)
	grpcFamily,
}

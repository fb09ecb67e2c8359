// Package analyzers is privet's public API: the analyzers that hosts
// (go vet, the privet command, golangci-lint, editors) run.
//
// privet: report sensitive customer data that reaches AI services or other third parties
//
// privet traces values read from struct fields tagged privet:"category"
// (pii, payment, purchase, location, health, credential) and values of
// types marked //privet:sensitive, across functions and packages, and
// reports the flows into an HTTP request or an SDK call that sends data to
// an AI service or another third party, unless the value went through a
// //privet:sanitizer function first. The report is at the call that sends
// (or that passes the value to a function that sends), one per call and
// destination, naming its sources; the diagnostic's related information
// holds the path of each source and its category is the sink kind.
// Findings in _test.go files are reported only with -tests (or tests:
// true in .privet.yml).
//
// Suppress a reviewed finding with "//privet:ignore reason" at the end of
// the reported line or on the line before it.
package analyzers

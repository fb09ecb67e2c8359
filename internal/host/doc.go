// Package host is the layer of what privet's hosts share around the
// analyzers: the command (cmd/privet), the golangci-lint plugin and the
// language server. Its packages format and filter results and talk to
// users and editors; the analyzers and passes never import them.
//
//   - report: findings as text, JSON and SARIF
//   - baseline: recorded findings, to report only new ones
//   - fix: suggested fixes as edits and unified diffs
//   - explain: the documentation of findings, as data
//   - lsp: privet lsp, the language server
package host

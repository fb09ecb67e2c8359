// Package goplsproxy is "privet gopls": a language server that runs the
// real gopls as a child and forwards the protocol both ways unchanged,
// adding privet's findings to gopls's. It exists because gopls cannot
// load third-party analyzers (golang/go#59869) and several editors run
// exactly one language server for Go (VS Code with vscode-go, Zed,
// Sublime LSP, Helix without a second server): replacing gopls's binary
// with privet gopls gives them privet without a second server.
//
// # What is changed in the stream
//
// Every message goes through as it was written (the same bytes), except:
//
//   - textDocument/publishDiagnostics: the proxy keeps, per file, the
//     last set gopls published and the last set privet computed, and
//     publishes their union (gopls's first, as gopls wrote them) whenever
//     either side changes, with the newer of the two document versions
//     (merge.go);
//   - the answer to textDocument/codeAction: gopls's actions, then
//     privet's quick fixes for the request's range and diagnostics,
//     computed when the request arrives;
//   - the answer to textDocument/diagnostic (pull diagnostics, when gopls
//     offers them, i.e. with its pullDiagnostics setting): a full report
//     gets privet's items too, and the client is asked to pull again
//     (workspace/diagnostic/refresh) when privet's findings change.
//
// privet's side is the session of privet lsp (package lsp), fed with the
// same client messages gopls gets: the same debounce, cancellation,
// overlays for unsaved buffers and policy diagnostics. Its own requests
// to the client (progress tokens, file watchers for .privet.yml) carry
// ids "privet-N", so the client's answers can be told from answers to
// gopls's requests, which go back to gopls. initialize, shutdown, exit,
// $/cancelRequest, $/progress and workspace/configuration reach gopls
// and the client untouched. The position encoding is the one gopls's
// initialize answer names (UTF-16 when it names none), and privet takes
// its buildFlags from gopls's settings (initializationOptions).
//
// # Latency
//
// bench/lspbench -gopls measures from didSave to the publication that
// carries privet's results of the save (the last one for the file
// before privet's "analysed" log line), the same way for privet lsp
// alone. On testdata/example, editing summarize.go, warm, 2 cores
// shared with other work (load 20), two interleaved series of 6 saves
// each, medians: privet gopls 0.77/0.74 s and 0.98/0.72 s (comment
// edit/API edit), privet lsp alone 1.76/1.53 s and 1.00/1.80 s. The
// proxy adds no measurable delay: the time is go vet's.
//
//	GOPLS=$(command -v gopls) SKIP_COLD=1 bench/lsp.sh
//
// # Failures
//
// When gopls exits, the proxy exits with gopls's status, and says why on
// standard error unless the client had sent exit. When privet's analysis
// fails (go list or go vet cannot run, a panic), gopls's features are
// untouched; the first failure is shown with window/showMessage, each in
// the client's log.
package goplsproxy

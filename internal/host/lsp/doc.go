// Package lsp is privet's language server ("privet lsp"): it runs beside
// gopls, which cannot load third-party analyzers, and shows privet's
// findings while the code is written.
//
// The analysis is a session (session.go): the documents, the runs, the
// findings and the code actions of one editor session. Serve gives it a
// connection of its own ("privet lsp"); privet gopls
// (internal/host/goplsproxy) feeds it the messages it forwards to gopls
// and merges what it publishes with gopls's diagnostics, so both hosts
// run the same analysis and offer the same actions.
//
// # Protocol
//
// LSP 3.17 over stdio, JSON-RPC 2.0 by github.com/sourcegraph/jsonrpc2
// (small, no dependencies in the packages used, stable API, used by
// several language servers; its VSCodeObjectCodec is the LSP framing).
// Only the messages privet needs are modelled (protocol.go):
// initialize/initialized/shutdown/exit; textDocument/didOpen, didChange
// (full text), didSave, didClose; workspace/didChangeWatchedFiles
// (registered dynamically for .privet.yml, go.mod and *.go when the
// client can); textDocument/codeAction; and, from the server,
// textDocument/publishDiagnostics, window/logMessage and
// client/registerCapability. UTF-8 positions are used when the client
// offers them, UTF-16 otherwise.
//
// A finding is published with source "privet", the sink kind as code
// ("ai", "http", ...; "annotation" and "policy" for malformed input;
// "unmarked" and "unmarked-sink" for privetdiscover's suggestions, as
// information), the one-line message, and the trace as
// relatedInformation, with steps inside other
// packages of the module placed in their own files. Code actions are the
// analyzers' suggested fixes (wrap the read of the source in the sanitizer; add a
// privet tag from privetdiscover) and, for a leak, "Suppress with
// //privet:ignore", which inserts the directive with a reason
// placeholder above the reported line. A policy file that does not
// validate gets its problems as diagnostics on the file itself, checked
// from the editor buffer as it is typed.
//
// # How it analyses: go vet, measured
//
// The server runs
//
//	go vet -vettool=<privet> -json -overlay=<unsaved buffers> <packages>
//
// in the module root, first on the packages of the changed files (the
// result is published as soon as it returns), then on the packages of
// the module that import them. go vet caches every package's facts and
// findings in the go build cache, keyed on the package's inputs and the
// facts of its dependencies, so after an edit only the edited package
// and the importers whose inputs changed are analysed; the standard
// library, the SDKs and everything else come from the cache. The
// alternative the issue names, go/packages with an Overlay plus x/tools'
// checker.Analyze in process, analyses the whole import graph from
// source on every run: measured on testdata/example (openai-go) on 2
// busy cores, 33 s per run (2.3 GB) in process against 2-3 s for go vet
// after an edit of summarize.go (of which about 1 s is privet on that
// package); on testdata/lsp/app (net/http only) 8-12 s against 0.5 s.
// bench/lsp.sh measures the latency from didSave to the diagnostics of
// the saved file (2 cores, load 2-3.5): warm, 0.57 s for testdata/example's
// summarize package (its importer follows 2.9 s later: go vet must
// recompile summarize for it) and 0.57 s for golang.org/x/tools'
// go/analysis/passes/printf (its 20 importers follow 0.5 s later); the
// first analysis with an empty build cache takes 112 s (openai-go) and
// 35 s, with a warm cache in a new checkout 9-10 s.
//
// go vet (1.26) caches a package's report under the same key whether the
// package was vetted to report or only for its facts as a dependency,
// which prints nothing: a package vetted first as a dependency later
// replays an empty report, and one vetted first as a root later prints
// its report when it is only a dependency. So every run vets the
// packages of the module that the changed packages import as roots too
// (Server.vet), and reports about packages outside the module are
// ignored.
//
// go vet reads an unsaved buffer from a replacement file and names that
// file in its output, and privet finds the policy by walking up from a
// package's first file, so buffers are written to a mirror of their real
// path (mirror.go), positions are mapped back, and the runs pass
// -privet.kinds explicitly: go vet's cache key includes the flags, so a
// result that names a mirror file is never replayed to a command-line
// go vet -json.
//
// Edits are debounced (300 ms after a change, 20 ms after a save or an
// open); a new run cancels the one in progress (its go commands are
// killed with their process group) and takes over its packages. The
// message handler never waits for an analysis: notifications only record
// the change, and code actions answer from the last results, offering
// nothing for findings computed on an older version of the document.
// A package that does not compile keeps its last findings (gopls shows
// the compile error), and so do its importers.
//
// privetdiscover's suggestions come with go vet's findings (it is one
// of analyzers.All), as information diagnostics with its fixes.
//
// Limits: the policy that applies is the one on disk (a policy buffer is
// only checked); packages are analysed when one of their files is
// opened, changed or saved, not the whole workspace at startup; a module
// of a go.work workspace is analysed with its own dependents only; a
// change of .privet.yml changes privet's identity under go vet, so the
// next run after it analyses the dependencies again (cold).
package lsp

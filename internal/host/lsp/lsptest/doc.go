// Package lsptest drives a language server process over standard input
// and output as an editor would, for the tests of privet lsp and privet
// gopls: start, requests and notifications, open documents and their
// versions, and a shutdown that checks the exit status and that no
// process is left behind. What the server sends is the test's: each
// test client has its own handler and state.
package lsptest

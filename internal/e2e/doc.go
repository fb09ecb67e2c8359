// Package e2e runs privet the way users do: it builds cmd/privet and runs
// `go vet -vettool=<privet> ./...` on real modules, comparing the output
// byte for byte with golden text.
//
// Two tests live here:
//
//   - TestGoVetExample vets a copy of testdata/example (a small support-ticket
//     summarizer that uses the real github.com/openai/openai-go/v3) and compares
//     the output with testdata/example/vet.golden. It vets twice, in two fresh
//     copies, and requires identical bytes.
//   - TestGoVetScripts runs every testdata/e2e/*.txtar archive: the archive's
//     files form a module, its "want" section holds the expected output and an
//     optional "exit" section the expected exit status.
//
// Both compile privet once per test binary and run go with GOFLAGS=-mod=mod,
// GOWORK=off and GOTOOLCHAIN=local, with the user's GOPATH, GOMODCACHE and
// GOCACHE, so module downloads are cached between runs. Modules are first
// resolved with `go list -deps -test ./...` so that "go: downloading" lines
// never reach the compared output. Temporary directories are replaced by
// nothing (file paths) or "." in the output; nothing is sorted, since privet's
// output must already be deterministic.
//
// Run `go test ./internal/e2e -update` to rewrite vet.golden and the want
// sections. The tests need the go command on PATH and skip without it; they
// do not skip in -short mode, so CI always runs them.
package e2e

// Module gocacheprog pins a GOCACHEPROG implementation from the module
// proxy (github.com/bradfitz/go-tool-cache: go-cacher, a cache child
// process, and go-cacher-server, the store it shares over HTTP) for
// cmd/privet's TestSharedCacheProg.
module example.com/gocacheprog

go 1.26.0

require github.com/bradfitz/go-tool-cache v0.0.0-20260722201841-0bb331e19f64

require github.com/pierrec/lz4/v4 v4.1.25 // indirect

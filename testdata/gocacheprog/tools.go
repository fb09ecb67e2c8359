//go:build tools

package tools

import (
	_ "github.com/bradfitz/go-tool-cache/cmd/go-cacher"
	_ "github.com/bradfitz/go-tool-cache/cmd/go-cacher-server"
)

// Stub of github.com/openai/openai-go@v1.12.0 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package openai

import "github.com/openai/openai-go/packages/param"

func String(s string) param.Opt[string]  { return param.NewOpt(s) }
func Int(i int64) param.Opt[int64]       { return param.NewOpt(i) }
func Bool(b bool) param.Opt[bool]        { return param.NewOpt(b) }
func Float(f float64) param.Opt[float64] { return param.NewOpt(f) }

func Opt[T comparable](v T) param.Opt[T] { return param.NewOpt(v) }

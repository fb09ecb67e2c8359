// Stub of github.com/cohere-ai/cohere-go/v2@v2.15.3 (package option) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package option

import core "github.com/cohere-ai/cohere-go/v2/core"

type RequestOption = core.RequestOption

func WithBaseURL(baseURL string) *core.BaseURLOption { return &core.BaseURLOption{BaseURL: baseURL} }

func WithToken(token string) *core.TokenOption { return &core.TokenOption{Token: token} }

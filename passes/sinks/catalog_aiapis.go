package sinks

// AI services that privet knows by their API hosts only: they have no Go
// SDK of their own in the catalog (most serve an OpenAI-compatible API,
// reached with an OpenAI client and a base URL, which is reported as the
// openai family), so these families have hosts and no entries. A raw
// HTTP request to one of them is reported as an AI service of that
// family. Hosts from shared/reference/sinks.md §7.
var (
	_ = register(Family{Name: "groq", Kind: KindAI, Hosts: []string{"api.groq.com"}})
	_ = register(Family{Name: "together", Kind: KindAI, Hosts: []string{"api.together.xyz"}})
	_ = register(Family{Name: "deepseek", Kind: KindAI, Hosts: []string{"api.deepseek.com"}})
	_ = register(Family{Name: "nvidia", Kind: KindAI, Hosts: []string{"integrate.api.nvidia.com"}})
	_ = register(Family{Name: "perplexity", Kind: KindAI, Hosts: []string{"api.perplexity.ai"}})
	_ = register(Family{Name: "openrouter", Kind: KindAI, Hosts: []string{"openrouter.ai"}})
	_ = register(Family{Name: "jina", Kind: KindAI, Hosts: []string{"api.jina.ai"}})
	_ = register(Family{Name: "voyage", Kind: KindAI, Hosts: []string{"api.voyageai.com"}})
	_ = register(Family{Name: "ernie", Kind: KindAI, Hosts: []string{"aip.baidubce.com"}})
	_ = register(Family{Name: "maritaca", Kind: KindAI, Hosts: []string{"chat.maritaca.ai"}})
	_ = register(Family{Name: "xai", Kind: KindAI, Hosts: []string{"api.x.ai"}})
	_ = register(Family{Name: "fireworks", Kind: KindAI, Hosts: []string{"api.fireworks.ai"}})
	_ = register(Family{Name: "cerebras", Kind: KindAI, Hosts: []string{"api.cerebras.ai"}})
	_ = register(Family{Name: "deepinfra", Kind: KindAI, Hosts: []string{"api.deepinfra.com"}})
)

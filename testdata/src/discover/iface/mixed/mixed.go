// Package mixed implements llm.Client twice: a hosted model that sends
// the prompt, and a cache that answers from memory. Marking the
// interface method would make the cache's calls sinks too, so the hint
// names the implementation that sends.
package mixed

import "discover/iface/llm"

//privet:sink ai
func post(body string) {}

type Hosted struct{}

func (h *Hosted) Complete(prompt string) (string, error) { // want `method mixed.Hosted.Complete sends its arguments to an AI service \(mixed post\) and implements llm.Client, whose other implementations here \(mixed.Cache\) do not send; mark mixed.Hosted.Complete rather than llm.Client.Complete with //privet:sink ai, or scope a sinks: rule to it`
	post(prompt)
	return "", nil
}

type Cache struct{ answers map[string]string }

func (c *Cache) Complete(prompt string) (string, error) { return c.answers[prompt], nil }

var _ llm.Client = (*Cache)(nil)

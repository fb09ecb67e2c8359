// Package api serves the summary to the web app: the handler is called
// by the router (a function value), and the implementation reaches the
// interface in package bots, which imports neither api nor threads.
// The posts go to the provider's HTTP call; the interface call is
// resolved nowhere (issue 19, mattermost-plugin-ai's thread
// summarization).
package api

import (
	"net/http"

	"knownmiss/plugin/bots"
	"knownmiss/plugin/threads"
)

type API struct{ bot *bots.Bot }

func (a *API) Routes(mux *http.ServeMux) {
	mux.HandleFunc("/summarize", a.handleSummarize)
}

func (a *API) handleSummarize(w http.ResponseWriter, r *http.Request) {
	posts := load(r.URL.Query().Get("thread"))
	threads.New(a.bot.LLM()).Summarize(posts) // want `pii data \(Post.Message\) reaches an HTTP request`
}

func load(id string) []threads.Post { return nil }

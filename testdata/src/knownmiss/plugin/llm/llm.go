// Package llm declares the language model interface of a chat plugin
// (mattermost-plugin-ai's shape, issue 19).
package llm

type LanguageModel interface {
	ChatCompletion(prompt string) (string, error)
}

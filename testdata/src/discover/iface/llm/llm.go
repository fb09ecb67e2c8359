// Package llm declares the interfaces the application codes against.
package llm

type Message struct{ Text string }

// Client is implemented elsewhere; its method is not marked.
type Client interface {
	Complete(prompt string) (string, error)
}

// Marked is implemented elsewhere; its method is a sink already.
type Marked interface {
	//privet:sink ai
	Ask(prompt string) string
}

// Logger is implemented by a method that does not send.
type Logger interface {
	Log(msg Message)
}

// Stub of github.com/openai/openai-go/v2@v2.7.1 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package ssestream

type Stream[T any] struct {
	cur T
	err error
}

func (s *Stream[T]) Next() bool   { return false }
func (s *Stream[T]) Current() T   { return s.cur }
func (s *Stream[T]) Err() error   { return s.err }
func (s *Stream[T]) Close() error { return nil }

// Package stt is a speech-to-text client that keeps its API key.
package stt

type Client struct{ key string }

func New(key string) *Client { return &Client{key: key} }

func (c *Client) Transcribe(audio []byte) string { return "transcript" } // never returns the key

// Package bots hands out a transcriber behind an interface.
package bots

import "interfaces/wired/stt"

type Config struct {
	APIKey string `privet:"credential"`
}

type Transcriber interface{ Transcribe(audio []byte) string }

func GetTranscriber(cfg Config) Transcriber { return stt.New(cfg.APIKey) }

// Namer has no implementation in scope where it is called.
type Namer interface{ Name() string }

type name struct{ s string }

func (n name) Name() string { return n.s }

func NamerOf(s string) Namer { return name{s} }

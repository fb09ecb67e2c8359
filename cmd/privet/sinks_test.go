package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestPrintSinks(t *testing.T) {
	var buf bytes.Buffer
	printSinks(&buf)
	for _, want := range []string{
		"openai Chat.Completions.New",
		"github.com/openai/openai-go.ChatCompletionService.New",
		"openai Responses.Compact",
		"v3 and later",
		"v1 only",
		"http.Client.Do",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("privet sinks does not list %q", want)
		}
	}
}

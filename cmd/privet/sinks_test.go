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
		"github.com/openai/openai-go/v3.ChatCompletionService.New",
		"http.Client.Do",
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("privet sinks does not list %q", want)
		}
	}
}

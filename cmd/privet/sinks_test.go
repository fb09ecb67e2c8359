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

// TestSinksUsage checks the flags of privet sinks: a wrong -format or a
// stray argument is a usage error, before anything is loaded.
func TestSinksUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-coverage", "github.com/stripe/stripe-go/v85", "-format", "xml"},
		{"github.com/stripe/stripe-go/v85"},
	} {
		var out, errb bytes.Buffer
		if got := sinksCmd(args, &out, &errb); got != exitError || errb.Len() == 0 {
			t.Errorf("privet sinks %v: exit %d, stderr %q; want %d and a message", args, got, errb.String(), exitError)
		}
	}
}

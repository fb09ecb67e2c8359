package analyzers_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privetlint/privet/analyzers"
)

// TestAISDK runs one leak-and-clean package per AI SDK family of the
// catalog against the SDK stubs in testdata/src (real signatures, see the
// header of each stub file). One run for all families: the standard
// library is loaded once, and failures name the file and line.
func TestAISDK(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, testdata(t), analyzers.Analyzer,
		"aisdk/openai", "aisdk/goopenai", "aisdk/anthropic", "aisdk/genai", "aisdk/bedrock", "aisdk/ollama", "aisdk/langchaingo")
}

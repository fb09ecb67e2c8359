package sinks

// huggingFaceFamily covers the Hugging Face Inference API client that Go
// services use (k8sgpt among them): github.com/hupe1980/go-huggingface
// (checked against v0.0.15; Hugging Face publishes no Go SDK of its
// own). Every task is a method of *InferenceClient taking (ctx,
// *XxxRequest) whose Inputs (a string, a list, or the conversation's
// text and past inputs) is sent as the JSON body. Hosts
// api-inference.huggingface.co (the client's default) and
// router.huggingface.co (the inference providers' router).
var huggingFaceFamily = register(Family{
	Name:    "huggingface",
	Kind:    KindAI,
	Hosts:   []string{"api-inference.huggingface.co", "router.huggingface.co"},
	Modules: []string{huggingFace},
	Entries: huggingFaceTasks(
		"Conversational", "FeatureExtraction", "FeatureExtractionWithAutomaticReduction",
		"FillMask", "QuestionAnswering", "SentenceSimilarity", "Summarization",
		"TableQuestionAnswering", "Text2TextGeneration", "TextClassification",
		"TextGeneration", "TokenClassification", "Translation", "ZeroShotClassification",
	),
})

// huggingFaceTasks are the entries of the tasks named: each sends its
// request (argument 1, after the context).
func huggingFaceTasks(names ...string) []Entry {
	var out []Entry
	for _, n := range names {
		out = append(out, Entry{Package: huggingFace, Receiver: "InferenceClient", Name: n, Args: []int{1}, URLArg: -1, Display: "huggingface " + n})
	}
	return out
}

const huggingFace = "github.com/hupe1980/go-huggingface"

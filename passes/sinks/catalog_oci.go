package sinks

// ociGenAIFamily covers Oracle Cloud's generative AI inference client in
// github.com/oracle/oci-go-sdk, package generativeaiinference (checked
// against v65.131.0). Every operation is a method of
// GenerativeAiInferenceClient (a value receiver) taking (ctx,
// XxxRequest) by value; the request embeds the body (ChatDetails with
// the messages, GenerateTextDetails with the prompt, SummarizeTextDetails'
// Input, EmbedTextDetails' Inputs, RerankTextDetails' documents,
// ApplyGuardrailsDetails' content), which the SDK marshals into the
// request. Host inference.generativeai.<region>.oci.oraclecloud.com.
var ociGenAIFamily = register(Family{
	Name:    "oci-genai",
	Kind:    KindAI,
	Hosts:   []string{"inference.generativeai.*.oci.oraclecloud.com"},
	Modules: []string{ociSDK},
	Entries: []Entry{
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "Chat", Args: []int{1}, URLArg: -1, Display: "oci-genai Chat"},
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "GenerateText", Args: []int{1}, URLArg: -1, Display: "oci-genai GenerateText"},
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "SummarizeText", Args: []int{1}, URLArg: -1, Display: "oci-genai SummarizeText"},
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "EmbedText", Args: []int{1}, URLArg: -1, Display: "oci-genai EmbedText"},
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "RerankText", Args: []int{1}, URLArg: -1, Display: "oci-genai RerankText"},
		{Package: ociGenAI, Receiver: "GenerativeAiInferenceClient", Name: "ApplyGuardrails", Args: []int{1}, URLArg: -1, Display: "oci-genai ApplyGuardrails"},
	},
})

const (
	ociSDK   = "github.com/oracle/oci-go-sdk"
	ociGenAI = ociSDK + "/generativeaiinference"
)

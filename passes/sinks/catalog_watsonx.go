package sinks

// watsonxFamily covers IBM's watsonx.ai client for Go,
// github.com/IBM/watsonx-go (checked against v1.0.1), package
// pkg/models: (*Client).GenerateText(model, prompt string, options...)
// sends the prompt to <region>.ml.cloud.ibm.com (the client's
// IAM token exchange goes to iam.cloud.ibm.com and carries only the
// service's own key).
var watsonxFamily = register(Family{
	Name:    "watsonx",
	Kind:    KindAI,
	Hosts:   []string{"*.ml.cloud.ibm.com"},
	Modules: []string{watsonx},
	Entries: []Entry{
		{Package: watsonx + "/pkg/models", Receiver: "Client", Name: "GenerateText", Args: []int{1}, URLArg: -1, Display: "watsonx GenerateText"},
	},
})

const watsonx = "github.com/IBM/watsonx-go"

package sinks

// sagemakerFamily covers the Amazon SageMaker runtime client, which calls
// models a team deployed to SageMaker endpoints:
// github.com/aws/aws-sdk-go-v2/service/sagemakerruntime (checked against
// v1.50.4). Every operation is a method of *sagemakerruntime.Client taking
// (ctx, *XxxInput, optFns...): InvokeEndpoint's .Body is the model's
// input, .CustomAttributes travels in a header; InvokeEndpointAsync sends
// an S3 location and the attributes. Host
// runtime.sagemaker.<region>.amazonaws.com.
var sagemakerFamily = register(Family{
	Name:    "sagemaker",
	Kind:    KindAI,
	Hosts:   []string{"runtime.sagemaker.*.amazonaws.com", "runtime-fips.sagemaker.*.amazonaws.com", "runtime.sagemaker.*.api.aws", "runtime.sagemaker-fips.*.api.aws"},
	Modules: []string{sagemakerruntime},
	Entries: []Entry{
		{Package: sagemakerruntime, Receiver: "Client", Name: "InvokeEndpoint", Args: []int{1}, URLArg: -1, Display: "sagemaker InvokeEndpoint"},
		{Package: sagemakerruntime, Receiver: "Client", Name: "InvokeEndpointWithResponseStream", Args: []int{1}, URLArg: -1, Display: "sagemaker InvokeEndpointWithResponseStream"},
		{Package: sagemakerruntime, Receiver: "Client", Name: "InvokeEndpointAsync", Args: []int{1}, URLArg: -1, Display: "sagemaker InvokeEndpointAsync"},
	},
})

const sagemakerruntime = "github.com/aws/aws-sdk-go-v2/service/sagemakerruntime"

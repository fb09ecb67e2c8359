// Stub of github.com/aws/aws-sdk-go-v2/service/sagemakerruntime@v1.50.4 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package sagemakerruntime

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	BaseEndpoint *string
	Region       string
}

type Client struct {
	options Options
}

func New(options Options, optFns ...func(*Options)) *Client {
	for _, fn := range optFns {
		fn(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region, BaseEndpoint: cfg.BaseEndpoint}, optFns...)
}

type InvokeEndpointInput struct {
	Body             []byte
	EndpointName     *string
	Accept           *string
	ContentType      *string
	CustomAttributes *string
	InferenceId      *string
}

type InvokeEndpointOutput struct {
	Body        []byte
	ContentType *string
}

func (c *Client) InvokeEndpoint(ctx context.Context, params *InvokeEndpointInput, optFns ...func(*Options)) (*InvokeEndpointOutput, error) {
	return &InvokeEndpointOutput{}, nil
}

type InvokeEndpointWithResponseStreamInput struct {
	Body             []byte
	EndpointName     *string
	ContentType      *string
	CustomAttributes *string
}

type InvokeEndpointWithResponseStreamOutput struct {
	ContentType *string
}

func (c *Client) InvokeEndpointWithResponseStream(ctx context.Context, params *InvokeEndpointWithResponseStreamInput, optFns ...func(*Options)) (*InvokeEndpointWithResponseStreamOutput, error) {
	return &InvokeEndpointWithResponseStreamOutput{}, nil
}

type InvokeEndpointAsyncInput struct {
	EndpointName     *string
	InputLocation    *string
	CustomAttributes *string
	InferenceId      *string
}

type InvokeEndpointAsyncOutput struct {
	OutputLocation *string
}

func (c *Client) InvokeEndpointAsync(ctx context.Context, params *InvokeEndpointAsyncInput, optFns ...func(*Options)) (*InvokeEndpointAsyncOutput, error) {
	return &InvokeEndpointAsyncOutput{}, nil
}

// Package sagemaker shows flows into the Amazon SageMaker runtime client
// (github.com/aws/aws-sdk-go-v2/service/sagemakerruntime).
package sagemaker

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sagemakerruntime"
)

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

// Classify sends the ticket with the e-mail to a deployed model.
func Classify(ctx context.Context, cfg aws.Config, c Customer) {
	client := sagemakerruntime.NewFromConfig(cfg)
	body, _ := json.Marshal(map[string]string{"inputs": "ticket from " + c.Email})
	client.InvokeEndpoint(ctx, &sagemakerruntime.InvokeEndpointInput{EndpointName: aws.String("triage"), Body: body}) // want `pii data \(Customer.Email\) reaches an AI service \(sagemaker InvokeEndpoint\) without an approved sanitizer`
}

// ClassifyClean sends the masked e-mail.
func ClassifyClean(ctx context.Context, cfg aws.Config, c Customer) {
	client := sagemakerruntime.NewFromConfig(cfg)
	body, _ := json.Marshal(map[string]string{"inputs": "ticket from " + MaskEmail(c.Email)})
	client.InvokeEndpoint(ctx, &sagemakerruntime.InvokeEndpointInput{EndpointName: aws.String("triage"), Body: body})
}

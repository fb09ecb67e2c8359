package openai

import (
	"context"
	"strings"

	openaiv1 "github.com/openai/openai-go"
	openaiv2 "github.com/openai/openai-go/v2"
)

// The family names github.com/openai/openai-go without its major: the
// older majors hold the same entries (Files.New was once listed for v3
// only).

// UploadV1 uploads the e-mail as a file with the v1 client.
func UploadV1(ctx context.Context, client *openaiv1.Client, c Customer) {
	client.Files.New(ctx, openaiv1.FileNewParams{File: strings.NewReader(c.Email), Purpose: "batch"}) // want `pii data \(Customer.Email\) reaches an AI service \(openai Files.New\) without an approved sanitizer`
}

// ModerateV2 sends the e-mail to the v2 moderation endpoint.
func ModerateV2(ctx context.Context, client *openaiv2.Client, c Customer) {
	client.Moderations.New(ctx, openaiv2.ModerationNewParams{Input: openaiv2.ModerationNewParamsInputUnion{OfString: openaiv2.String(c.Email)}}) // want `pii data \(Customer.Email\) reaches an AI service \(openai Moderations.New\) without an approved sanitizer`
}

// ModerateV2Clean sends the masked e-mail.
func ModerateV2Clean(ctx context.Context, client *openaiv2.Client, c Customer) {
	client.Moderations.New(ctx, openaiv2.ModerationNewParams{Input: openaiv2.ModerationNewParamsInputUnion{OfString: openaiv2.String(MaskEmail(c.Email))}})
}

// Package grpc shows a call through a generated gRPC client stub. The
// grpc family is optional and off by default (gRPC between a service's own
// components is common), so nothing here is reported; a policy that
// enables it would report Lookup at the Invoke call.
package grpc

import (
	"context"

	"google.golang.org/grpc"
)

type Customer struct {
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
	ID    string
}

//privet:sanitizer pii
func MaskEmail(s string) string { return "***" }

type LookupRequest struct {
	Email string
}

type LookupReply struct {
	ID string
}

// crmClient is what protoc-gen-go-grpc generates.
type crmClient struct {
	cc grpc.ClientConnInterface
}

func (c *crmClient) Lookup(ctx context.Context, in *LookupRequest, opts ...grpc.CallOption) (*LookupReply, error) {
	out := new(LookupReply)
	err := c.cc.Invoke(ctx, "/crm.v1.CRM/Lookup", in, out, opts...) // no want: the grpc family is off by default
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Lookup sends the address to a CRM over gRPC: not reported by default.
func Lookup(ctx context.Context, c Customer) error {
	conn, err := grpc.NewClient("crm.example.com:443")
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = (&crmClient{cc: conn}).Lookup(ctx, &LookupRequest{Email: c.Email})
	return err
}

// Package grpcon is thirdparty/grpc with the optional grpc family switched
// on by its .privet.yml (enable: [grpc]): the request message that
// carries the address is reported where the generated stub invokes the
// RPC, and the call passing it in is reported in Lookup.
package grpcon

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

type crmClient struct {
	cc grpc.ClientConnInterface
}

func (c *crmClient) Lookup(ctx context.Context, in *LookupRequest, opts ...grpc.CallOption) (*LookupReply, error) {
	out := new(LookupReply)
	err := c.cc.Invoke(ctx, "/crm.v1.CRM/Lookup", in, out, opts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Lookup sends the address to a CRM over gRPC.
func Lookup(ctx context.Context, conn *grpc.ClientConn, c Customer) error {
	_, err := (&crmClient{cc: conn}).Lookup(ctx, &LookupRequest{Email: c.Email}) // want `pii data \(Customer.Email\) reaches an RPC service \(grpc ClientConnInterface.Invoke\) without an approved sanitizer`
	return err
}

// Stream sends the card on a client stream.
func Stream(ctx context.Context, conn *grpc.ClientConn, c Customer) error {
	stream, err := conn.NewStream(ctx, &grpc.StreamDesc{ClientStreams: true}, "/billing.v1.Billing/Upload")
	if err != nil {
		return err
	}
	return stream.SendMsg(&LookupRequest{Email: c.Card}) // want `payment data \(Customer.Card\) reaches an RPC service \(grpc ClientStream.SendMsg\) without an approved sanitizer`
}

// LookupClean sends the masked address.
func LookupClean(ctx context.Context, conn *grpc.ClientConn, c Customer) {
	conn.Invoke(ctx, "/crm.v1.CRM/Lookup", &LookupRequest{Email: MaskEmail(c.Email)}, new(LookupReply))
}

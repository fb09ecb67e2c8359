// Stub of google.golang.org/grpc@v1.85.0 (package grpc) for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package grpc

import (
	"context"

	"google.golang.org/grpc/metadata"
)

type DialOption interface {
	apply(*dialOptions)
}

type dialOptions struct{}

type CallOption interface {
	before(*callInfo) error
	after(*callInfo, *csAttempt)
}

type callInfo struct{}

type csAttempt struct{}

type ClientConn struct {
	target string
}

func NewClient(target string, opts ...DialOption) (conn *ClientConn, err error) {
	return &ClientConn{target: target}, nil
}

func (cc *ClientConn) Close() error { return nil }

// ClientConnInterface defines the functions clients need to perform unary
// and streaming RPCs. It is implemented by *ClientConn.
type ClientConnInterface interface {
	Invoke(ctx context.Context, method string, args any, reply any, opts ...CallOption) error
	NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error)
}

func (cc *ClientConn) Invoke(ctx context.Context, method string, args, reply any, opts ...CallOption) error {
	return nil
}

func Invoke(ctx context.Context, method string, args, reply any, cc *ClientConn, opts ...CallOption) error {
	return cc.Invoke(ctx, method, args, reply, opts...)
}

type StreamDesc struct {
	StreamName    string
	ServerStreams bool
	ClientStreams bool
}

type ClientStream interface {
	Header() (metadata.MD, error)
	Trailer() metadata.MD
	CloseSend() error
	Context() context.Context
	SendMsg(m any) error
	RecvMsg(m any) error
}

func (cc *ClientConn) NewStream(ctx context.Context, desc *StreamDesc, method string, opts ...CallOption) (ClientStream, error) {
	return nil, nil
}

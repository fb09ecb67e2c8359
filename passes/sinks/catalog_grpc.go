package sinks

// grpcFamily covers google.golang.org/grpc (checked against v1.85.0):
// generated client stubs call ClientConnInterface.Invoke for unary RPCs
// and ClientStream.SendMsg for streams. Whether the target is a third
// party depends on the address given to grpc.NewClient, and gRPC between a
// service's own components is common, so the family is optional: off
// unless the policy enables it.
var grpcFamily = register(Family{
	Name:     "grpc",
	Kind:     KindRPC,
	Optional: true,
	Modules:  []string{grpc},
	Entries: []Entry{
		// Invoke(ctx, method, args, reply, opts...): a2 is the request message.
		{Package: grpc, Receiver: "ClientConn", Name: "Invoke", Args: []int{2}, URLArg: -1, Display: "grpc ClientConn.Invoke"},
		{Package: grpc, Receiver: "ClientConnInterface", Name: "Invoke", Args: []int{2}, URLArg: -1, Display: "grpc ClientConnInterface.Invoke"},
		// Deprecated func Invoke(ctx, method, args, reply, cc, opts...).
		{Package: grpc, Name: "Invoke", Args: []int{2}, URLArg: -1, Display: "grpc Invoke"},
		{Package: grpc, Receiver: "ClientStream", Name: "SendMsg", Args: []int{0}, URLArg: -1, Display: "grpc ClientStream.SendMsg"},
	},
})

const grpc = "google.golang.org/grpc"

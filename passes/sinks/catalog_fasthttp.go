package sinks

// fasthttpFamily covers github.com/valyala/fasthttp (checked against
// v1.78.0): the package-level client functions and the same methods on
// *fasthttp.Client and *fasthttp.HostClient. A *fasthttp.Request
// (AcquireRequest) is filled by SetRequestURI, SetBody, SetBodyString,
// AppendBody, Header.Set, ... which store into it; Get and Post take the
// URL at a1 (after the dst buffer) and Post the *Args body at a2.
// req.PostArgs(), req.URI(), uri.QueryArgs() and req.BodyWriter() return
// pointers into the request: form values, query parameters and body
// written through them are in the request.
var fasthttpFamily = register(Family{
	Name:    "fasthttp",
	Kind:    KindHTTP,
	Modules: []string{fasthttp},
	Entries: []Entry{
		{Package: fasthttp, Name: "Do", Args: []int{0}, URLArg: 0, Display: "fasthttp Do"},
		{Package: fasthttp, Name: "DoTimeout", Args: []int{0}, URLArg: 0, Display: "fasthttp DoTimeout"},
		{Package: fasthttp, Name: "DoDeadline", Args: []int{0}, URLArg: 0, Display: "fasthttp DoDeadline"},
		{Package: fasthttp, Name: "DoRedirects", Args: []int{0}, URLArg: 0, Display: "fasthttp DoRedirects"},
		{Package: fasthttp, Name: "Get", Args: []int{1}, URLArg: 1, Display: "fasthttp Get"},
		{Package: fasthttp, Name: "GetTimeout", Args: []int{1}, URLArg: 1, Display: "fasthttp GetTimeout"},
		{Package: fasthttp, Name: "GetDeadline", Args: []int{1}, URLArg: 1, Display: "fasthttp GetDeadline"},
		{Package: fasthttp, Name: "Post", Args: []int{1, 2}, URLArg: 1, Display: "fasthttp Post"},
		{Package: fasthttp, Receiver: "Client", Name: "Do", Args: []int{0}, URLArg: 0, Display: "fasthttp Client.Do"},
		{Package: fasthttp, Receiver: "Client", Name: "DoTimeout", Args: []int{0}, URLArg: 0, Display: "fasthttp Client.DoTimeout"},
		{Package: fasthttp, Receiver: "Client", Name: "DoDeadline", Args: []int{0}, URLArg: 0, Display: "fasthttp Client.DoDeadline"},
		{Package: fasthttp, Receiver: "Client", Name: "DoRedirects", Args: []int{0}, URLArg: 0, Display: "fasthttp Client.DoRedirects"},
		{Package: fasthttp, Receiver: "Client", Name: "Get", Args: []int{1}, URLArg: 1, Display: "fasthttp Client.Get"},
		{Package: fasthttp, Receiver: "Client", Name: "GetTimeout", Args: []int{1}, URLArg: 1, Display: "fasthttp Client.GetTimeout"},
		{Package: fasthttp, Receiver: "Client", Name: "GetDeadline", Args: []int{1}, URLArg: 1, Display: "fasthttp Client.GetDeadline"},
		{Package: fasthttp, Receiver: "Client", Name: "Post", Args: []int{1, 2}, URLArg: 1, Display: "fasthttp Client.Post"},
		{Package: fasthttp, Receiver: "HostClient", Name: "Do", Args: []int{0}, URLArg: 0, Display: "fasthttp HostClient.Do"},
		{Package: fasthttp, Receiver: "HostClient", Name: "DoTimeout", Args: []int{0}, URLArg: 0, Display: "fasthttp HostClient.DoTimeout"},
		{Package: fasthttp, Receiver: "HostClient", Name: "DoDeadline", Args: []int{0}, URLArg: 0, Display: "fasthttp HostClient.DoDeadline"},
		{Package: fasthttp, Receiver: "HostClient", Name: "DoRedirects", Args: []int{0}, URLArg: 0, Display: "fasthttp HostClient.DoRedirects"},
		{Package: fasthttp, Receiver: "HostClient", Name: "Get", Args: []int{1}, URLArg: 1, Display: "fasthttp HostClient.Get"},
		{Package: fasthttp, Receiver: "HostClient", Name: "GetTimeout", Args: []int{1}, URLArg: 1, Display: "fasthttp HostClient.GetTimeout"},
		{Package: fasthttp, Receiver: "HostClient", Name: "GetDeadline", Args: []int{1}, URLArg: 1, Display: "fasthttp HostClient.GetDeadline"},
		{Package: fasthttp, Receiver: "HostClient", Name: "Post", Args: []int{1, 2}, URLArg: 1, Display: "fasthttp HostClient.Post"},
	},
	Accessors: []Accessor{
		{Package: fasthttp, Receiver: "Request", Name: "PostArgs"},
		{Package: fasthttp, Receiver: "Request", Name: "URI"},
		{Package: fasthttp, Receiver: "Request", Name: "BodyWriter"},
		{Package: fasthttp, Receiver: "URI", Name: "QueryArgs"},
	},
})

const fasthttp = "github.com/valyala/fasthttp"

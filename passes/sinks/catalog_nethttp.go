package sinks

// nethttpFamily covers the standard library HTTP client. Request
// constructors (http.NewRequest*, Header.Set) are not sinks: they carry the
// taint into the request, which is reported where it is sent.
var nethttpFamily = register(Family{
	Name: "net/http",
	Kind: KindHTTP,
	Entries: []Entry{
		{Package: "net/http", Name: "Get", Args: []int{0}, URLArg: 0, Display: "http.Get"},
		{Package: "net/http", Name: "Head", Args: []int{0}, URLArg: 0, Display: "http.Head"},
		{Package: "net/http", Name: "Post", Args: []int{0, 2}, URLArg: 0, Display: "http.Post"},
		{Package: "net/http", Name: "PostForm", Args: []int{0, 1}, URLArg: 0, Display: "http.PostForm"},
		{Package: "net/http", Receiver: "Client", Name: "Do", Args: []int{0}, URLArg: 0, Display: "http.Client.Do"},
		{Package: "net/http", Receiver: "Client", Name: "Get", Args: []int{0}, URLArg: 0, Display: "http.Client.Get"},
		{Package: "net/http", Receiver: "Client", Name: "Head", Args: []int{0}, URLArg: 0, Display: "http.Client.Head"},
		{Package: "net/http", Receiver: "Client", Name: "Post", Args: []int{0, 2}, URLArg: 0, Display: "http.Client.Post"},
		{Package: "net/http", Receiver: "Client", Name: "PostForm", Args: []int{0, 1}, URLArg: 0, Display: "http.Client.PostForm"},
		{Package: "net/http", Receiver: "Transport", Name: "RoundTrip", Args: []int{0}, URLArg: 0, Display: "http.Transport.RoundTrip"},
		{Package: "net/http", Receiver: "RoundTripper", Name: "RoundTrip", Args: []int{0}, URLArg: 0, Display: "http.RoundTripper.RoundTrip"},
	},
})

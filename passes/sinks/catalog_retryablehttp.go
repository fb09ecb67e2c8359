package sinks

// retryablehttpFamily covers github.com/hashicorp/go-retryablehttp
// (checked against v0.7.8). Requests are built by
// retryablehttp.NewRequest(method, url, rawBody) or
// NewRequestWithContext, FromRequest(*http.Request), (*Request).SetBody;
// *Request embeds *http.Request, so header and URL setters work as in
// net/http. (*Client).StandardClient() returns an *http.Client, whose
// sends the net/http family covers.
var retryablehttpFamily = register(Family{
	Name:    "retryablehttp",
	Kind:    KindHTTP,
	Modules: []string{retryablehttp},
	Entries: []Entry{
		{Package: retryablehttp, Name: "Get", Args: []int{0}, URLArg: 0, Display: "retryablehttp Get"},
		{Package: retryablehttp, Name: "Head", Args: []int{0}, URLArg: 0, Display: "retryablehttp Head"},
		// Post(url, bodyType, body any); PostForm(url, url.Values).
		{Package: retryablehttp, Name: "Post", Args: []int{0, 2}, URLArg: 0, Display: "retryablehttp Post"},
		{Package: retryablehttp, Name: "PostForm", Args: []int{0, 1}, URLArg: 0, Display: "retryablehttp PostForm"},
		{Package: retryablehttp, Receiver: "Client", Name: "Do", Args: []int{0}, URLArg: 0, Display: "retryablehttp Client.Do"},
		{Package: retryablehttp, Receiver: "Client", Name: "Get", Args: []int{0}, URLArg: 0, Display: "retryablehttp Client.Get"},
		{Package: retryablehttp, Receiver: "Client", Name: "Head", Args: []int{0}, URLArg: 0, Display: "retryablehttp Client.Head"},
		{Package: retryablehttp, Receiver: "Client", Name: "Post", Args: []int{0, 2}, URLArg: 0, Display: "retryablehttp Client.Post"},
		{Package: retryablehttp, Receiver: "Client", Name: "PostForm", Args: []int{0, 1}, URLArg: 0, Display: "retryablehttp Client.PostForm"},
		{Package: retryablehttp, Receiver: "RoundTripper", Name: "RoundTrip", Args: []int{0}, URLArg: 0, Display: "retryablehttp RoundTripper.RoundTrip"},
	},
})

const retryablehttp = "github.com/hashicorp/go-retryablehttp"

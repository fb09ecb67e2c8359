package sinks

// restyFamily covers github.com/go-resty/resty/v2 (checked against
// v2.17.2). A request is built on *resty.Request (client.R()) by setters
// that store into it (SetBody, SetQueryParam(s), SetQueryString,
// SetFormData, SetPathParam(s), SetHeader, SetAuthToken, ...) and return it
// for chaining; client-wide setters on *resty.Client reach it through R().
// The send is the verb method, so the receiver is listed as payload (-1)
// next to the URL. When the URL is a known third-party host the finding
// takes that host's kind.
var restyFamily = register(Family{
	Name:    "resty",
	Kind:    KindHTTP,
	Modules: []string{resty},
	Entries: []Entry{
		{Package: resty, Receiver: "Request", Name: "Get", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Get"},
		{Package: resty, Receiver: "Request", Name: "Head", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Head"},
		{Package: resty, Receiver: "Request", Name: "Post", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Post"},
		{Package: resty, Receiver: "Request", Name: "Put", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Put"},
		{Package: resty, Receiver: "Request", Name: "Patch", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Patch"},
		{Package: resty, Receiver: "Request", Name: "Delete", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Delete"},
		{Package: resty, Receiver: "Request", Name: "Options", Args: []int{-1, 0}, URLArg: 0, Display: "resty Request.Options"},
		// Send uses the request's own .Method and .URL.
		{Package: resty, Receiver: "Request", Name: "Send", Args: []int{-1}, URLArg: -1, Display: "resty Request.Send"},
		// Execute(method, url).
		{Package: resty, Receiver: "Request", Name: "Execute", Args: []int{-1, 1}, URLArg: 1, Display: "resty Request.Execute"},
	},
})

const resty = "github.com/go-resty/resty"

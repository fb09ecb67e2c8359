package sends // want package:"analyzed"

// sends: posts its argument: analysed, because it calls a sink.

import (
	"net/http"
	"strings"
)

func Post(s string) { // want Post:`p0->sink\(http:http.Post\)`
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(s))
}

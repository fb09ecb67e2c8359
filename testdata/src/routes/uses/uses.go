package uses // want package:"analyzed"

// uses: calls a function of another package that sends its
// argument: analysed, because of that function's summary.

import (
	"routes/plain"
	"routes/sends"
)

func Greet(name string) { sends.Post(plain.Shout(name)) } // want Greet:`p0->sink\(http:http.Post\)`

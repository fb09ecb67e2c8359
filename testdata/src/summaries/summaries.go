package summaries // want package:"analyzed"

// The function summaries privet exports as facts.

type Customer struct {
	ID    string
	Email string `privet:"pii"`
	Card  string `privet:"payment"`
}

//privet:sink ai
func Send(s string) {}

//privet:sanitizer pii
func Mask(s string) string { return "" }

//privet:sensitive health
type Diagnosis struct{ Code string }

func Pass(s string) string { return s } // want Pass:`p0->r0`

func Masked(s string) string { return Mask(s) } // want Masked:`p0-pii->r0`

func Store(dst *string, s string) { *dst = s } // want Store:`p1->\*p0`

func Sends(s string) { Send(s) } // want Sends:`p0->sink\(ai:summaries Send\)`

func SendsMasked(s string) { Send(Mask(s)) } // want SendsMasked:`p0-pii->sink\(ai:summaries Send\)`

func Source(c *Customer) string { return c.Card } // want Source:`src\(Customer.Card:payment\)->r0 p0/f2->r0`

func Nothing(s string) int { return 1 }

func Recursive(s string, n int) string { // want Recursive:`p0->r0`
	if n == 0 {
		return s
	}
	return Recursive(s, n-1)
}

// Request carries both sensitive and plain data; summaries name the part
// of a parameter that moves.
type Request struct {
	Question string
	Email    string
}

func QuestionOf(r *Request) string { return r.Question } // want QuestionOf:`p0/f0->r0`

func Fill(r *Request, s string) { r.Email = s } // want Fill:`p1->\*p0/f1`

// Higher-order functions say what they pass to the functions they get.
func Each(items []string, f func(string)) { // want Each:`p0/\[\]->p1\(arg0\)`
	for _, it := range items {
		f(it)
	}
}

func WithCard(c *Customer, f func(string, int)) { // want WithCard:`src\(Customer.Card:payment\)->p1\(arg0\) p0/f2->p1\(arg0\)`
	f(c.Card, 0)
}

// Past four parts of one parameter, the rest is passed on whole, so that
// summaries of functions walking big structs stay small.
type Wide struct{ A, B, C, D, E string }

func Walk(w *Wide, f func(string)) { // want Walk:`p0->p1\(arg0\) p0/f0->p1\(arg0\) p0/f1->p1\(arg0\) p0/f2->p1\(arg0\) p0/f3->p1\(arg0\)`
	f(w.A)
	f(w.B)
	f(w.C)
	f(w.D)
	f(w.E)
}

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

// Past four parts of one parameter, the parameter is passed on whole (and
// covers its parts), so that summaries of functions walking big structs
// stay small.
type Wide struct{ A, B, C, D, E string }

func Walk(w *Wide, f func(string)) { // want Walk:`p0->p1\(arg0\)`
	f(w.A)
	f(w.B)
	f(w.C)
	f(w.D)
	f(w.E)
}

// Past 256 flows a summary is coarse: parameters and pointees as a whole.
type Big struct{ A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T string }

func Spread(dst *Big, a, b, c, d, e, f, g, h, i, j, k, l, m, n string) { // want Spread:`p1->\*p0 p2->\*p0 p3->\*p0 p4->\*p0 p5->\*p0 p6->\*p0 p7->\*p0 p8->\*p0 p9->\*p0 p10->\*p0 p11->\*p0 p12->\*p0 p13->\*p0 p14->\*p0`
	dst.A = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.B = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.C = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.D = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.E = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.F = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.G = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.H = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.I = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.J = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.K = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.L = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.M = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.N = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.O = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.P = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.Q = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.R = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.S = a + b + c + d + e + f + g + h + i + j + k + l + m + n
	dst.T = a + b + c + d + e + f + g + h + i + j + k + l + m + n
}

// A writer that wraps another of its own interface is, through the
// interface call, its own implementation: what it stores below its
// receiver stays within the path bound instead of growing a step each
// time the package's fixpoint applies its summary to itself.
type Writer interface{ Write(s string) }

type wrapped struct {
	next Writer
	last *string
}

func (w *wrapped) Write(s string) { // want Write:`^p1->\*p0/f0/\* p1->\*p0/f0/\*/f0/\* p1->\*p0/f0/\*/f1 p1->\*p0/f1 p1->summaries.Writer.Write\(arg1\)$`
	w.last = &s
	w.next.Write(s)
}

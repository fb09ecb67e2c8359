// Package wide has a function whose summary passes the engine's bound on
// flows (256): privet -v says so.
package wide

type Customer struct {
	ID    string
	Email string `privet:"pii"`
}

//privet:sink ai
func Send(s string) {}

func Notify(c *Customer) { Send(c.Email) }

type Big struct{ A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T string }

// Spread stores 14 parameters into 20 fields: 280 flows.
func Spread(dst *Big, a, b, c, d, e, f, g, h, i, j, k, l, m, n string) {
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

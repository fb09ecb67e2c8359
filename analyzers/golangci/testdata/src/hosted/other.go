package hosted

func send(s string) {
	Ask("summarize: " + s)
}

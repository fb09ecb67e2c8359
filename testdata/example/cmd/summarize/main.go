// Command summarize prints a summary of a support ticket.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"example.com/support/customer"
	"example.com/support/summarize"
)

func main() {
	t := customer.Lookup(os.Args[1])
	s := summarize.New()
	out, err := s.Masked(context.Background(), t)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(out)
}

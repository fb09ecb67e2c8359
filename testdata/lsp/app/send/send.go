// Package send reports customers to third parties.
package send

import (
	"net/http"
	"strings"

	"example.com/lspapp/customer"
	"example.com/lspapp/privacy"
	"example.com/lspapp/upload"
)

// Direct posts the customer's address.
func Direct(c customer.Customer) error {
	body := "email=" + c.Email
	resp, err := http.Post("https://hooks.example.net/notify", "text/plain", strings.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Masked posts the masked address.
func Masked(c customer.Customer) error {
	return upload.Text(privacy.MaskEmail(c.Email))
}

// Indirect hands the address to a helper in another package that sends it.
func Indirect(c customer.Customer) error {
	return upload.Text(c.Email)
}

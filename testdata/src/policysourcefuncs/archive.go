// Package policysourcefuncs calls a method the policy names as a source
// function through an interface it implements: the call's results are
// the source where the implementation is in scope, as they are at a
// call of the method itself.
package policysourcefuncs

import (
	"bytes"
	"net/http"
)

// Client is what the OCR code is given: the archive, or a test double.
type Client interface {
	DownloadPage(id int) ([]byte, error)
	PageCount(id int) (int, error)
}

// Archive is the document archive; the pages it returns are the
// customers' documents.
type Archive struct{ base string }

func (a *Archive) DownloadPage(id int) ([]byte, error) { return nil, nil }

func (a *Archive) PageCount(id int) (int, error) { return 1, nil }

func ocr(page []byte) {
	http.Post("https://llm.example.com/v1/ocr", "image/png", bytes.NewReader(page))
}

func Direct(a *Archive) {
	page, _ := a.DownloadPage(1)
	ocr(page) // want `pii data \(policysourcefuncs.Archive.DownloadPage\) reaches an HTTP request`
}

func ThroughInterface(c Client) {
	page, _ := c.DownloadPage(1)
	ocr(page) // want `pii data \(policysourcefuncs.Archive.DownloadPage\) reaches an HTTP request`
}

// PageCount is not a source, through the interface or not.
func Count(c Client) {
	n, _ := c.PageCount(1)
	ocr([]byte{byte(n)})
}

// Stub of github.com/aws/aws-sdk-go-v2/service/bedrockruntime@v1.63.13 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package document

import internaldocument "github.com/aws/aws-sdk-go-v2/service/bedrockruntime/internal/document"

type Interface = internaldocument.Interface

func NewLazyDocument(v interface{}) Interface {
	return internaldocument.NewDocumentMarshaler(v)
}

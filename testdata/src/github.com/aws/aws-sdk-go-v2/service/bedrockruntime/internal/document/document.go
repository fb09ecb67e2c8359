// Stub of github.com/aws/aws-sdk-go-v2/service/bedrockruntime@v1.63.13 for privet tests: real names,
// signatures and receiver kinds of the sink APIs, bodies trivial, types trimmed.

package document

import (
	"encoding/json"

	smithydocument "github.com/aws/smithy-go/document"
)

type smithyDocument interface {
	isSmithyDocument()
}

type Interface interface {
	smithyDocument
	smithydocument.Marshaler
	smithydocument.Unmarshaler
}

type documentMarshaler struct {
	value interface{}
}

func (m *documentMarshaler) isSmithyDocument() {}

func (m *documentMarshaler) MarshalSmithyDocument() ([]byte, error) { return json.Marshal(m.value) }

func (m *documentMarshaler) UnmarshalSmithyDocument(v interface{}) error { return nil }

func NewDocumentMarshaler(v interface{}) Interface {
	return &documentMarshaler{
		value: v,
	}
}

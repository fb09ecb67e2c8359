// Stub of github.com/aws/smithy-go@v1.28.9 (package document) for privet tests:
// real names and signatures, bodies trivial.

package document

type Marshaler interface {
	MarshalSmithyDocument() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalSmithyDocument(v interface{}) error
}

type NoSerde struct{}

func (n NoSerde) noSmithyDocumentSerde() {}

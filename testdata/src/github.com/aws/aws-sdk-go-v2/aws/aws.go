// Stub of github.com/aws/aws-sdk-go-v2@v1.48.0 (package aws) for privet tests:
// real names and signatures, bodies trivial, types trimmed.

package aws

type Config struct {
	Region       string
	BaseEndpoint *string
}

func String(v string) *string { return &v }

func ToString(p *string) (v string) {
	if p == nil {
		return v
	}
	return *p
}

func Int32(v int32) *int32 { return &v }

func Float32(v float32) *float32 { return &v }

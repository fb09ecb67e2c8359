// Package common is a stub of github.com/oracle/oci-go-sdk/v65/common
// (v65.131.0): the parts the generativeaiinference stub uses, with their
// real signatures.
package common

import "crypto/rsa"

// ConfigurationProvider wraps information about the account owner.
type ConfigurationProvider interface {
	TenancyOCID() (string, error)
	UserOCID() (string, error)
	KeyFingerprint() (string, error)
	Region() (string, error)
	KeyID() (string, error)
	PrivateRSAKey() (*rsa.PrivateKey, error)
	AuthType() (AuthConfig, error)
}

// AuthConfig is the authentication configuration.
type AuthConfig struct {
	AuthType         AuthenticationType
	IsFromConfigFile bool
	OboToken         *string
}

// AuthenticationType is the kind of authentication.
type AuthenticationType string

// RequestMetadata holds the retry policy of a request.
type RequestMetadata struct{}

// BaseClient is the client every service client embeds.
type BaseClient struct{}

// String returns a pointer to value.
func String(value string) *string { return &value }

// DefaultConfigProvider returns the provider of ~/.oci/config.
func DefaultConfigProvider() ConfigurationProvider { return nil }

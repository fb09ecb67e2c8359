// Package ciphers decrypts a stored API key with the service's own
// encryption key and sends the API key as a bearer token: the encryption
// key is not in what the cipher outputs. The plaintext of a customer's
// record still carries the record's data.
package ciphers

import (
	"crypto/aes"
	"crypto/cipher"
	"net/http"
	"strings"
)

type Vault struct {
	EncryptionKey []byte `privet:"credential"`
}

type Record struct {
	Sealed []byte `privet:"pii"`
}

func open(key, sealed []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	plain, _ := gcm.Open(nil, sealed[:12], sealed[12:], nil)
	return plain
}

func CallProvider(v *Vault, storedKey []byte) {
	apiKey := open(v.EncryptionKey, storedKey)
	req, _ := http.NewRequest("POST", "https://hooks.example.com/x", nil)
	req.Header.Set("Authorization", "Bearer "+string(apiKey))
	http.DefaultClient.Do(req)
}

func SendRecord(v *Vault, r *Record) {
	plain := open(v.EncryptionKey, r.Sealed)
	http.Post("https://hooks.example.com/x", "text/plain", strings.NewReader(string(plain))) // want `pii data \(Record.Sealed\) reaches an HTTP request \(http.Post\)`
}

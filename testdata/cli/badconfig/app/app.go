// Package app would send data, but its policy file is invalid.
package app

// Send sends text to a model.
func Send(text string) {}

//go:build !unix

package lsp

import "os/exec"

// killGroup is exec's default elsewhere: the go command is killed, its
// children finish on their own.
func killGroup(cmd *exec.Cmd) {}

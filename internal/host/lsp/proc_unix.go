//go:build unix

package lsp

import (
	"os/exec"
	"syscall"
	"time"
)

// killGroup makes a cancelled command stop its whole process group: go
// vet runs the compiler and the vet tool as children. SIGINT first, so
// the go command removes its work directory; SIGKILL for what is left
// after a grace period.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		pgid := cmd.Process.Pid
		time.AfterFunc(2*time.Second, func() { syscall.Kill(-pgid, syscall.SIGKILL) })
		return syscall.Kill(-pgid, syscall.SIGINT)
	}
}

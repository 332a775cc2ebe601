package storage

import (
	"errors"
	"syscall"
)

// isDiskFull recognises Windows' "disk full" errors.
func isDiskFull(err error) bool {
	const errorHandleDiskFull, errorDiskFull syscall.Errno = 39, 112
	return errors.Is(err, errorDiskFull) || errors.Is(err, errorHandleDiskFull)
}

// isWriteProtected recognises a write-protected disk (a locked USB stick).
func isWriteProtected(err error) bool {
	const errorWriteProtect syscall.Errno = 19
	return errors.Is(err, errorWriteProtect)
}

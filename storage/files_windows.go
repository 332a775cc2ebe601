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

// isNameTooLong recognises Windows' "file name too long" (MAX_PATH).
func isNameTooLong(err error) bool {
	const errorFilenameExcedRange, errorBufferOverflow syscall.Errno = 206, 111
	return errors.Is(err, errorFilenameExcedRange) || errors.Is(err, errorBufferOverflow)
}

// isNotFolder recognises Windows' "the directory name is invalid" and a
// path through a file.
func isNotFolder(err error) bool {
	const errorDirectory syscall.Errno = 267
	return errors.Is(err, errorDirectory)
}

// isInUse recognises a file another program holds open (Excel holding a
// workbook, an antivirus scanning it).
func isInUse(err error) bool {
	const errorSharingViolation, errorLockViolation syscall.Errno = 32, 33
	return errors.Is(err, errorSharingViolation) || errors.Is(err, errorLockViolation)
}

package storage

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockRange is the byte locked: beyond the holder's line at the start of
// the file, which must stay readable (Windows locks are mandatory on the
// range they cover), and within what every file system allows (FAT on a
// USB stick included).
var lockRange = windows.Overlapped{Offset: 1 << 20}

// lockFile takes a lock on f without waiting.
func lockFile(f *os.File, exclusive bool) error {
	flags := uint32(windows.LOCKFILE_FAIL_IMMEDIATELY)
	if exclusive {
		flags |= windows.LOCKFILE_EXCLUSIVE_LOCK
	}
	ol := lockRange
	err := windows.LockFileEx(windows.Handle(f.Fd()), flags, 0, 1, 0, &ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return errLocked
	}
	return err
}

func unlockFile(f *os.File) error {
	ol := lockRange
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}

//go:build !windows

package storage

// isDiskFull recognises a full disk beyond ENOSPC; elsewhere than Windows
// ENOSPC is the only one.
func isDiskFull(error) bool { return false }

// isWriteProtected: elsewhere than Windows a write-protected disk is EROFS.
func isWriteProtected(error) bool { return false }

// isNameTooLong: elsewhere than Windows it is ENAMETOOLONG.
func isNameTooLong(error) bool { return false }

// isNotFolder: elsewhere than Windows it is ENOTDIR.
func isNotFolder(error) bool { return false }

// isInUse: elsewhere than Windows open files are not locked against others.
func isInUse(error) bool { return false }

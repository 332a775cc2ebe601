//go:build !windows

package storage

// isDiskFull recognises a full disk beyond ENOSPC; elsewhere than Windows
// ENOSPC is the only one.
func isDiskFull(error) bool { return false }

// isWriteProtected: elsewhere than Windows a write-protected disk is EROFS.
func isWriteProtected(error) bool { return false }

//go:build !windows && !linux && !darwin && !freebsd && !netbsd && !openbsd && !dragonfly

package storage

import "os"

// lockFile: no file locks on this system; the database works without.
func lockFile(*os.File, bool) error { return nil }

func unlockFile(*os.File) error { return nil }

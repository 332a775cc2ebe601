//go:build !windows

package pick

import (
	"os"
	"os/user"
	"path/filepath"
	"sort"
)

// removableDrives lists what is mounted where desktops mount USB sticks:
// /media/USER/*, /run/media/USER/* (Linux) and /Volumes/* (macOS, but
// the system disk).
func removableDrives() []Place {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && name == "" {
		name = u.Username
	}
	var out []Place
	for _, pattern := range []string{
		filepath.Join("/media", name, "*"), filepath.Join("/run/media", name, "*"), "/Volumes/*",
	} {
		matches, _ := filepath.Glob(pattern)
		sort.Strings(matches)
		for _, m := range matches {
			if filepath.Base(m) == "Macintosh HD" {
				continue
			}
			out = append(out, Place{Label: filepath.Base(m), Path: m, Removable: true})
		}
	}
	return out
}

package pick

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"
)

// Place is a folder offered before any other: a USB stick or another
// removable drive, the folders where received files land (Downloads, Zalo's
// "Zalo Received Files"), the folder used last time.
type Place struct {
	Label     string // how it is named (a drive's label, "Tải về")
	Path      string
	Removable bool
	Recent    bool // the folder used last time
}

// Places lists the places that exist on this computer, removable drives
// first, then recent (the folder used last time, if any), then the usual
// folders where files are received, saved or kept. label names the usual
// folders in the person's language (ids "downloads", "zalo", "desktop",
// "documents", "home").
func Places(recent string, label func(id string) string) []Place {
	var out []Place
	seen := map[string]bool{}
	add := func(p Place) {
		if p.Path == "" {
			return
		}
		key := strings.ToLower(filepath.Clean(p.Path))
		if seen[key] || !isDir(p.Path) {
			return
		}
		seen[key] = true
		out = append(out, p)
	}
	for _, d := range removableDrives() {
		add(d)
	}
	if recent != "" {
		add(Place{Label: label("recent"), Path: recent, Recent: true})
	}
	home, _ := os.UserHomeDir()
	docs := xdg.UserDirs.Documents
	if docs == "" && home != "" {
		docs = filepath.Join(home, "Documents")
	}
	add(Place{Label: label("downloads"), Path: xdg.UserDirs.Download})
	// Zalo PC keeps what it receives in Documents\Zalo Received Files.
	add(Place{Label: label("zalo"), Path: filepath.Join(docs, "Zalo Received Files")})
	add(Place{Label: label("desktop"), Path: xdg.UserDirs.Desktop})
	add(Place{Label: label("documents"), Path: docs})
	add(Place{Label: label("home"), Path: home})
	return out
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

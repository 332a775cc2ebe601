package pick

import (
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// Paths reads what a person typed or pasted where a path is asked: one
// path or several, each with or without quotes (Windows' "Copy as path"
// adds them), separated by ";" or new lines (several files pasted at
// once); file:// addresses (Linux file managers paste them) and a leading
// "~" are understood. Spaces belong to folder names.
func Paths(s string) []string {
	var out []string
	s = strings.ReplaceAll(s, "\r", "\n")
	for _, line := range strings.Split(s, "\n") {
		for _, p := range splitQuoted(line) {
			if p = clean(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// splitQuoted splits a line at ";" and between quoted paths ("a" "b").
func splitQuoted(line string) []string {
	var out []string
	var b strings.Builder
	quote := rune(0)
	flush := func() {
		out = append(out, b.String())
		b.Reset()
	}
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
			b.WriteRune(r)
			flush()
		case quote == 0 && (r == '"' || r == '\''):
			if strings.TrimSpace(b.String()) != "" {
				b.WriteRune(r) // a quote inside a name
				continue
			}
			b.Reset()
			quote = r
			b.WriteRune(r)
		case quote == 0 && r == ';':
			flush()
		default:
			b.WriteRune(r)
		}
	}
	flush()
	return out
}

// clean is one path as the file system wants it.
func clean(p string) string {
	p = strings.TrimSpace(p)
	for len(p) >= 2 && (p[0] == '"' && p[len(p)-1] == '"' || p[0] == '\'' && p[len(p)-1] == '\'') {
		p = strings.TrimSpace(p[1 : len(p)-1])
	}
	p = strings.Trim(p, `"`)
	if strings.HasPrefix(strings.ToLower(p), "file://") {
		if u, err := url.Parse(p); err == nil {
			p = u.Path
			if runtime.GOOS == "windows" {
				p = strings.TrimPrefix(filepath.FromSlash(p), `\`)
			}
		}
	}
	if p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, `~\`) {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[1:])
		}
	}
	return p
}

// LooksLikePath reports whether typed text is a path (to go to or take)
// rather than words to filter the list by.
func LooksLikePath(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	switch {
	case strings.ContainsAny(s[:1], `"'/\~`):
		return true
	case strings.HasPrefix(strings.ToLower(s), "file://"):
		return true
	case len(s) >= 2 && s[1] == ':' && (s[0]|0x20) >= 'a' && (s[0]|0x20) <= 'z':
		return true // C: or E:\…
	}
	return strings.ContainsRune(s, filepath.Separator) || strings.ContainsRune(s, '/')
}

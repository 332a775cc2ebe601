// Command tracked fails when a file git tracks is over 1 MB or is a
// program: an ELF, PE or Mach-O binary by its first bytes, or a file with
// the executable bit that is not a script starting with "#!". Build outputs,
// databases and generated files belong in .gitignore, not in the tree.
//
//	go run ./.ci/tracked [repo]
package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// maxSize is the largest file the tree may hold.
const maxSize = 1 << 20

// entry is one tracked file as `git ls-files -s` lists it.
type entry struct {
	mode string // 100644, 100755, 120000 (a link), 160000 (a submodule)
	path string
}

func main() {
	root := "."
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	entries, err := trackedFiles(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tracked:", err)
		os.Exit(2)
	}
	bad := 0
	for _, e := range entries {
		problem, err := check(root, e)
		if err != nil {
			fmt.Fprintln(os.Stderr, "tracked:", err)
			os.Exit(2)
		}
		if problem != "" {
			fmt.Printf("%s: %s\n", e.path, problem)
			bad++
		}
	}
	if bad > 0 {
		fmt.Printf("tracked: %d of %d files must not be in the tree: remove them (git rm --cached) and ignore them by pattern in .gitignore\n", bad, len(entries))
		os.Exit(1)
	}
	fmt.Printf("tracked: %d files, none over 1 MB, none a program\n", len(entries))
}

// trackedFiles lists the files of the index under root.
func trackedFiles(root string) ([]entry, error) {
	cmd := exec.Command("git", "ls-files", "-s", "-z")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-files: %w", err)
	}
	var entries []entry
	for _, rec := range strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00") {
		// "<mode> <object> <stage>\t<path>"
		meta, path, ok := strings.Cut(rec, "\t")
		if !ok {
			continue
		}
		entries = append(entries, entry{mode: strings.Fields(meta)[0], path: path})
	}
	return entries, nil
}

// check returns what is wrong with one tracked file, or "".
func check(root string, e entry) (string, error) {
	if e.mode == "120000" || e.mode == "160000" {
		return "", nil // a link or a submodule: no content of its own here
	}
	f, err := os.Open(filepath.Join(root, filepath.FromSlash(e.path)))
	if os.IsNotExist(err) {
		return "", nil // deleted in the work tree: not what will be committed
	}
	if err != nil {
		return "", err
	}
	defer func() { _ = f.Close() }() // only read
	st, err := f.Stat()
	if err != nil {
		return "", err
	}
	head := make([]byte, 4096)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", fmt.Errorf("read %s: %w", e.path, err)
	}
	head = head[:n]
	switch {
	case programKind(head) != "":
		return "a program (" + programKind(head) + ")", nil
	case st.Size() > maxSize:
		return fmt.Sprintf("%.1f MB, over the limit of 1 MB", float64(st.Size())/(1<<20)), nil
	case e.mode == "100755" && !bytes.HasPrefix(head, []byte("#!")):
		return "executable (mode 100755) but not a script starting with #!", nil
	}
	return "", nil
}

// programKind names the executable format the first bytes of a file
// announce, or returns "".
func programKind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x7fELF")):
		return "ELF"
	case isPE(b):
		return "PE, Windows"
	}
	if len(b) >= 4 {
		switch binary.BigEndian.Uint32(b) {
		case 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe:
			return "Mach-O"
		case 0xcafebabe:
			return "Mach-O universal"
		}
	}
	return ""
}

// isPE reports whether b starts a Windows program: "MZ", then at the
// offset stored at 0x3c the signature "PE\0\0" (a text that merely starts
// with "MZ" is not one).
func isPE(b []byte) bool {
	if len(b) < 0x40 || !bytes.HasPrefix(b, []byte("MZ")) {
		return false
	}
	off := int(binary.LittleEndian.Uint32(b[0x3c:]))
	return off+4 <= len(b) && bytes.Equal(b[off:off+4], []byte("PE\x00\x00"))
}

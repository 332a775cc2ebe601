package main

import (
	"fmt"
	"os"
	"path/filepath"

	"thidua/model"
)

// errorLog writes err's technical text to thidua's log folder and returns
// the file's path ("" if it cannot be written).
func errorLog(err error) string {
	dir := filepath.Join(os.TempDir(), "thidua")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	path := filepath.Join(dir, "error-"+model.ErrorID(err)+".log")
	text := fmt.Sprintf("thidua %s\n%s\n", version, model.Technical(err))
	if os.WriteFile(path, []byte(text), 0o644) != nil {
		return ""
	}
	return path
}

package i18n

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// uses finds message ids written as string literals where the code asks
// for a message: T(lang, "id"), Errorf("id"), c.printf("id"), t("id") and
// the like. Ids built at run time ("stage."+s) are checked by the tests of
// the code that builds them.
var uses = regexp.MustCompile(`(?:\bT\([^,()]+,\s*|Errorf\(|printf\(|warnf\(|\bt\()"([a-z][a-z0-9_]*\.[a-z0-9_.]*[a-z0-9_])"\s*[,)]`)

// Every message id the program uses is in the catalogue, so no person ever
// sees a bare id instead of a sentence.
func TestEveryUsedIDExists(t *testing.T) {
	root := filepath.Join("..", "..")
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range uses.FindAllStringSubmatch(string(src), -1) {
			seen++
			if !Has(m[1]) {
				t.Errorf("%s uses message %q, which is not in the catalogue", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 100 {
		t.Errorf("only %d uses found: the pattern no longer matches the code", seen)
	}
}

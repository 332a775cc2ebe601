package sheet

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model/i18n"
	"thidua/storage/demo"
)

// TestRenderPDF prints the demo's 2019 report the way a leader would, with
// LibreOffice, into PDF and one PNG image per page, to look at. It takes
// seconds and needs libreoffice and pdftoppm, so it runs only when
// THIDUA_RENDER names a folder for the files:
//
//	THIDUA_RENDER=/tmp/render go test ./storage/sheet -run TestRenderPDF -v
func TestRenderPDF(t *testing.T) {
	dir := os.Getenv("THIDUA_RENDER")
	if dir == "" {
		t.Skip("set THIDUA_RENDER to a folder to render the report to PDF and PNG pages")
	}
	for _, tool := range []string{"libreoffice", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed (apt-get install -y libreoffice-calc poppler-utils): %v", tool, err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		path, r := saveDemoReport(t, dir, demo.Year, lang)
		run(t, "libreoffice", "--headless", "--convert-to", "pdf", "--outdir", dir, path)
		pdf := strings.TrimSuffix(path, ".xlsx") + ".pdf"
		run(t, "pdftoppm", "-png", "-r", "80", pdf, filepath.Join(dir, "page-"+string(lang)))
		t.Logf("%s: sheets %v → %s and page-%s-*.png", lang, r.Sheets, pdf, lang)
	}
}

func run(t *testing.T, name string, args ...string) {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

//go:build !windows

package exchange

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage/demo"
	"thidua/storage/demo/demotest"
)

// Entries of a picked folder that are not read (a link, a pipe) are named
// with why, as the command line lists them: the interface passed over them
// without a word, and a folder of links alone was "no thidua files".
func TestPickedFolderSaysWhatItDidNotRead(t *testing.T) {
	ctx := context.Background()
	leader := demotest.Open(t)
	unit := unitDB(t, leader, t.TempDir())
	p, _ := leader.PeriodByCode(ctx, demo.Year)
	usb := filepath.Join(t.TempDir(), "USB")
	w, err := app.App{DB: unit}.ExportOwn(ctx, p.ID, usb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(w.Path, filepath.Join(usb, "loi-tat.sqlite")); err != nil {
		t.Skip(err)
	}
	if err := syscall.Mkfifo(filepath.Join(usb, "ong.sqlite"), 0o644); err != nil {
		t.Skip(err)
	}
	h := open(t, leader)
	h.Press("o")
	h.field(usb)
	h.Press("enter")
	if h.Err != nil || len(h.M.Outcomes()) != 1 {
		t.Fatalf("preview: %v, %d outcomes", h.Err, len(h.M.Outcomes()))
	}
	if !strings.Contains(h.Status, "Bỏ qua 2 mục") || !strings.Contains(h.Status, "loi-tat.sqlite") || !strings.Contains(h.Status, "ong.sqlite") {
		t.Errorf("status: %s", h.Status)
	}

	links := filepath.Join(t.TempDir(), "chi-loi-tat")
	os.MkdirAll(links, 0o755)
	os.Symlink(w.Path, filepath.Join(links, "TD-tucham.sqlite"))
	h = open(t, leader)
	h.Press("o")
	h.field(links)
	h.Press("enter")
	if model.ErrorCode(h.Err) != "xtui.only_skipped" || !strings.Contains(model.Message(i18n.VI, h.Err), "bỏ qua 1 mục (lối tắt, thiết bị…): TD-tucham.sqlite.") {
		t.Errorf("links only: %v", h.Err)
	}
}

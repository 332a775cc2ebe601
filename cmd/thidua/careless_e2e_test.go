package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"thidua/model"
	"thidua/storage/demo"
)

// paste pastes s as a terminal does (bracketed paste, as Windows Terminal
// sends ctrl+v).
func (tm *terminal) paste(s string) {
	tm.t.Helper()
	f := filepath.Join(tm.t.TempDir(), "paste.txt")
	if err := os.WriteFile(f, []byte(s), 0o600); err != nil {
		tm.t.Fatal(err)
	}
	for _, args := range [][]string{{"load-buffer", "-b", "p", f}, {"paste-buffer", "-p", "-b", "p", "-t", "e2e"}} {
		if out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput(); err != nil {
			tm.t.Fatalf("tmux %v: %v %s", args, err, out)
		}
	}
}

// A hurried officer at 80×24 pastes a bloc's name copied from its decision
// into the wizard and presses ctrl+c with it unsaved; then pastes a column
// of scores and one score copied from a spreadsheet cell into the score
// cell. The paste in the wizard was lost, ctrl+c quit without a word, and
// pastes in the score cell were ignored.
func TestE2EPasteAndQuitWithTypedText(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	tm := newTerminal(t, 80, 24, nil, bin, "--db", filepath.Join(t.TempDir(), "moi.db"))
	tm.waitFor("Chào mừng đến với thidua")
	tm.keys("Enter")
	tm.waitFor("Bước 1/6")
	tm.paste("Cụm thi đua số 3 các xã, phường")
	tm.waitFor("› Tên khối  Cụm thi đua số 3 các xã, phường")
	tm.keys("C-c")
	tm.waitFor("ctrl+c lần nữa để thoát bỏ chữ đó.")
	if tm.exited() {
		t.Fatal("ctrl+c quit with the pasted name unsaved")
	}
	tm.keys("C-c")
	tm.waitExit()

	db := filepath.Join(t.TempDir(), "demo.db")
	if _, errOut, code := runCmd(t, nil, "demo", "--db", db); code != 0 {
		t.Fatalf("demo: %s", errOut)
	}
	tm = newTerminal(t, 80, 24, nil, bin, "--db", db)
	tm.waitFor("Đơn vị thành viên")
	tm.keys("3")
	tm.waitFor("Chấm điểm: Sông Cầu")
	tm.keys(":")
	tm.text("II.2")
	tm.keys("Enter")
	tm.waitFor("II.2 · ")
	tm.paste("1\r\n2\r\n3\r\n")
	tm.waitFor("Đã dán nhiều giá trị")
	tm.paste("2,5\r\n")
	tm.waitFor("› 2,5_")
	tm.keys("Enter")
	tm.waitFor("II.3 · ")
	tm.keys("q")
	tm.waitExit()

	d := openDB(t, db)
	defer d.Close()
	ctx := context.Background()
	p, _ := d.PeriodByCode(ctx, demo.Year)
	u, _ := d.UnitByCode(ctx, demo.SongCau)
	sheet, err := d.LoadSheet(ctx, p.ID, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	c, err := sheet.Tree.Resolve("II.2")
	if err != nil {
		t.Fatal(err)
	}
	if r := sheet.Rows[c.ID][model.StageSelf]; r.Points != 250 {
		t.Errorf("II.2 = %v, want the pasted 2,5", r.Points)
	}
}

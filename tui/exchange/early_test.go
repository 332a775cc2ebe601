package exchange

import (
	"context"
	"errors"
	"strings"
	"testing"

	"thidua/storage/demo/demotest"
)

// A key typed before the board's data arrived waits for it: the setup
// files' dialog then offers the folder remembered, never one beside the
// program (a tmux run once wrote setup files into the working folder).
func TestKeyTypedBeforeTheBoardIsRead(t *testing.T) {
	leader := demotest.Open(t)
	dir := t.TempDir()
	if err := leader.SetSetting(context.Background(), "export_dir", dir); err != nil {
		t.Fatal(err)
	}
	h, load := unread(t, leader)
	h.Press("s")
	if v := h.M.View(); strings.Contains(v, "Lưu vào thư mục này") {
		t.Fatalf("a dialog opened before the folders were read:\n%s", v)
	}
	h.Run(load)
	v := h.M.View()
	if !strings.Contains(v, "Lưu vào thư mục này") || !strings.Contains(v, dir) {
		t.Fatalf("the key typed early was not acted on, in the folder remembered (%s):\n%s", dir, v)
	}
}

// A board that cannot be read drops the keys typed meanwhile and says why.
func TestKeysDroppedWhenTheBoardCannotBeRead(t *testing.T) {
	leader := demotest.Open(t)
	h, _ := unread(t, leader)
	h.Press("s")
	m, cmd := h.M.Update(loadFailedMsg{period: h.M.scope.Period.ID, err: errors.New("disk gone")})
	h.M = m
	if cmd == nil || len(h.M.typedEarly) != 0 {
		t.Fatalf("keys kept (%d) or no error shown", len(h.M.typedEarly))
	}
	h.Press("s") // the screen answers keys again
	if len(h.M.typedEarly) != 0 {
		t.Fatal("a key was held after the failed read")
	}
}

// Two reads under way at once may answer in either order: the board keeps
// what the read that began last saw (a merge's reload raced the one every
// screen does after it, and the held file it had just made vanished).
func TestOlderReadArrivingLateIsDropped(t *testing.T) {
	leader := demotest.Open(t)
	h := open(t, leader)
	older := h.M.Reload()() // begins first: the folder as it was
	dir := t.TempDir()
	if err := leader.SetSetting(context.Background(), "export_dir", dir); err != nil {
		t.Fatal(err)
	}
	newer := h.M.Reload()() // begins after the change
	h.M, _ = h.M.Update(newer)
	h.M, _ = h.M.Update(older)
	if h.M.exportDir != dir {
		t.Fatalf("the board shows the older read's folder %q, want %q", h.M.exportDir, dir)
	}
}

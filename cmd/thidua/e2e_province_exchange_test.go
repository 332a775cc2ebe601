package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// blocFiles makes, from the demo bloc, a province that merged one bloc
// file (the leader's key accepted) and, in its Downloads, a folder of
// three bloc files: an older one (stale), a newer one (good), and one
// signed with a key the province does not know for the bloc (held).
func blocFiles(t *testing.T, o *office) {
	t.Helper()
	leader, dir := demoDB(t), t.TempDir()
	file := func(name, db string) string {
		p := filepath.Join(dir, name)
		must(t, "export", "--db", db, "--period", "2019", "--out", p)
		return p
	}
	review := func(input string) {
		must(t, "score", "--db", leader, "--period", "2019", "--unit", "TUYAN", "--stage", "bloc", "--reason",
			"Khối chấm lại theo hồ sơ", "II.3="+input)
	}
	older := file("TD-khoi-cu.sqlite", leader)
	review("1")
	applied := file("TD-khoi-da-nhan.sqlite", leader)
	if _, errs, code := runCmd(t, nil, "merge", "--db", o.db, "--province", applied); code != 1 {
		t.Fatalf("the first bloc file is held for the leader's key: %d %s", code, errs)
	}
	must(t, "hold", "--db", o.db, "accept", "1")
	review("0,5")
	good := file("TD-khoi-moi.sqlite", leader)
	// The same bloc from another installation: a key the province never saw.
	other := filepath.Join(dir, "may-khac.db")
	copyWithoutKey(t, leader, other)
	// A send number is the time in seconds (or the last one plus one), and
	// the copy may lack the good file's record: exported in the same second,
	// the stranger's would equal the good one's, and applying the good file
	// would rightly close it as superseded. The key change under test needs
	// it newer.
	for seq(t, good) >= time.Now().Unix() {
		time.Sleep(100 * time.Millisecond)
	}
	stranger := file("TD-khoi-khoa-la.sqlite", other)
	if seq(t, stranger) <= seq(t, good) {
		t.Fatalf("the stranger's file is not newer than the good one")
	}
	o.receive("Tệp các khối", older, good, stranger)
}

// seq is an exchange file's send number, as thidua verify reads it.
func seq(t *testing.T, file string) int64 {
	t.Helper()
	var v struct{ Seq int64 }
	if err := json.Unmarshal([]byte(must(t, "verify", file, "--json")), &v); err != nil || v.Seq == 0 {
		t.Fatalf("verify %s: %v", file, err)
	}
	return v.Seq
}

// The province's exchange screen in a real terminal: the folder of bloc
// files picked (no path typed), previewed (one to merge, one stale, one
// held), merged; the held file read and accepted with the reason the
// leader's call gave; the province's decision file written.
func TestE2EProvinceExchange(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	o := newOffice(t, t.TempDir(), "tinh")
	blocFiles(t, o)
	tm := o.open(bin)
	tm.waitFor("Các khối thi đua — 1 khối", "PY-LDTBXH")
	tm.keys("Enter")
	tm.waitFor("Kết quả xếp hạng")
	tm.keys("5")
	tm.waitFor("Tỉnh nhận tệp của các khối", "Chưa làm tệp quyết định cho khối PY-LDTBXH", "o nhận tệp của các khối")
	tm.keys("o")
	tm.waitFor("Tải về (Downloads)")
	tm.keys("Enter")
	tm.waitFor("Tệp các khối/")
	tm.keys("Enter")
	tm.waitFor("Nhận cả 3 tệp trong thư mục này")
	tm.keys("Enter")
	s := tm.waitFor("Xem trước 3 tệp", "1 sẽ nhập, 0 không thay đổi, 1 bản cũ, 1 sẽ chờ quyết định, 0 bị từ chối")
	if !strings.Contains(s, "TD-khoi-cu.sqlite") || !strings.Contains(s, "Bản cũ hơn") {
		t.Errorf("the preview:\n%s", s)
	}
	tm.keys("a")
	tm.waitFor("Kết quả nhập 3 tệp", "1 nhập, 0 không thay đổi, 1 bản cũ, 1 chờ quyết định")
	tm.keys("Escape")
	tm.waitFor("Có 1 tệp chờ quyết định")
	tm.keys("g")
	tm.waitFor("Tệp chờ quyết định (1)", "Khóa đã thay đổi", "TD-khoi-khoa-la.sqlite")
	tm.keys("a")
	tm.waitFor("Lý do")
	tm.text("Đã gọi khối trưởng, mã khóa khớp (máy mới)")
	tm.keys("Enter")
	tm.waitFor("Tệp chờ quyết định (0)")
	tm.keys("Escape")
	tm.waitFor("Không có tệp nào chờ quyết định", "Chưa làm tệp quyết định")
	tm.keys("x")
	tm.waitFor("Lưu vào thư mục này")
	tm.keys("Enter")
	tm.waitFor("Đã ghi", "Tệp quyết định gần nhất: TD-quyetdinh-2019-PY-LDTBXH")
	tm.keys("q")
	tm.waitExit()
	if files, _ := filepath.Glob(filepath.Join(o.home, "Documents", "TD-quyetdinh-*.sqlite")); len(files) != 1 {
		t.Errorf("decision files: %v", files)
	} else if _, err := os.Stat(files[0]); err != nil {
		t.Error(err)
	}
	if out := must(t, "inbox", "--db", o.db); !strings.Contains(out, "PY-LDTBXH") {
		t.Errorf("inbox:\n%s", out)
	}
}

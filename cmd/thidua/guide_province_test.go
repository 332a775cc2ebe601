package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// captureProvince walks the province's screens in language lang: its
// board of blocs, a bloc's ranking, the decision dialog, its exchange
// screen and a bloc file held for a key it does not know. It returns the
// screens by name.
func captureProvince(t *testing.T, bin, lang string) map[string]string {
	root := filepath.Join(t.TempDir(), "Thi đua")
	for _, d := range []string{"Downloads", "Documents", ".config"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{"THIDUA_LANG=" + lang, "HOME=" + root, "XDG_CONFIG_HOME=" + filepath.Join(root, ".config"),
		"USER=thidua-guide"}
	pick := func(v, e string) string {
		if lang == "vi" {
			return v
		}
		return e
	}
	run := func(args ...string) {
		t.Helper()
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil && !(len(args) > 0 && args[0] == "merge") {
			t.Fatalf("%v: %v %s", args, err, out)
		}
	}
	at := func(rel string) string { return filepath.Join(root, rel) }
	leader, province := at("khoi/thidua.db"), "tinh/thidua.db"
	run("demo", "--db", leader)
	run("export", "--db", leader, "--period", "2019", "--out", at("khoi/TD-khoi.sqlite"))
	if err := os.MkdirAll(at("tinh"), 0o755); err != nil {
		t.Fatal(err)
	}
	run("merge", "--db", at(province), "--province", at("khoi/TD-khoi.sqlite"))
	run("hold", "--db", at(province), "accept", "1", "--reason", "Đã gọi khối trưởng")
	// The same bloc's file from another PC: a key the province never saw.
	other := at("khoi/may-moi.db")
	copyWithoutKey(t, leader, other)
	if err := os.MkdirAll(at("Downloads/Tệp các khối"), 0o755); err != nil {
		t.Fatal(err)
	}
	run("export", "--db", other, "--period", "2019", "--out", at("Downloads/Tệp các khối/TD-khoi-PY-LDTBXH.sqlite"))

	shots := map[string]string{}
	tm := newTerminal(t, 110, 32, env, "sh", "-c", fmt.Sprintf("cd '%s' && exec '%s' --db '%s'", root, bin, province))
	c := &capturer{terminal: tm, lang: lang, root: root, shot: shots}
	c.save("province-board", "PY-LDTBXH", "Sông Cầu")
	c.keys("Enter")
	c.save("province-ranking", "Tuy Hòa", "Sơn Hòa")
	c.keys("Down", "D")
	c.save("province-decision", "Sông Cầu", "CO")
	c.keys("Escape")
	c.waitFor("Tuy Hòa")
	c.keys("5")
	c.save("province-exchange", "PY-LDTBXH", pick("Tỉnh nhận tệp", "The blocs' files"))
	c.keys("o")
	c.waitFor(pick("Tải về", "Downloads"))
	c.keys("Enter")
	c.waitFor("Tệp các khối/")
	c.keys("Enter")
	c.waitFor("TD-khoi-PY-LDTBXH.sqlite")
	c.keys("Enter")
	c.waitFor("TD-khoi-PY-LDTBXH.sqlite", pick("Xem trước", "Preview"))
	c.keys("a")
	c.waitFor(pick("Kết quả nhập", "Merged"))
	c.keys("Escape")
	c.waitFor("PY-LDTBXH")
	c.keys("g")
	c.save("province-held", "TD-khoi-PY-LDTBXH.sqlite", "SONGCAU")
	c.keys("Escape")
	c.keys("q")
	c.waitExit()
	return shots
}

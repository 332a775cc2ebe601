package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
)

// Every command's --help prints its usage on stdout and exits 0, in both
// languages.
func TestSubcommandHelp(t *testing.T) {
	names := []string{"", "score import", "criteria import", "criteria export"}
	for _, cmd := range commands() {
		names = append(names, cmd.name)
	}
	for _, name := range names {
		for _, lang := range []string{"vi", "en"} {
			args := append(strings.Fields(name), "--help", "--lang", lang)
			out, errs, code := runCmd(t, nil, args...)
			usage := map[string]string{"vi": "Cách dùng: thidua", "en": "Usage: thidua"}[lang]
			if code != 0 || errs != "" || !strings.Contains(out, usage) || strings.Contains(out+errs, "flag:") {
				t.Errorf("thidua %s --help (%s): exit %d\n%s%s", name, lang, code, out, errs)
			}
			if name != "" && !strings.Contains(out, "thidua "+name+" — ") {
				t.Errorf("thidua %s --help (%s) does not say what it does:\n%s", name, lang, out)
			}
		}
	}
	if out, _, code := runCmd(t, nil, "help", "merge"); code != 0 || !strings.Contains(out, "thidua merge —") {
		t.Errorf("help merge: %d %s", code, out)
	}
	// An option that is not a command's, or lacks its value, is said in
	// the person's language.
	for args, want := range map[string]string{
		"rank --bogus":      "tùy chọn không hợp lệ: --bogus",
		"rank --period":     "tùy chọn --period cần một giá trị",
		"demo --force=peut": "không hợp lệ cho tùy chọn --force",
	} {
		_, errs, code := runCmd(t, nil, strings.Fields(args)...)
		if code != 2 || !strings.Contains(errs, want) || strings.Contains(errs, "flag") {
			t.Errorf("%s: %d %q", args, code, errs)
		}
	}
}

// Every refused input leaves the database byte for byte as it was:
// badly encoded or badly quoted CSV files, the same criterion twice in a
// file or on the command line.
func TestRefusalsLeaveTheDatabaseUnchanged(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	file := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, data, 0o644)
		return p
	}
	// VNI typing: "Phöông Ñoâng" for Phương Đông.
	vni := []byte("unit,code,value,note\nTUYAN,II.1,1,Ph\xf6\xf4ng \xd1o\xe2ng\n")
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("unit\tcode\tvalue\tnote\nTUYAN\tII.1\t1\tĐúng hạn\nTUYAN\tII.1\t0\t\n"))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"vni csv", []string{"score", "import", file("vni.csv", vni), "--period", "2019"}, "CSV UTF-8"},
		{"unterminated quote", []string{"score", "import", file("quote.csv", []byte("unit,code,value,note\nTUYAN,II.1,1,\"chậm\nTUYAN,II.2,1,\n")), "--period", "2019"}, "Dòng 2: dấu ngoặc kép"},
		{"quote swallowing a line", []string{"score", "import", file("quote2.csv", []byte("unit,code,value,note\nTUYAN,II.1,1,\"chậm\nTUYAN,II.3,1,\"ghi chú\"\n")), "--period", "2019"}, "Dòng 3"},
		{"same criterion twice in a file", []string{"score", "import", file("twice.csv", []byte("unit,code,value\nTUYAN,II.1,1\nTUYAN,II.3,1\nTUYAN,ii.1,0\n")), "--period", "2019"}, "đã có ở dòng 2"},
		{"same criterion twice in utf-16", []string{"score", "import", file("twice16.csv", utf16), "--period", "2019"}, "đã có ở dòng 2"},
		{"same criterion twice on the command line", []string{"score", "--period", "2019", "--unit", "TUYAN", "II.1=1", "II.1=0"}, "II.1=1 và II.1=0 cùng là một tiêu chí"},
		{"the same criterion in other letters", []string{"score", "--period", "2019", "--unit", "TUYAN", "II.1=1", "ii.1=0"}, "cùng là một tiêu chí"},
		{"same criterion twice in a return", []string{"return", "--period", "2019", "--unit", "TUYAN", "II.1=thiếu", "ii.1=sai"}, "II.1=thiếu và ii.1=sai"},
		{"a criterion that does not exist", []string{"score", "--period", "2019", "--unit", "TUYAN", "II.1=1", "IX.9=1"}, "IX.9"},
	}
	before := digest(t, db)
	for _, c := range cases {
		_, errs, code := runCmd(t, nil, append(c.args, "--db", db)...)
		if code != 1 || !strings.Contains(errs, c.want) {
			t.Errorf("%s: exit %d %q, want %q", c.name, code, errs, c.want)
		}
		if digest(t, db) != before {
			t.Fatalf("%s changed the database", c.name)
		}
	}
}

// Another program's SQLite database is refused by every command before
// anything is written: not a byte of it, not its journal mode, and nothing
// beside it; demo does not write the demo into it.
func TestAnotherProgramsDatabaseIsRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "quan-ly-cong-van.db")
	o, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA journal_mode=DELETE", "CREATE TABLE cong_van (so, ngay, trich_yeu)", "INSERT INTO cong_van VALUES (1, '2019-01-02', 'Kế hoạch')"} {
		if _, err := o.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	o.Close()
	before := digest(t, path)
	for _, args := range [][]string{
		{"units"}, {"demo"}, {"demo", "--force"}, {"rank"}, {"backup"}, {"keys"},
		{"score", "--period", "2019", "--unit", "TUYAN", "II.1=1"}, {"merge", "--province", filepath.Join(dir, "khoi.sqlite")},
	} {
		_, errs, code := runCmd(t, nil, append(args, "--db", path)...)
		if code != 1 || !strings.Contains(errs, "chương trình khác") || !strings.Contains(errs, "cong_van") {
			t.Errorf("%v: exit %d %q", args, code, errs)
		}
	}
	if digest(t, path) != before {
		t.Error("the other program's database changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		for _, e := range entries {
			t.Errorf("left beside it: %s", e.Name())
		}
	}
}

// hostile is a name as a hostile file would carry it: an OSC that retitles
// the window, a bell, a screen clear, a colour, a carriage return that
// fakes a line, a right-to-left override, a C1 CSI.
const hostile = "Tuy An\x1b]0;PWNED\x07\x1b[2J\x1b[31m\rthidua: 9 tệp đã nhập\u202eXYZ\u009b1m"

// unsafeOutput reports what, in a command's output, a terminal would obey.
func unsafeOutput(s string) string {
	for _, r := range s {
		switch {
		case r == 0x1b, r == 0x07, r == '\r', r >= 0x80 && r < 0xa0, r == 0x7f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
			return strings.ToUpper(string(rune(r)))
		}
	}
	if !utf8.ValidString(s) {
		return "invalid UTF-8"
	}
	return ""
}

// Text from a file or a database is printed as data by every command that
// shows it (units, rank, inbox, return, verify, merge, join, criteria
// import's preview), and JSON output keeps the exact value.
func TestHostileTextIsPrintedAsData(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	// The roster as a hostile setup file would have written it.
	raw, _ := sql.Open("sqlite", leader)
	for _, q := range []string{
		`UPDATE unit SET name = ?1, short_name = ?1 WHERE code = 'TUYAN'`,
		`UPDATE bloc SET name = ?1`,
	} {
		if _, err := raw.Exec(q, hostile); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	check := func(what, out string) {
		t.Helper()
		if bad := unsafeOutput(out); bad != "" {
			t.Errorf("%s printed %q raw:\n%q", what, bad, out)
		}
	}
	run := func(args ...string) string {
		t.Helper()
		out, errs, _ := runCmd(t, nil, append(args, "--db", leader)...)
		check(strings.Join(args, " "), out+errs)
		return out
	}
	run("units")
	run("rank", "--period", "2019")
	run("inbox", "--period", "2019")
	run("return", "--period", "2019", "--unit", "TUYAN", "II.1="+hostile)
	run("return", "--period", "2019")
	for _, args := range [][]string{{"units", "--json"}, {"rank", "--json", "--period", "2019"}} {
		out := run(args...)
		if !json.Valid([]byte(out)) || !strings.Contains(out, `\u009b1m`) {
			t.Errorf("%v: not JSON, or the value is not kept:\n%s", args, out)
		}
		var doc struct {
			Units []struct{ Name string } `json:"units"`
			Bloc  string                  `json:"bloc"`
		}
		json.Unmarshal([]byte(out), &doc)
		if !slices.ContainsFunc(doc.Units, func(u struct{ Name string }) bool { return u.Name == hostile }) && doc.Bloc != hostile {
			t.Errorf("%v: the hostile value does not read back exactly", args)
		}
	}

	// A unit's submission whose manifest names itself with escape
	// sequences (the signature then fails, but the codes are shown).
	unit := filepath.Join(dir, "tuyan.db")
	must(t, "setup", "--db", leader, "--unit", "TUYAN", "--out", filepath.Join(dir, "setup.sqlite"), "--period", "2019")
	setup := filepath.Join(dir, "setup.sqlite")
	must(t, "join", "--db", unit, setup, "--yes")
	sub := filepath.Join(dir, "in", "sub.sqlite")
	must(t, "export", "--db", unit, "--period", "2019", "--out", sub)
	for _, f := range []string{sub, setup} {
		x, _ := sql.Open("sqlite", f)
		if _, err := x.Exec(`UPDATE manifest SET author_unit_code = ?1, bloc_code = ?1, period_code = ?1`, hostile); err != nil {
			t.Fatal(err)
		}
		x.Close()
	}
	run("verify", sub)
	run("verify", sub, "--json")
	run("merge", "--dry-run", sub)
	run("merge", "--json", filepath.Dir(sub))
	out, errs, _ := runCmd(t, nil, "join", "--db", filepath.Join(dir, "other.db"), setup, "--yes")
	check("join", out+errs)

	// A criteria table whose titles carry escape sequences, previewed.
	book := corpusFile(t, "hostile/escape-sequences-in-text")
	out, errs, code := runCmd(t, nil, "criteria", "import", book, "--dry-run")
	check("criteria import preview", out+errs)
	if code != 0 || !strings.Contains(out, "THỰC HIỆN␛]0;evil␇␛[2J") {
		t.Errorf("criteria import --dry-run: %d\n%s%s", code, out, errs)
	}
}

// technicalText are fragments of the English of the layers below thidua
// (the operating system, SQLite, zip, XML, Go) that no message may carry.
var technicalText = []string{"attempt to write", "readonly database", "file name too long", "not a directory",
	"disk I/O error", "unzip size", "flate", "XML syntax", "no such file or directory", "permission denied",
	"(1544)", "zip:", "unexpected EOF", "errno", "sqlite", "SQLITE", "%!", "syscall", "read-only file system",
	"input/output error", "unable to open", "open /", "stat /", "mkdir /", "panic", "goroutine"}

// englishWords give away an untranslated fragment in a Vietnamese message.
var englishWords = []string{" the ", " cannot ", " is not ", " file ", " folder ", " database ", " error", " failed",
	" denied", " invalid", " not found", " too long", " unable "}

// Each named case of failure (a name too long, a path through a file, a
// damaged file, a file too large, a missing file, a folder that cannot be
// written) reaches the person in their language, saying what to do, with
// no technical text; --debug shows the technical text.
func TestErrorsAreInWords(t *testing.T) {
	db := demoDB(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "một-tệp")
	os.WriteFile(file, []byte("x"), 0o644)
	long := filepath.Join(dir, strings.Repeat("dài", 90)+".db")
	damaged := filepath.Join(dir, "hỏng.xlsx")
	os.WriteFile(damaged, []byte("PK\x03\x04 cut short"), 0o644)
	huge := filepath.Join(dir, "lớn.xlsx")
	os.WriteFile(huge, nil, 0o644)
	os.Truncate(huge, 40<<20)
	brokenExchange := filepath.Join(dir, "thiet-lap.sqlite")
	must(t, "setup", "--db", db, "--unit", "TUYAN", "--out", brokenExchange, "--period", "2019")
	whole, _ := os.ReadFile(brokenExchange)
	os.WriteFile(brokenExchange, whole[:len(whole)*2/3], 0o644) // a copy cut short
	cases := []struct {
		args   []string
		vi, en string
	}{
		{[]string{"units", "--db", long}, "quá dài", "too long"},
		{[]string{"units", "--db", filepath.Join(file, "thidua.db")}, "không phải thư mục", "not a folder"},
		{[]string{"report", "--db", db, "--period", "2019", "--out", filepath.Join(file, "bc.xlsx")}, "không phải thư mục", "not a folder"},
		{[]string{"report", "--db", db, "--period", "2019", "--out", filepath.Join(dir, strings.Repeat("bc", 140)+".xlsx")}, "quá dài", "too long"},
		{[]string{"criteria", "import", damaged, "--dry-run"}, "bị hỏng", "damaged"},
		{[]string{"criteria", "import", huge, "--dry-run"}, "lớn hơn 32 MB", "larger than 32 MB"},
		{[]string{"score", "import", filepath.Join(dir, "không-có.csv"), "--db", db, "--period", "2019"}, "không có tệp", "no such file"},
		{[]string{"verify", brokenExchange}, "hỏng", "damaged"},
		{[]string{"merge", "--db", db, brokenExchange}, "hỏng", "damaged"},
	}
	if ro := roFolder(t); ro != "" {
		cases = append(cases, struct {
			args   []string
			vi, en string
		}{[]string{"report", "--db", db, "--period", "2019", "--out", filepath.Join(ro, "bc.xlsx")}, "không cho phép ghi", "cannot be written"})
	}
	for _, c := range cases {
		for _, lang := range []string{"vi", "en"} {
			out, errs, code := runCmd(t, nil, append(c.args, "--lang", lang)...)
			msg := strings.ReplaceAll(out+errs, ".sqlite", ".x") // file names are not messages
			want := map[string]string{"vi": c.vi, "en": c.en}[lang]
			if code != 1 || !strings.Contains(msg, want) {
				t.Errorf("%v (%s): exit %d, want %q:\n%s", c.args[:2], lang, code, want, msg)
			}
			for _, frag := range technicalText {
				if strings.Contains(msg, frag) {
					t.Errorf("%v (%s) carries %q:\n%s", c.args[:2], lang, frag, msg)
				}
			}
			if lang == "vi" {
				low := " " + strings.ToLower(strings.ReplaceAll(msg, dir, "")) + " "
				for _, w := range englishWords {
					if strings.Contains(low, w) {
						t.Errorf("%v (vi) has English %q:\n%s", c.args[:2], strings.TrimSpace(w), msg)
					}
				}
			}
		}
	}
	// --debug adds the technical text, on its own line.
	_, errs, _ := runCmd(t, nil, "units", "--db", filepath.Join(file, "thidua.db"), "--debug")
	if !strings.Contains(errs, "\ndebug: ") || !strings.Contains(errs, "not a directory") {
		t.Errorf("--debug: %q", errs)
	}
}

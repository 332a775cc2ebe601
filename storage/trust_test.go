package storage

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

// A SQLite file of another program, with tables, is refused before
// anything is written: not a byte of it changes, its journal mode stays,
// nothing appears beside it, and the message names what it holds.
func TestOpenRefusesAnotherProgramsDatabase(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ke-toan.db")
	odb, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"PRAGMA journal_mode = DELETE", "CREATE TABLE khach_hang (ma, ten)",
		"CREATE TABLE hoa_don (so, tien)", "CREATE INDEX hd_so ON hoa_don (so)", "INSERT INTO khach_hang VALUES (1, 'Công ty A')"} {
		if _, err := odb.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	odb.Close()
	before := fileHash(t, path)
	header, _ := os.ReadFile(path)
	for _, cmd := range []string{"open", "open again"} {
		_, err := Open(context.Background(), path)
		if model.ErrorCode(err) != EDBForeign {
			t.Fatalf("%s: %v, want %s", cmd, err, EDBForeign)
		}
		msg := model.Message(i18n.VI, err)
		if !strings.Contains(msg, "khach_hang") || !strings.Contains(msg, "hoa_don") || !strings.Contains(msg, "3 bảng") ||
			!strings.Contains(msg, "không bị thay đổi") {
			t.Errorf("message: %s", msg)
		}
	}
	if fileHash(t, path) != before {
		t.Error("the other program's database changed")
	}
	now, _ := os.ReadFile(path)
	if now[18] != header[18] || now[19] != header[19] || now[18] != 1 {
		t.Errorf("journal mode bytes %d %d, were %d %d", now[18], now[19], header[18], header[19])
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		for _, e := range entries {
			t.Errorf("beside it: %s", e.Name())
		}
	}
}

// An empty file, or a SQLite file with no tables, becomes thidua's.
func TestEmptyFileBecomesThidua(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	bare := filepath.Join(dir, "bare.db")
	b, _ := sql.Open("sqlite", bare)
	b.Exec("PRAGMA user_version = 0; PRAGMA page_size = 4096; VACUUM")
	b.Close()
	for _, p := range []string{empty, bare} {
		db, err := Open(context.Background(), p)
		if err != nil {
			t.Fatalf("%s: %v", filepath.Base(p), err)
		}
		var id int
		db.rw.QueryRow("PRAGMA application_id").Scan(&id)
		db.Close()
		if id != ApplicationID {
			t.Errorf("%s: application_id %x", filepath.Base(p), id)
		}
	}
}

// A database of an earlier thidua, which did not stamp its files, opens
// with its data and is stamped; nothing else in it changes.
func TestUnstampedThiduaDatabaseOpensAndIsStamped(t *testing.T) {
	db := openTestDB(t)
	f := seed(t, db)
	path := db.Path()
	db.Close()
	raw, _ := sql.Open("sqlite", path)
	if _, err := raw.Exec("PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if id, _ := headerID(path); id != 0 {
		t.Fatalf("the stamp is still there: %x", id)
	}
	db, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("an earlier thidua's database is refused: %v", err)
	}
	defer db.Close()
	units, err := db.Units(context.Background(), "")
	if err != nil || len(units) != len(f.units) {
		t.Errorf("units %d, %v", len(units), err)
	}
	var id int
	if db.rw.QueryRow("PRAGMA application_id").Scan(&id); id != ApplicationID {
		t.Errorf("not stamped: %x", id)
	}
}

// holdDB opens the database at path in another process (this test binary
// run as a helper), exclusively or not, until the returned function is
// called.
func holdDB(t *testing.T, path, how string) func() {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelper$")
	cmd.Env = append(os.Environ(), "THIDUA_LOCK_HELPER="+how, "THIDUA_LOCK_DB="+path)
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "holding") {
		t.Fatalf("helper: %q %v", line, err)
	}
	done := false
	stop := func() {
		if !done {
			done = true
			stdin.Close()
			cmd.Wait()
		}
	}
	t.Cleanup(stop)
	return stop
}

// TestLockHelper is the other process of holdDB.
func TestLockHelper(t *testing.T) {
	how, path := os.Getenv("THIDUA_LOCK_HELPER"), os.Getenv("THIDUA_LOCK_DB")
	if how == "" {
		t.Skip("a helper process for the lock tests")
	}
	switch how {
	case "ui", "cmd":
		SetHolder(how)
		db, err := Open(context.Background(), path)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		defer db.Close()
	case "exclusive":
		release, err := LockExclusive(path)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		defer release()
	}
	fmt.Println("holding")
	bufio.NewReader(os.Stdin).ReadString('\n')
}

// While another process has the database open, nothing replaces or
// deletes it, and the message names that program; once it has closed it,
// the same restore goes through. A process replacing it keeps others out.
func TestLockKeepsTheFileInPlace(t *testing.T) {
	ctx := context.Background()
	db := openTestDB(t)
	seed(t, db)
	path := db.Path()
	backup, err := db.Backup(ctx, "test")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	before := fileHash(t, path)

	stop := holdDB(t, path, "ui")
	_, err = Restore(ctx, path, backup, time.Now())
	if model.ErrorCode(err) != EDBInUseUI {
		t.Fatalf("restore under an open interface: %v", err)
	}
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "cửa sổ thidua khác") || !strings.Contains(msg, "phím q") {
		t.Errorf("message: %s", msg)
	}
	if model.ErrorCode(RemoveDatabase(path)) != EDBInUseUI {
		t.Error("the database could be deleted under an open interface")
	}
	// Working beside it is fine: SQLite keeps writers in turn.
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("a second program cannot open the file: %v", err)
	}
	other.Close()
	if fileHash(t, path) != before {
		t.Error("the refused restore changed the file")
	}
	stop()

	stop = holdDB(t, path, "cmd")
	if _, err := Restore(ctx, path, backup, time.Now()); model.ErrorCode(err) != EDBInUse {
		t.Errorf("restore under a command: %v", err)
	}
	stop()

	stop = holdDB(t, path, "exclusive")
	if _, err := Open(ctx, path); model.ErrorCode(err) != EDBBeingReplaced {
		t.Errorf("open while another replaces it: %v", err)
	}
	stop()

	if _, err := Restore(ctx, path, backup, time.Now()); err != nil {
		t.Fatalf("restore once nobody holds it: %v", err)
	}
}

// A database replaced under an open process (a backup copied over it, the
// file moved away) is never written again by that process: the write is
// refused with a message, the new file at the path does not get it, and
// every later write is refused too.
func TestReplacedFileIsNotWritten(t *testing.T) {
	ctx := context.Background()
	for _, how := range []string{"replaced", "removed", "renamed"} {
		t.Run(how, func(t *testing.T) {
			db := openTestDB(t)
			seed(t, db)
			path := db.Path()
			if err := db.SetSetting(ctx, "lang", "vi"); err != nil {
				t.Fatal(err)
			}
			switch how {
			case "replaced":
				other := filepath.Join(t.TempDir(), "other.db")
				o, _ := Open(ctx, other)
				o.Close()
				data, _ := os.ReadFile(other)
				os.Rename(path, path+".old")
				os.WriteFile(path, data, 0o644)
			case "removed":
				os.Remove(path)
			case "renamed":
				os.Rename(path, path+".moved")
			}
			err := db.SetSetting(ctx, "lang", "en")
			if model.ErrorCode(err) != EDBReplaced {
				t.Fatalf("write after the file was %s: %v", how, err)
			}
			if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "ngừng lưu") {
				t.Errorf("message: %s", msg)
			}
			if err := db.SetSetting(ctx, "lang", "en"); model.ErrorCode(err) != EDBReplaced {
				t.Errorf("a later write: %v", err)
			}
			if how == "replaced" {
				n, _ := Open(ctx, path)
				v, _ := n.Setting(ctx, "lang")
				n.Close()
				if v == "en" {
					t.Error("the write reached the new file")
				}
			}
		})
	}
}

// A SQLite file stamped with thidua's application id (and schema version)
// over another schema is refused like any other program's database, before
// anything is written: before, it was migrated over, switched to WAL and
// failed on the first query as an internal error. Tables named like
// thidua's with other columns and types, views named like them, a stamp
// without a schema version: none makes a file thidua's.
func TestOpenRefusesAForeignSchemaStampedAsThidua(t *testing.T) {
	stamp := fmt.Sprintf("PRAGMA journal_mode = DELETE; PRAGMA application_id = %d", ApplicationID)
	tables := []string{"installation", "bloc", "unit", "criteria_version", "criterion", "period", "audit"}
	cases := map[string][]string{
		"tables named like ours": {stamp, "PRAGMA user_version = 11",
			"CREATE TABLE unit (id REAL, code INTEGER, name BLOB)", "CREATE TABLE score (x)", "CREATE TABLE criterion (a)",
			"CREATE TABLE meta (k, v)", "INSERT INTO unit VALUES (1.5, 'abc', NULL)"},
		"stamp without a version": {stamp, "CREATE TABLE unit (id REAL)", "CREATE VIEW score AS SELECT 1 AS x"},
		"a view for a table":      append([]string{stamp, "PRAGMA user_version = 11", "CREATE VIEW score AS SELECT 1 AS x"}, createEach(tables)...),
	}
	for name, qs := range cases {
		dir := t.TempDir()
		path := filepath.Join(dir, "khac.db")
		odb, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if _, err := odb.Exec(q); err != nil {
				t.Fatalf("%s: %s: %v", name, q, err)
			}
		}
		odb.Close()
		before := fileHash(t, path)
		_, err = Open(context.Background(), path)
		if model.ErrorCode(err) != EDBForeign {
			t.Errorf("%s: %v, want %s", name, err, EDBForeign)
			continue
		}
		if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "không bị thay đổi") {
			t.Errorf("%s: %s", name, msg)
		}
		if fileHash(t, path) != before {
			t.Errorf("%s: the file changed", name)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("%s: %d files beside it", name, len(entries)-1)
		}
	}
}

func createEach(tables []string) []string {
	var qs []string
	for _, t := range tables {
		qs = append(qs, "CREATE TABLE "+t+" (id INTEGER PRIMARY KEY)")
	}
	return qs
}

// Another program (not thidua, which would hold the lock file) that keeps
// the database locked past the busy timeout gets a message saying to close
// it, not an internal error, and nothing is written.
func TestLockedByAnotherProgramIsSaidSo(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	if _, err := db.rw.Exec("PRAGMA busy_timeout = 50"); err != nil {
		t.Fatal(err)
	}
	other, err := sql.Open("sqlite", db.path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	err = db.write(ctx, func(tx *Tx) error {
		_, err := tx.ExecContext(ctx, "CREATE TABLE written (x)")
		return err
	})
	if model.ErrorCode(err) != EDBBusy {
		t.Fatalf("%v, want %s", err, EDBBusy)
	}
	if msg := model.Message(i18n.VI, err); !strings.Contains(msg, "chương trình khác khóa") || !strings.Contains(msg, "Không có gì được lưu") {
		t.Errorf("message: %s", msg)
	}
	conn.ExecContext(ctx, "ROLLBACK")
	var n int
	db.rw.QueryRow("SELECT count(*) FROM sqlite_schema WHERE name = 'written'").Scan(&n)
	if n != 0 {
		t.Error("written while locked")
	}
}

// A backup named relative to the current folder is checked (its file: URI
// was made from the root, and every such backup was "damaged"), and one
// stamped as thidua's over another program's tables is refused before it
// could be put in place of the database.
func TestCheckBackupRelativeAndForeign(t *testing.T) {
	db := openTestDB(t)
	ctx := context.Background()
	backup, err := db.Backup(ctx, "test")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(backup))
	if err := CheckBackup(ctx, filepath.Base(backup)); err != nil {
		t.Errorf("relative backup: %v", err)
	}
	foreign := filepath.Join(t.TempDir(), "khac.db")
	odb, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{fmt.Sprintf("PRAGMA application_id = %d", ApplicationID), "PRAGMA user_version = 11",
		"CREATE TABLE unit (id REAL, code INTEGER)", "CREATE TABLE score (x)"} {
		if _, err := odb.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	odb.Close()
	err = CheckBackup(ctx, foreign)
	if model.ErrorCode(err) != EBackupBad || !strings.Contains(model.Message(i18n.VI, err), "chương trình khác") {
		t.Errorf("foreign backup: %v", err)
	}
}

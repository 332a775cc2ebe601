package exchange

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
)

// rejects merges one file and checks, as merge.md §3 defines "rejected":
// the reason's code, the leader's database unchanged (content hash), and
// the original archived with its report.
func (w *world) rejects(path, want string) model.MergeOutcome {
	w.t.Helper()
	before := digest(w.t, w.path)
	o := w.merge(path)[0]
	if o.Status != model.StatusRejected || code(o) != want {
		w.t.Errorf("%s: %v %s (%v), want rejected %s", filepath.Base(path), o.Status, code(o), o.Reason, want)
	}
	if o.Reason != nil && (strings.Contains(o.Message("vi"), "%!") || o.Message("vi") == o.Reason.Code) {
		w.t.Errorf("%s: untranslated reason %q", filepath.Base(path), o.Message("vi"))
	}
	if digest(w.t, w.path) != before {
		w.t.Errorf("%s: a rejected file changed the database", filepath.Base(path))
	}
	if o.Digest != "" && o.Size > 0 && o.Size < 1<<30 {
		if _, err := os.Stat(filepath.Join(ArchiveDir(w.path), o.Digest+".rejected.json")); err != nil {
			w.t.Errorf("%s: not archived with its report: %v", filepath.Base(path), err)
		}
	}
	return o
}

// writeBytes writes a file into the world's folder.
func (w *world) writeBytes(name string, b []byte) string {
	w.t.Helper()
	p := filepath.Join(w.dir, "in", name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		w.t.Fatal(err)
	}
	return p
}

// tampered names a file to tamper with in the world's folder.
func (w *world) tampered(name string) string {
	os.MkdirAll(filepath.Join(w.dir, "in"), 0o755)
	return filepath.Join(w.dir, "in", name)
}

// Cases 1–17, 22, 23: files refused for what they are, before any of their
// rows is read into the database; 45: what a genuine file holds; 46: file
// names. All on one leader, whose file is byte-for-byte the same after.
func TestFileCases(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.submit("TUYAN")
	data, _ := os.ReadFile(genuine)
	page := int(binary.BigEndian.Uint16(data[16:18]))

	t.Run("01 empty file", func(t *testing.T) { w.rejects(w.writeBytes("empty.sqlite", nil), EEmpty) })
	t.Run("02 random bytes and a zip renamed", func(t *testing.T) {
		w.rejects(w.writeBytes("random.sqlite", bytes.Repeat([]byte{0x5a, 0x13, 0xe7}, 1000)), ENotThidua)
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		f, _ := zw.Create("word/document.xml")
		f.Write(bytes.Repeat([]byte("<w:p>Báo cáo</w:p>"), 100))
		zw.Close()
		w.rejects(w.writeBytes("bao-cao.docx.sqlite", buf.Bytes()), ENotThidua)
	})
	t.Run("03 another app's database", func(t *testing.T) {
		p := w.tampered("other-app.sqlite")
		db, _ := sql.Open("sqlite", p)
		db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hello')`)
		db.Close()
		w.rejects(p, ENotThidua)
	})
	t.Run("03b a unit's working database sent instead of its file", func(t *testing.T) {
		p := filepath.Join(w.dir, "thidua.db.sqlite")
		copyFile(t, filepath.Join(fixtureDir, "leader", "demo.db"), p)
		w.rejects(p, EWorkingDB)
	})
	t.Run("04 cut short", func(t *testing.T) {
		w.rejects(w.writeBytes("half.sqlite", data[:len(data)/2]), ETruncated)
		w.rejects(w.writeBytes("page-short.sqlite", data[:len(data)-page]), ETruncated)
		w.rejects(w.writeBytes("fifty-bytes.sqlite", data[:50]), ETruncated)
		w.rejects(w.writeBytes("odd-cut.sqlite", data[:len(data)-100]), ETruncated)
	})
	t.Run("05 64 bytes inverted in a b-tree page", func(t *testing.T) {
		// Cells sit at the end of a b-tree page: invert the last 64
		// bytes of the first page past the middle that holds data there
		// (empty tables' pages are zeros).
		b := bytes.Clone(data)
		at := 0
		for p := len(b) / page / 2; p < len(b)/page && at == 0; p++ {
			if end := (p+1)*page - 64; !bytes.Equal(b[end:end+64], make([]byte, 64)) {
				at = end
			}
		}
		for i := at; i < at+64; i++ {
			b[i] ^= 0xff
		}
		w.rejects(w.writeBytes("inverted.sqlite", b), EDamaged)
	})
	t.Run("06 one byte of a note changed", func(t *testing.T) {
		i := bytes.Index(data, []byte("việc làm"))
		if i < 0 {
			t.Fatal("no text to change in the file")
		}
		b := bytes.Clone(data)
		b[i] ^= 0x01
		w.rejects(w.writeBytes("one-byte.sqlite", b), EContentHash)
	})
	t.Run("07 stray journal and wal beside the file on a read-only stick", func(t *testing.T) {
		stick := filepath.Join(w.dir, "usb")
		copyFile(t, genuine, filepath.Join(stick, "nop.sqlite"))
		os.WriteFile(filepath.Join(stick, "nop.sqlite-journal"), bytes.Repeat([]byte{1}, 4096), 0o644)
		os.WriteFile(filepath.Join(stick, "nop.sqlite-wal"), bytes.Repeat([]byte{2}, 4096), 0o644)
		os.Chmod(stick, 0o555)
		defer os.Chmod(stick, 0o755)
		before, _ := os.ReadDir(stick)
		o := w.merge(filepath.Join(stick, "nop.sqlite"))[0]
		if o.Status != model.StatusApplied && o.Status != model.StatusUnchanged {
			t.Errorf("genuine file with sidecars: %v %v", o.Status, o.Reason)
		}
		after, _ := os.ReadDir(stick)
		if len(after) != len(before) {
			t.Errorf("the stick was written: %d files, then %d", len(before), len(after))
		}
	})
	t.Run("08 WAL-mode file", func(t *testing.T) {
		b := bytes.Clone(data)
		b[18], b[19] = 2, 2
		w.rejects(w.writeBytes("wal.sqlite", b), EWAL)
	})
	t.Run("09 2 GB file", func(t *testing.T) {
		p := w.tampered("huge.sqlite")
		f, _ := os.Create(p)
		f.Write(data[:100])
		if err := f.Truncate(2 << 30); err != nil {
			t.Skip("no sparse files here")
		}
		f.Close()
		start := time.Now()
		w.rejects(p, ETooBig)
		if time.Since(start) > 2*time.Second {
			t.Error("the 2 GB file was read")
		}
	})
	t.Run("10 a 50 MB note", func(t *testing.T) {
		p := w.tampered("big-note.sqlite")
		size := "50000000"
		if raceEnabled {
			size = "2000000" // still twice the 1 MiB limit
		}
		rewrite(t, genuine, p, `UPDATE score SET note = CAST(zeroblob(`+size+`) AS TEXT)
			WHERE criterion_id = (SELECT criterion_id FROM score LIMIT 1)`)
		w.rejects(p, EValueTooLarge)
	})
	t.Run("11 newer format", func(t *testing.T) {
		b := bytes.Clone(data)
		binary.BigEndian.PutUint32(b[60:64], 99)
		o := w.rejects(w.writeBytes("v99.sqlite", b), ENewer)
		if !strings.Contains(o.Message("vi"), "hãy cập nhật thidua") {
			t.Errorf("message: %s", o.Message("vi"))
		}
	})
	t.Run("12 older formats", func(t *testing.T) {
		// Version 1 is the first format: there is no older supported one
		// yet. An older unsupported one is named.
		b := bytes.Clone(data)
		binary.BigEndian.PutUint32(b[60:64], 0)
		o := w.rejects(w.writeBytes("v0.sqlite", b), EOlder)
		if !strings.Contains(o.Message("en"), "format 0") {
			t.Errorf("message: %s", o.Message("en"))
		}
	})
	t.Run("13 score is a view over an endless recursive query", func(t *testing.T) {
		p := w.tampered("view.sqlite")
		rewrite(t, genuine, p, `DROP TABLE score`, `CREATE VIEW score AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
			SELECT 'p' AS period_id, 'u' AS unit_id, x AS criterion_id, 'self' AS stage, 0 AS points_x100, '' AS input,
			'' AS note, '' AS evidence, NULL AS based_on FROM c`)
		w.rejects(p, ESchema)
		// The backstop: a query on it is cancelled by the deadline.
		u, err := openUntrusted(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		defer u.close()
		start := time.Now()
		_, err = u.query(context.Background(), 300*time.Millisecond, `SELECT count(*) FROM score`)
		if model.ErrorCode(err) != ETimeout || time.Since(start) > 2*time.Second {
			t.Errorf("deadline: %v after %v", err, time.Since(start))
		}
	})
	t.Run("14 a trigger", func(t *testing.T) {
		p := w.tampered("trigger.sqlite")
		rewrite(t, genuine, p, `CREATE TRIGGER t AFTER INSERT ON score BEGIN DELETE FROM registration; END`)
		w.rejects(p, ESchema)
	})
	t.Run("15 extra table, extra column, STRICT removed, CHECK changed", func(t *testing.T) {
		// A genuine submission without answers holds no explanation table
		// (format 2 leaves out empty ones): one added must be the pinned one.
		for name, stmts := range map[string][]string{
			"extra-table":  {`CREATE TABLE install_key (seed BLOB)`},
			"extra-column": {`ALTER TABLE score ADD COLUMN x TEXT`},
			"not-strict": {`CREATE TABLE explanation (period_id INTEGER NOT NULL, unit_id INTEGER NOT NULL,
				criterion_id INTEGER NOT NULL, answer TEXT NOT NULL, PRIMARY KEY (period_id, unit_id, criterion_id)) WITHOUT ROWID`},
			"check": {`CREATE TABLE explanation (period_id INTEGER NOT NULL CHECK (period_id > 0), unit_id INTEGER NOT NULL CHECK (unit_id > 0),
				criterion_id INTEGER NOT NULL CHECK (criterion_id >= 0), answer TEXT NOT NULL,
				PRIMARY KEY (period_id, unit_id, criterion_id)) STRICT, WITHOUT ROWID`},
			"score-not-strict": {`CREATE TABLE s2 (period_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, criterion_id INTEGER NOT NULL,
				stage TEXT NOT NULL, points_x100 INTEGER NOT NULL, input TEXT NOT NULL, note TEXT NOT NULL, evidence TEXT NOT NULL,
				based_on TEXT, PRIMARY KEY (period_id, unit_id, criterion_id, stage)) WITHOUT ROWID`,
				`INSERT INTO s2 SELECT * FROM score`, `DROP TABLE score`, `ALTER TABLE s2 RENAME TO score`},
		} {
			p := w.tampered(name + ".sqlite")
			rewrite(t, genuine, p, stmts...)
			w.rejects(p, ESchema)
		}
	})
	t.Run("16 generated column and expression index", func(t *testing.T) {
		p := w.tampered("index.sqlite")
		rewrite(t, genuine, p, `CREATE INDEX i ON score (lower(note))`)
		w.rejects(p, ESchema)
		p = w.tampered("generated.sqlite")
		rewrite(t, genuine, p, `ALTER TABLE registration ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(detail)) VIRTUAL`)
		w.rejects(p, ESchema)
	})
	t.Run("17 a virtual table", func(t *testing.T) {
		p := w.tampered("fts.sqlite")
		rewrite(t, genuine, p, `CREATE VIRTUAL TABLE v USING fts5(x)`)
		w.rejects(p, ESchema)
	})
	t.Run("22 manifest seq or period edited without signing again", func(t *testing.T) {
		p := w.tampered("seq.sqlite")
		rewrite(t, genuine, p, `UPDATE manifest SET export_seq = export_seq + 100`)
		w.rejects(p, ESignature)
		p = w.tampered("period.sqlite")
		rewrite(t, genuine, p, `UPDATE manifest SET period_code = '2019-H1'`)
		w.rejects(p, ESignature)
	})
	t.Run("23 signature zeroed, no manifest, two manifests", func(t *testing.T) {
		p := w.tampered("zero-sig.sqlite")
		rewrite(t, genuine, p, `UPDATE manifest SET signature = zeroblob(64)`)
		w.rejects(p, ESignature)
		p = w.tampered("no-manifest.sqlite")
		rewrite(t, genuine, p, `DELETE FROM manifest`)
		w.rejects(p, EManifest)
		p = w.tampered("two-manifests.sqlite")
		rewrite(t, genuine, p, `PRAGMA ignore_check_constraints = 1`, `INSERT INTO manifest SELECT 2, format_version, kind,
			author_role, bloc_id, bloc_code, period_id, period_code, author_unit_id, author_unit_code, addressee_unit_id,
			addressee_code, criteria_version, export_seq, prev_content_hash, created_at, app_version, content_hash, public_key,
			enroll_mac, enroll_code, signature FROM manifest`)
		w.rejects(p, EManifest)
	})
	t.Run("45 a genuine file holds only its author's slice", func(t *testing.T) {
		db, err := sql.Open("sqlite", "file:"+genuine+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		var free, code, others, tables int
		db.QueryRow(`PRAGMA freelist_count`).Scan(&free)
		db.QueryRow(`SELECT count(*) FROM manifest WHERE enroll_code IS NOT NULL`).Scan(&code)
		db.QueryRow(`SELECT (SELECT count(*) FROM score WHERE unit_id <> (SELECT author_unit_id FROM manifest)) +
			(SELECT count(*) FROM unit) + (SELECT count(*) FROM criterion) + (SELECT count(*) FROM ranking)`).Scan(&others)
		db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name IN ('install_key', 'enrolment', 'audit', 'setting')
			OR sql LIKE '%seed%'`).Scan(&tables)
		if free != 0 || code != 0 || others != 0 || tables != 0 {
			t.Errorf("free pages %d, enrolment code %d, others' or leader rows %d, private tables %d", free, code, others, tables)
		}
		if info, _ := os.Stat(genuine); info.Size() > 64<<10 {
			t.Errorf("a unit's file is %d bytes, over 64 KB", info.Size())
		}
	})
	t.Run("46 tricky file names", func(t *testing.T) {
		other := w.submit("DONGHOA")
		names := []string{"TUYAN-nop.sqlite", strings.Repeat("Phòng Thương binh Xã hội ", 5) + ".sqlite",
			`..\..\x.sqlite`, "bad\x1b[31mname\u202e.sqlite"}
		var paths []string
		for i, n := range names {
			src := genuine
			if i == 0 {
				src = other // another unit's file under Tuy An's name
			}
			p := filepath.Join(w.dir, "names", n)
			copyFile(t, src, p)
			paths = append(paths, p)
		}
		a, b := filepath.Join(w.dir, "names", "a", "same.sqlite"), filepath.Join(w.dir, "names", "b", "same.sqlite")
		copyFile(t, other, a)
		copyFile(t, genuine, b)
		out := w.merge(append(paths, a, b)...)
		if out[0].Unit != "DONGHOA" {
			t.Errorf("the name decided: %s", out[0].Unit)
		}
		for _, o := range out {
			if strings.ContainsAny(o.Name, "\x1b\u202e") || len([]rune(o.Name)) > 80 {
				t.Errorf("unsafe name shown: %q", o.Name)
			}
			if o.Status == model.StatusRejected {
				t.Errorf("%q rejected: %v", o.Name, o.Reason)
			}
		}
		entries, _ := os.ReadDir(StagingDir(w.path))
		if len(entries) != 0 {
			t.Errorf("staging copies left behind: %v", entries)
		}
	})
}

// A database refused every kind of bad file is byte-for-byte the file it
// was, with no -wal left, once closed.
func TestRejectionsLeaveTheFileUntouched(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.submit("TUYAN")
	data, _ := os.ReadFile(genuine)
	w.leader.Close()
	before, _ := os.ReadFile(w.path)
	db := w.open(w.path)
	var paths []string
	for i, b := range [][]byte{nil, data[:len(data)/2], append(bytes.Clone(data[:60]), 0, 0, 0, 99)} {
		paths = append(paths, w.writeBytes(string(rune('a'+i))+".sqlite", b))
	}
	p := w.tampered("seq.sqlite")
	rewrite(t, genuine, p, `UPDATE manifest SET export_seq = 7`)
	paths = append(paths, p)
	for _, o := range w.mergeInto(db, false, paths...) {
		if o.Status != model.StatusRejected {
			t.Errorf("%s: %v", o.Name, o.Status)
		}
	}
	db.Close()
	after, _ := os.ReadFile(w.path)
	if !bytes.Equal(before, after) {
		t.Error("the database file changed")
	}
	if _, err := os.Stat(w.path + "-wal"); !os.IsNotExist(err) {
		t.Error("a -wal file was left")
	}
}

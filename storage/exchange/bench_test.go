package exchange_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
	"thidua/storage/exchange/exchangetest"
)

// benchBloc is the bloc merge's data (DESIGN §7): a leader with 25 units
// and a 300-criterion table whose units' first files are applied, and
// every unit's second file, to merge.
var benchBloc = sync.OnceValues(func() (*benchData, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "thidua-bench-bloc-")
	if err != nil {
		return nil, err
	}
	b, err := exchangetest.NewBloc(ctx, dir, exchangetest.Spec{Code: "KBENCH", Units: 25, Criteria: 300})
	if err != nil {
		return nil, err
	}
	first, err := b.Submissions(ctx, filepath.Join(dir, "v1"), 1)
	if err != nil {
		return nil, err
	}
	if _, err := exchange.Apply(ctx, b.DB, first, exchange.MergeOptions{}); err != nil {
		return nil, err
	}
	second, err := b.Submissions(ctx, filepath.Join(dir, "v2"), 2)
	if err != nil {
		return nil, err
	}
	b.DB.Close()
	return &benchData{dir: dir, db: b.Path, files: second}, nil
})

type benchData struct {
	dir, db string
	files   []string
}

// fresh copies the prepared database for one run.
func (d *benchData) fresh(b *testing.B, name string) (*storage.DB, string) {
	b.Helper()
	data, err := os.ReadFile(d.db)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), name+".db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	return db, path
}

// BenchmarkBlocMerge merges 25 submissions of 300 criteria into the
// leader's database, with every check and one backup (target: under 1 s
// on 2 cores).
func BenchmarkBlocMerge(b *testing.B) {
	d, err := benchBloc()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		db, _ := d.fresh(b, fmt.Sprint("leader", i))
		b.StartTimer()
		out, err := exchange.Apply(ctx, db, d.files, exchange.MergeOptions{})
		b.StopTimer()
		if err != nil || len(out) != 25 || out[0].Status != model.StatusApplied {
			b.Fatalf("merge: %v %v", err, out[0].Reason)
		}
		db.Close()
		b.StartTimer()
	}
}

// benchProvince is the province merge's data: 40 bloc files of 25 units ×
// 300 criteria, and a province that already took each bloc's first file.
var benchProvince = sync.OnceValues(func() (*benchData, error) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "thidua-bench-province-")
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "province.db")
	db, err := storage.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	if err := db.BecomeProvince(ctx); err != nil {
		return nil, err
	}
	var first, second []string
	for i := range 40 {
		s := exchangetest.Spec{Code: fmt.Sprintf("K%02d", i), Units: 25, Criteria: 300}
		for v, list := range [][]string{nil, nil} {
			_ = list
			p := filepath.Join(dir, fmt.Sprintf("v%d", v+1), s.Code+".sqlite")
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := exchangetest.BlocFile(ctx, p, s, v+1); err != nil {
				return nil, err
			}
			if v == 0 {
				first = append(first, p)
			} else {
				second = append(second, p)
			}
		}
	}
	out, err := exchange.Apply(ctx, db, first, exchange.MergeOptions{})
	if err != nil {
		return nil, err
	}
	for _, o := range out {
		if _, err := exchange.Decide(ctx, db, o.HoldID, true, "bench", exchange.Options{}); err != nil {
			return nil, err
		}
	}
	return &benchData{dir: dir, db: path, files: second}, nil
})

// BenchmarkProvinceMerge merges 40 bloc files (25 units × 300 criteria,
// 15,000 scores each) into the province's database, each checked down to
// every unit's signed slice. Where the sqlite3 shell is installed, it also
// reports the shell's time to ATTACH each file and INSERT the same rows,
// and our time as a multiple of it (target: within 4×).
func BenchmarkProvinceMerge(b *testing.B) {
	d, err := benchProvince()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var total time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		db, _ := d.fresh(b, fmt.Sprint("province", i))
		b.StartTimer()
		start := time.Now()
		out, err := exchange.Apply(ctx, db, d.files, exchange.MergeOptions{})
		total += time.Since(start)
		b.StopTimer()
		if err != nil || len(out) != 40 || out[0].Status != model.StatusApplied {
			b.Fatalf("merge: %v %v %v", err, out[0].Status, out[0].Reason)
		}
		db.Close()
		b.StartTimer()
	}
	if floor := shellFloor(b, d); floor > 0 {
		b.ReportMetric(floor.Seconds(), "sqlite3-s")
		b.ReportMetric(float64(total)/float64(b.N)/float64(floor), "x-sqlite3")
	}
}

// shellFloor times the sqlite3 shell inserting the same rows into a copy
// of the province's database: ATTACH each file, INSERT its scores and
// registrations, DETACH. Zero without the shell.
func shellFloor(b *testing.B, d *benchData) time.Duration {
	shell, err := exec.LookPath("sqlite3")
	if err != nil {
		return 0
	}
	_, path := d.fresh(b, "floor")
	var script strings.Builder
	script.WriteString("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;\n")
	for _, f := range d.files {
		fmt.Fprintf(&script, "ATTACH '%s' AS f; BEGIN;\n", strings.ReplaceAll(f, "'", "''"))
		script.WriteString(`DELETE FROM score WHERE period_id IN (SELECT period_id FROM f.period);
DELETE FROM registration WHERE period_id IN (SELECT period_id FROM f.period);
INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on, set_by_role, set_by_unit, updated_at)
  SELECT period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on, 'unit', unit_id, '' FROM f.score;
INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
  SELECT period_id, unit_id, item, detail, criterion_id, target, '' FROM f.registration;
COMMIT; DETACH f;
`)
	}
	start := time.Now()
	cmd := exec.Command(shell, path)
	cmd.Stdin = strings.NewReader(script.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Logf("sqlite3: %v %s", err, out)
		return 0
	}
	return time.Since(start)
}

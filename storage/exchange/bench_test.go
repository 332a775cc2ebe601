package exchange_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
	"thidua/storage/exchange/exchangetest"
)

// benchDirs holds the benchmarks' data, made once per run and removed
// when the package's tests end.
var benchDirs = sync.OnceValues(func() (string, error) { return os.MkdirTemp("", "thidua-bench-") })

func TestMain(m *testing.M) {
	code := m.Run()
	if dir, err := benchDirs(); err == nil {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// benchDir returns a new folder for one benchmark's data.
func benchDir(name string) (string, error) {
	root, err := benchDirs()
	if err != nil {
		return "", err
	}
	return os.MkdirTemp(root, name+"-")
}

// benchBloc is the bloc merge's data (DESIGN §7): a leader with 25 units
// and a 300-criterion table whose units' first files are applied, and
// every unit's second file, to merge.
var benchBloc = sync.OnceValues(func() (*benchData, error) {
	ctx := context.Background()
	dir, err := benchDir("bloc")
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
	return &benchData{db: b.Path, files: second}, nil
})

type benchData struct {
	db    string
	files []string
}

// copy copies the prepared database for one run and returns its path.
func (d *benchData) copy(b *testing.B, name string) string {
	b.Helper()
	data, err := os.ReadFile(d.db)
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), name+".db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// fresh opens a copy of the prepared database for one run.
func (d *benchData) fresh(b *testing.B, name string) *storage.DB {
	b.Helper()
	db, err := storage.Open(context.Background(), d.copy(b, name))
	if err != nil {
		b.Fatal(err)
	}
	return db
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
		db := d.fresh(b, fmt.Sprint("leader", i))
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

// blocFiles are the province merge's files: two versions of the bloc file
// of each of 40 blocs of 25 units × 300 criteria (15,000 scores each).
var blocFiles = sync.OnceValues(func() ([2][]string, error) {
	var out [2][]string
	dir, err := benchDir("bloc-files")
	if err != nil {
		return out, err
	}
	for i := range 40 {
		s := exchangetest.Spec{Code: fmt.Sprintf("K%02d", i), Units: 25, Criteria: 300}
		for v := range out {
			p := filepath.Join(dir, fmt.Sprintf("v%d", v+1), s.Code+".sqlite")
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return out, err
			}
			if err := exchangetest.BlocFile(context.Background(), p, s, v+1); err != nil {
				return out, err
			}
			out[v] = append(out[v], p)
		}
	}
	return out, nil
})

// benchProvince returns a province that took the first file of each of
// n blocs (each held, then accepted), and their second files, to merge.
func benchProvince(n int) (*benchData, error) {
	files, err := blocFiles()
	if err != nil {
		return nil, err
	}
	ctx := context.Background()
	dir, err := benchDir(fmt.Sprint("province-", n))
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
	out, err := exchange.Apply(ctx, db, files[0][:n], exchange.MergeOptions{})
	if err != nil {
		return nil, err
	}
	for _, o := range out {
		if _, err := exchange.Decide(ctx, db, o.HoldID, true, "bench", exchange.Options{}); err != nil {
			return nil, err
		}
	}
	return &benchData{db: path, files: files[1][:n]}, nil
}

// BenchmarkProvinceMerge merges the second bloc files of 4, 8, 20 and 40
// blocs (25 units × 300 criteria, 15,000 scores each) into a province
// that holds their first ones, each file checked down to every unit's
// signed slice, after one backup. DESIGN §7 sets the target at 40: within
// 4× the time the sqlite3 shell takes to ATTACH each file and INSERT the
// same rows, run beside it. Where the shell is installed each size
// reports the median of both, their ratio, and the shell's time without
// foreign keys; ms/bloc shows how the time grows with the data.
func BenchmarkProvinceMerge(b *testing.B) {
	for _, n := range []int{4, 8, 20, 40} {
		b.Run(fmt.Sprintf("blocs=%d", n), func(b *testing.B) {
			d, err := benchProvince(n)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			var runs []time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				db := d.fresh(b, fmt.Sprint("province", i))
				b.StartTimer()
				start := time.Now()
				out, err := exchange.Apply(ctx, db, d.files, exchange.MergeOptions{})
				runs = append(runs, time.Since(start))
				b.StopTimer()
				if err != nil || len(out) != n || out[0].Status != model.StatusApplied {
					b.Fatalf("merge: %v %v %v", err, out[0].Status, out[0].Reason)
				}
				db.Close()
				b.StartTimer()
			}
			ours := median(runs)
			b.ReportMetric(ours.Seconds(), "median-s")
			b.ReportMetric(float64(ours.Milliseconds())/float64(n), "ms/bloc")
			if floor := shellFloor(b, d, len(runs), true); floor > 0 {
				b.ReportMetric(floor.Seconds(), "sqlite3-s")
				b.ReportMetric(float64(ours)/float64(floor), "x-sqlite3")
				b.ReportMetric(shellFloor(b, d, len(runs), false).Seconds(), "sqlite3-nofk-s")
			}
		})
	}
}

// median returns the middle of the durations.
func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// shellFloor times the sqlite3 shell inserting the same rows into a copy
// of the province's database, runs times, and returns the median: ATTACH
// each file, replace its period's scores and registrations, DETACH, one
// transaction a file. It runs with the pragmas thidua's database has
// (WAL, synchronous=FULL, and with fk foreign_keys=ON), so that both sides
// write and check the same. Zero without the shell.
func shellFloor(b *testing.B, d *benchData, runs int, fk bool) time.Duration {
	shell, err := exec.LookPath("sqlite3")
	if err != nil {
		return 0
	}
	var script strings.Builder
	fmt.Fprintf(&script, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=%v;\n", fk)
	for _, f := range d.files {
		fmt.Fprintf(&script, "ATTACH '%s' AS f; BEGIN;\n", strings.ReplaceAll(f, "'", "''"))
		// The file names each id once, in table ids (format 2 on): the
		// shell turns the numbers back into ids as thidua's reader does.
		script.WriteString(`CREATE TEMP TABLE fid (n INTEGER PRIMARY KEY, id TEXT NOT NULL);
INSERT INTO fid SELECT n, coalesce(id, lower(substr(hex(uuid), 1, 8) || '-' || substr(hex(uuid), 9, 4) || '-' ||
  substr(hex(uuid), 13, 4) || '-' || substr(hex(uuid), 17, 4) || '-' || substr(hex(uuid), 21))) FROM f.ids;
DELETE FROM score WHERE period_id IN (SELECT p.id FROM f.period x JOIN fid p ON p.n = x.period_id) AND stage IN ('self', 'bloc');
DELETE FROM registration WHERE period_id IN (SELECT p.id FROM f.period x JOIN fid p ON p.n = x.period_id);
INSERT INTO score (period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on, set_by_role, set_by_unit, updated_at)
  SELECT p.id, u.id, c.id, stage, points_x100, input, note, evidence, based_on, 'unit', u.id, ''
  FROM f.score s JOIN fid p ON p.n = s.period_id JOIN fid u ON u.n = s.unit_id JOIN fid c ON c.n = s.criterion_id;
INSERT INTO registration (period_id, unit_id, item, detail, criterion_id, target, updated_at)
  SELECT p.id, u.id, item, detail, c.id, target, ''
  FROM f.registration r JOIN fid p ON p.n = r.period_id JOIN fid u ON u.n = r.unit_id JOIN fid c ON c.n = r.criterion_id;
COMMIT; DROP TABLE fid; DETACH f;
`)
	}
	var times []time.Duration
	for i := range max(1, runs) {
		path := d.copy(b, fmt.Sprint("floor", fk, i))
		start := time.Now()
		cmd := exec.Command(shell, path)
		cmd.Stdin = strings.NewReader(script.String())
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Logf("sqlite3: %v %s", err, out)
			return 0
		}
		times = append(times, time.Since(start))
	}
	return median(times)
}

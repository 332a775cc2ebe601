// Package stress writes the national stress set of DESIGN §7: blocs of
// units scoring a large criteria table for two periods at every stage,
// made the way offices make them. Each bloc has its leader's database,
// built through package storage; the setup files the leader sends; the
// units' signed submissions, which the leader merges and reviews; and the
// bloc files it sends up. A province database then merges every bloc file
// and accepts each leader's key as if checked by phone.
//
// The set is deterministic for a seed: codes, names, tables, scores,
// notes, reviews and dates are the same in every run (blocs are made in
// parallel, each from its own random stream). What a real installation
// makes at random (the ids of blocs, units and periods, leaders' keys,
// enrolment codes) is made at random here too, so files differ in those
// bytes from run to run.
package stress

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/exchange"
)

// Options size the set.
type Options struct {
	Out      string // an empty or missing folder
	Seed     int64
	Blocs    int     // blocs before Scale
	Units    int     // units a bloc, its leader's own included
	Criteria int     // scorable criteria of the table
	Scale    float64 // multiplies the number of blocs (0 means 1)
	Workers  int     // blocs made at once (0: one a processor)
	// Progress, if set, is told when a bloc is done.
	Progress func(done, total int, code string)
}

// National is the national set of DESIGN §7: 40 blocs × 25 units × 300
// criteria, two periods, self and bloc stages: 1.2 million score rows.
func National() Options { return Options{Seed: 1, Blocs: 40, Units: 25, Criteria: 300, Scale: 1} }

// blocs is the number of blocs the options make.
func (o Options) blocs() int {
	if o.Scale <= 0 {
		return o.Blocs
	}
	return max(1, int(float64(o.Blocs)*o.Scale+0.5))
}

// Parts of the work, in the order they happen.
const (
	partLeaders     = "leaders"     // leaders' databases: bloc, units, table, periods
	partSetup       = "setup"       // setup files, leader to units
	partSubmissions = "submissions" // units' signed submissions
	partMerge       = "merge"       // leaders merging the submissions
	partReview      = "review"      // leaders' own sheets, reviews, acceptance, ballots
	partBlocFiles   = "bloc_files"  // bloc files, leaders to the province
	partProvince    = "province"    // the province merging every bloc file
)

// Part is what one part of the work wrote and how long it took (summed
// over the blocs made at once).
type Part struct {
	Name  string
	Files int
	Bytes int64
	Rows  int // score rows (and, for merges, every row) written
	Took  time.Duration
}

// Report says what Generate wrote.
type Report struct {
	Blocs, Units, Criteria, Periods, Workers int
	Parts                                    []Part
	Scores                                   int // score rows at the province, every stage
	Province                                 string
	Wall                                     time.Duration
}

// tally adds up the parts' work from every bloc at once.
type tally struct {
	mu    sync.Mutex
	parts map[string]*Part
}

// time runs fn for part name and adds its work and time.
func (t *tally) time(name string, fn func(p *Part) error) error {
	start := time.Now()
	var p Part
	err := fn(&p)
	t.mu.Lock()
	defer t.mu.Unlock()
	sum := t.parts[name]
	if sum == nil {
		sum = &Part{Name: name}
		t.parts[name] = sum
	}
	sum.Files, sum.Bytes, sum.Rows = sum.Files+p.Files, sum.Bytes+p.Bytes, sum.Rows+p.Rows
	sum.Took += time.Since(start)
	return err
}

// EOutNotEmpty: the output folder already holds files.
const EOutNotEmpty = "gen.out_not_empty"

// Generate writes the set into opt.Out: a folder per bloc (its leader's
// database, setup files, submissions), the bloc files, and the province's
// database that merged them all.
func Generate(ctx context.Context, opt Options) (Report, error) {
	start := time.Now()
	rep := Report{Blocs: opt.blocs(), Units: opt.Units, Criteria: opt.Criteria, Periods: len(plans()), Workers: opt.Workers}
	if rep.Workers <= 0 {
		rep.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Units < 1 || opt.Criteria < 3 || rep.Blocs < 1 {
		return rep, fmt.Errorf("stress: %d blocs of %d units and %d criteria cannot be made", rep.Blocs, opt.Units, opt.Criteria)
	}
	if list, _ := os.ReadDir(opt.Out); len(list) > 0 {
		return rep, model.Errorf(EOutNotEmpty, opt.Out)
	}
	files := filepath.Join(opt.Out, "bloc-files")
	if err := os.MkdirAll(files, 0o755); err != nil {
		return rep, storage.WriteError(files, err)
	}
	t := &tally{parts: map[string]*Part{}}
	written, err := makeBlocs(ctx, opt, rep, files, t)
	if err != nil {
		return rep, err
	}
	rep.Province = filepath.Join(opt.Out, "province.db")
	err = t.time(partProvince, func(p *Part) error {
		var err error
		rep.Scores, err = province(ctx, rep.Province, written, p)
		return err
	})
	if err != nil {
		return rep, fmt.Errorf("province: %w", err)
	}
	for _, name := range []string{partLeaders, partSetup, partSubmissions, partMerge, partReview, partBlocFiles, partProvince} {
		if p := t.parts[name]; p != nil {
			rep.Parts = append(rep.Parts, *p)
		}
	}
	rep.Wall = time.Since(start)
	return rep, nil
}

// makeBlocs makes every bloc, rep.Workers at a time, and returns the bloc
// files written, a list a period, in name order.
func makeBlocs(ctx context.Context, opt Options, rep Report, files string, t *tally) ([][]string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	var mu sync.Mutex
	written := make([][]string, rep.Periods)
	var firstErr error
	done := 0
	var wg sync.WaitGroup
	for range rep.Workers {
		wg.Go(func() {
			for i := range jobs {
				g := &blocGen{opt: opt, index: i, code: blocCode(i), out: files, parts: t}
				g.dir = filepath.Join(opt.Out, g.code)
				err := g.run(ctx)
				mu.Lock()
				if err != nil && firstErr == nil {
					firstErr = fmt.Errorf("bloc %s: %w", g.code, err)
					cancel()
				}
				for k, f := range g.files {
					written[k] = append(written[k], f)
				}
				done++
				if opt.Progress != nil && err == nil {
					opt.Progress(done, rep.Blocs, g.code)
				}
				mu.Unlock()
			}
		})
	}
	for i := range rep.Blocs {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if firstErr == nil {
		firstErr = ctx.Err()
	}
	for _, list := range written {
		sort.Strings(list)
	}
	return written, firstErr
}

// province makes the province's database and merges the bloc files, a
// period at a time as they arrive: each bloc's first file waits for its
// leader's key to be checked, which the province accepts; later ones
// apply. It returns the score rows the province then holds.
func province(ctx context.Context, path string, files [][]string, p *Part) (int, error) {
	db, err := storage.Open(ctx, path)
	if err != nil {
		return 0, err
	}
	defer db.Close()
	c := &clock{t: at(year+1, 1, 8, 1)}
	db.Now = c.now
	if err := db.BecomeProvince(ctx); err != nil {
		return 0, err
	}
	opt := exchange.Options{AppVersion: "gen"}
	var periods []string
	for _, batch := range files {
		out, err := exchange.Apply(ctx, db, batch, exchange.MergeOptions{Options: opt})
		if err != nil {
			return 0, err
		}
		for _, o := range out {
			if o.File != nil {
				periods = append(periods, o.File.PeriodID)
			}
			if o.Status == model.StatusHeld {
				if o, err = exchange.Decide(ctx, db, o.HoldID, true, "Đã gọi điện cho khối trưởng đối chiếu mã khóa", opt); err != nil {
					return 0, fmt.Errorf("accept %s: %w", o.Name, err)
				}
			}
			if o.Status != model.StatusApplied {
				return 0, fmt.Errorf("merge %s: %s: %s", o.Name, o.Status, o.Message(i18n.EN))
			}
			p.Files, p.Rows = p.Files+1, p.Rows+o.Counts.New+o.Counts.Changed
		}
	}
	// Every sheet's totals kept, as the program's merges leave them.
	if err := db.RefreshTotals(ctx); err != nil {
		return 0, err
	}
	n := 0
	for _, id := range periods {
		rows, err := db.BlocSlice(ctx, id)
		if err != nil {
			return 0, err
		}
		n += len(rows[facts.TScore])
	}
	return n, nil
}

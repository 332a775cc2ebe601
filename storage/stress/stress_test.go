package stress

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"thidua/model"
	"thidua/storage"
)

// tiny is a set small enough for make test under the race detector: 2
// blocs of 3 units and a 9-criterion table, made by 2 workers at once.
func tiny(t *testing.T, seed int64) (Options, Report) {
	t.Helper()
	opt := Options{Out: t.TempDir(), Seed: seed, Blocs: 2, Units: 3, Criteria: 9, Workers: 2}
	rep, err := Generate(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return opt, rep
}

// The set holds what it says (every bloc's folder and files, a province
// with every score of every unit at both stages), and the same seed makes
// the same set: codes, names, scores, reviews and rankings, whichever
// bloc a worker finishes first.
func TestGenerate(t *testing.T) {
	opt, rep := tiny(t, 7)
	if want := 2 * 3 * 9 * 2 * 2; rep.Scores != want {
		t.Errorf("province holds %d score rows, want %d", rep.Scores, want)
	}
	for glob, want := range map[string]int{"K0?/leader.db": 2, "K0?/setup/*.sqlite": 2 * 2, "K0?/submissions/*.sqlite": 2 * 2 * 2,
		"bloc-files/*.sqlite": 2 * 2, "province.db": 1} {
		if list, _ := filepath.Glob(filepath.Join(opt.Out, glob)); len(list) != want {
			t.Errorf("%s: %d files, want %d", glob, len(list), want)
		}
	}
	files := map[string]int{}
	for _, p := range rep.Parts {
		files[p.Name] = p.Files
	}
	if want := map[string]int{partLeaders: 0, partSetup: 4, partSubmissions: 8, partMerge: 8, partReview: 0, partBlocFiles: 4,
		partProvince: 4}; !reflect.DeepEqual(files, want) {
		t.Errorf("parts: %v, want %v", files, want)
	}
	if _, err := Generate(context.Background(), opt); model.ErrorCode(err) != EOutNotEmpty {
		t.Errorf("a second run into the same folder: %v", err)
	}
	again, _ := tiny(t, 7)
	if a, b := fingerprint(t, opt.Out), fingerprint(t, again.Out); a != b {
		t.Errorf("same seed, different sets:\n%s\n---\n%s", a, b)
	}
}

// Another seed draws other units, scores and reviews.
func TestSeedChangesTheSet(t *testing.T) {
	draw := func(seed int64) string {
		leaves := mustTable(t, "K01", seed, 60)
		var b strings.Builder
		for _, u := range blocUnits(0, 25, rngFor(seed, "K01", "units")) {
			b.WriteString(u.Code + " ")
		}
		for _, e := range review(rngFor(seed, "r"), selfSheet(rngFor(seed, "s"), leaves, 25, 0.8, "PTP", 2025), 25) {
			fmt.Fprintf(&b, "%s=%s:%s ", e.c.Code, e.input, e.reason)
		}
		return b.String()
	}
	if draw(1) != draw(1) {
		t.Error("the same seed drew twice differently")
	}
	if draw(1) == draw(2) {
		t.Error("seeds 1 and 2 drew the same")
	}
}

// The table has the size asked for, in the demo's shape, and adds up: no
// problem a leader would be shown.
func TestTable(t *testing.T) {
	for _, n := range []int{3, 9, 40, 300} {
		leaves := mustTable(t, "K01", 1, n)
		kinds := map[model.Kind]int{}
		for _, c := range leaves {
			kinds[c.Kind]++
		}
		if len(leaves) != n || kinds[model.Bonus] != max(1, n/30) || kinds[model.Deduction] != max(1, n/30) {
			t.Errorf("%d criteria: %d leaves, %v", n, len(leaves), kinds)
		}
	}
}

// mustTable returns the leaves of a generated table, failing on any
// problem of the table.
func mustTable(t *testing.T, bloc string, seed int64, n int) []model.Criterion {
	t.Helper()
	rows, err := Table(bloc, seed, n)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := model.NewTree(rows)
	if err != nil {
		t.Fatal(err)
	}
	if probs := tree.Problems(); len(probs) > 0 {
		t.Fatalf("%d criteria: %v", n, probs)
	}
	return tree.Leaves()
}

// fingerprint describes a set by what people see of it: each bloc's units,
// and each period's ranking with totals and the stage used.
func fingerprint(t *testing.T, dir string) string {
	t.Helper()
	ctx := context.Background()
	var b strings.Builder
	for _, code := range []string{"K01", "K02"} {
		db, err := storage.Open(ctx, filepath.Join(dir, code, "leader.db"))
		if err != nil {
			t.Fatal(err)
		}
		units, _ := db.Units(ctx, "")
		for _, u := range units {
			fmt.Fprintf(&b, "%s %s %s\n", code, u.Code, u.Name)
		}
		periods, _ := db.Periods(ctx)
		for _, p := range periods {
			res, err := db.Result(ctx, p.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, pos := range res.Ranking.All() {
				fmt.Fprintf(&b, "%s %s %d %s %s %v\n", p.Code, res.Units[pos.UnitID].Code, pos.Rank, pos.Stage, pos.Totals.Total, pos.Tied)
			}
		}
		db.Close()
	}
	return b.String()
}

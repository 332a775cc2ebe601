package exchange_test

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
	"thidua/storage/exchange/exchangetest"
	"thidua/storage/storagetest"
)

// newBloc generates a bloc in a temporary folder; its database is closed
// so that tests can copy it.
func newBloc(t testing.TB, s exchangetest.Spec) (*exchangetest.Bloc, string) {
	t.Helper()
	dir := t.TempDir()
	b, err := exchangetest.NewBloc(context.Background(), dir, s)
	if err != nil {
		t.Fatal(err)
	}
	b.DB.Close()
	return b, dir
}

// leaderCopy copies a generated leader's database and opens it.
func leaderCopy(t testing.TB, b *exchangetest.Bloc, name string) (*storage.DB, string) {
	t.Helper()
	data, err := os.ReadFile(b.Path)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), name, "leader.db")
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := storage.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func reopen(t testing.TB, b *exchangetest.Bloc) {
	t.Helper()
	db, err := storage.Open(context.Background(), b.Path)
	if err != nil {
		t.Fatal(err)
	}
	b.DB = db
}

// Case 41: a batch of ten files, the fourth corrupt: nine applied, each in
// its own transaction, one rejected, one report.
func TestBatchWithACorruptFile(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, dir := newBloc(t, exchangetest.Spec{Code: "K41", Units: 10, Criteria: 20})
	reopen(t, b)
	files, err := b.Submissions(ctx, dir, 1)
	b.DB.Close()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(files[3])
	os.WriteFile(files[3], data[:len(data)/3], 0o644)
	db, _ := leaderCopy(t, b, "leader")
	out, err := exchange.Apply(ctx, db, files, exchange.MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i, o := range out {
		want := model.StatusApplied
		if i == 3 {
			want = model.StatusRejected
		}
		if o.Status != want {
			t.Errorf("file %d: %v %v", i+1, o.Status, o.Reason)
		}
	}
	if len(out) != 10 {
		t.Errorf("%d outcomes", len(out))
	}
}

// Any order and any repetition of a set of valid files gives the same
// database (merge.md §3 case 34, as a property).
func TestAnyOrderSameDatabase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	b, dir := newBloc(t, exchangetest.Spec{Code: "KPROP", Units: 3, Criteria: 10})
	reopen(t, b)
	var files []string
	for v := 1; v <= 3; v++ {
		list, err := b.Submissions(ctx, filepath.Join(dir, "files"), v)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, list...)
	}
	b.DB.Close()
	db, path := leaderCopy(t, b, "reference")
	if _, err := exchange.Apply(ctx, db, files, exchange.MergeOptions{}); err != nil {
		t.Fatal(err)
	}
	want := storagetest.Content(t, path, false)
	seed := uint64(os.Getpid())
	rng := rand.New(rand.NewPCG(seed, 41))
	for trial := range 5 {
		var bag []string
		for _, f := range files {
			for range 1 + rng.IntN(2) {
				bag = append(bag, f)
			}
		}
		rng.Shuffle(len(bag), func(i, j int) { bag[i], bag[j] = bag[j], bag[i] })
		db, path := leaderCopy(t, b, "trial")
		for len(bag) > 0 {
			n := 1 + rng.IntN(len(bag))
			out, err := exchange.Apply(ctx, db, bag[:n], exchange.MergeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range out {
				if o.Status == model.StatusRejected || o.Status == model.StatusHeld {
					t.Fatalf("trial %d (seed %d): %s %v %v", trial, seed, o.Name, o.Status, o.Reason)
				}
			}
			bag = bag[n:]
		}
		if got := storagetest.Content(t, path, false); got != want {
			t.Fatalf("trial %d (seed %d): the database differs from the reference", trial, seed)
		}
	}
}

// A merge stopped half-way (esc in the interface, ctrl+c at the command
// line) leaves each file applied whole or not at all: the files before the
// stop are merged, the rest untouched, none rejected for being stopped,
// and merging again takes the rest.
func TestMergeStopped(t *testing.T) {
	t.Parallel()
	b, dir := newBloc(t, exchangetest.Spec{Code: "K42", Units: 6, Criteria: 10})
	reopen(t, b)
	files, err := b.Submissions(context.Background(), dir, 1)
	b.DB.Close()
	if err != nil {
		t.Fatal(err)
	}
	db, _ := leaderCopy(t, b, "leader")
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	progress := func(done, total int) {
		if done == 3 {
			stop()
		}
	}
	out, err := exchange.Apply(ctx, db, files, exchange.MergeOptions{Progress: progress})
	if err != context.Canceled {
		t.Fatalf("a stopped merge says so: %v", err)
	}
	for _, o := range out {
		if o.Status == model.StatusRejected {
			t.Errorf("%s rejected by the stop: %v", o.Name, o.Reason)
		}
	}
	rows, err := db.Inbox(context.Background(), b.Period.ID)
	if err != nil {
		t.Fatal(err)
	}
	received := 0
	for _, r := range rows {
		if r.Last != nil {
			received++
		}
	}
	if received != 3 {
		t.Errorf("%d units received after stopping at the third file, want 3", received)
	}
	out, err = exchange.Apply(context.Background(), db, files, exchange.MergeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Status != model.StatusApplied && o.Status != model.StatusUnchanged {
			t.Errorf("merging again: %s %v %v", o.Name, o.Status, o.Reason)
		}
	}
}

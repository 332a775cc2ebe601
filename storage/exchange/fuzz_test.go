package exchange

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage/exchange/wire"
)

// FuzzVerify feeds the verifier mutated exchange files. It calls check,
// the pipeline without its recover, so that a panic is found, not hidden:
// whatever the bytes, phase A must return (a verdict or an error). The
// seed corpus (testdata/fuzz/FuzzVerify) holds genuine exports; a small
// genuine file is also made here. A crash input found stays in testdata
// and gets fixed.
func FuzzVerify(f *testing.F) {
	f.Add(tinyFile(f))
	staging := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		// As given, and with the header made consistent again so that
		// most mutations get past the header check into SQLite.
		for _, d := range [][]byte{data, repairHeader(data)} {
			file := &File{Name: "fuzz"}
			err := check(context.Background(), file, d, VerifyOptions{StagingDir: staging})
			if err == nil && (!file.HasManifest || file.Payload == nil) {
				t.Fatal("a file passed without a manifest or rows")
			}
		}
	})
}

// repairHeader returns data with a thidua header that agrees with its
// length: magic, rollback mode, application id, format version, a page
// size of 1024 and the matching page count.
func repairHeader(data []byte) []byte {
	const page = 1024
	n := max((len(data)+page-1)/page, 1)
	d := make([]byte, n*page)
	copy(d, data)
	copy(d, "SQLite format 3\x00")
	binary.BigEndian.PutUint16(d[16:18], page)
	d[18], d[19] = 1, 1
	binary.BigEndian.PutUint32(d[28:32], uint32(n))
	copy(d[92:96], d[24:28])
	binary.BigEndian.PutUint32(d[60:64], wire.Version)
	binary.BigEndian.PutUint32(d[68:72], wire.ApplicationID)
	return d
}

// tinyFile is a small genuine submission, made without any database.
func tinyFile(t testing.TB) []byte {
	t.Helper()
	key := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
	m := Manifest{Kind: model.KindSubmission, AuthorRole: model.RoleUnit, BlocID: "b", BlocCode: "KHOI", PeriodID: "p",
		PeriodCode: "2024", AuthorID: "u", AuthorCode: "DV", CriteriaVersion: "v", Seq: 1, CreatedAt: "2024-01-01T00:00:00Z",
		AppVersion: "fuzz"}
	p := facts.Set{
		facts.TScore:        {{"p", "u", "c1", "self", int64(150), "", "Ghi chú", "", nil}, {"p", "u", "c2", "self", int64(0), "", "", "", nil}},
		facts.TRegistration: {{"p", "u", "dk", "Đăng ký", "", "100"}},
	}
	path := filepath.Join(t.TempDir(), "tiny.sqlite")
	if err := WriteSigned(context.Background(), path, m, p, key); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestWriteFuzzSeeds refreshes the committed seed corpus from the real
// exporter: THIDUA_WRITE_SEEDS=1 go test -run TestWriteFuzzSeeds.
func TestWriteFuzzSeeds(t *testing.T) {
	if os.Getenv("THIDUA_WRITE_SEEDS") == "" {
		t.Skip("set THIDUA_WRITE_SEEDS=1 to rewrite testdata/fuzz")
	}
	w := newWorld(t)
	dir := filepath.Join("testdata", "fuzz", "FuzzVerify")
	os.MkdirAll(dir, 0o755)
	for name, path := range map[string]string{"submission-tuyan": w.submit("TUYAN")} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		corpus := fmt.Sprintf("go test fuzz v1\n[]byte(%s)\n", strconv.Quote(string(data)))
		if err := os.WriteFile(filepath.Join(dir, name), []byte(corpus), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The tiny seed is genuine: the fuzz target starts from a file that
// passes.
func TestTinyFileVerifies(t *testing.T) {
	t.Parallel()
	f := &File{}
	if err := check(context.Background(), f, tinyFile(t), VerifyOptions{StagingDir: t.TempDir()}); err != nil {
		t.Fatal(err)
	}
}

// TestMutatedFilesNeverCrash is the fuzz target's invariant over a fixed
// set of mutations of a genuine file (bytes changed, the file cut short,
// the header repaired so SQLite reads the damage). Go's fuzzer instruments
// the transpiled SQLite too and manages only a few inputs a second here,
// so this deterministic run is what exercises the verifier in make test;
// the fuzz target is for long runs (make fuzz).
func TestMutatedFilesNeverCrash(t *testing.T) {
	seed := tinyFile(t)
	staging := t.TempDir()
	genuine := &File{Name: "genuine"}
	if err := check(context.Background(), genuine, seed, VerifyOptions{StagingDir: staging}); err != nil {
		t.Fatal(err)
	}
	want := ContentHash(genuine.Manifest.Kind, genuine.Payload)
	rng := rand.New(rand.NewPCG(2026, 11))
	accepted := 0
	for i := 0; i < 600; i++ {
		d := append([]byte(nil), seed...)
		switch i % 3 {
		case 0: // a few bytes anywhere
			for j := 0; j < 1+rng.IntN(8); j++ {
				d[rng.IntN(len(d))] = byte(rng.IntN(256))
			}
		case 1: // a run of bytes overwritten
			at := rng.IntN(len(d))
			for j := at; j < min(len(d), at+1+rng.IntN(512)); j++ {
				d[j] = byte(rng.IntN(256))
			}
		case 2: // cut short, as a chat app does
			d = d[:rng.IntN(len(d))]
		}
		for _, x := range [][]byte{d, repairHeader(d)} {
			file := &File{Name: "mutated"}
			err := check(context.Background(), file, x, VerifyOptions{StagingDir: staging})
			if err == nil {
				accepted++
				if !file.HasManifest || file.Payload == nil {
					t.Fatalf("mutation %d passed without a manifest or rows", i)
				}
				// Only bytes that hold no data may change and pass.
				if got := ContentHash(file.Manifest.Kind, file.Payload); got != want {
					t.Fatalf("mutation %d passed with other rows (%s, want %s)", i, got, want)
				}
			}
		}
	}
	t.Logf("600 mutations, %d checks passed (changes in bytes that hold no data)", accepted)
}

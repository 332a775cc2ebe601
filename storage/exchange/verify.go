package exchange

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// Limits of the verifier.
const (
	// MaxFileSize is the largest file accepted (A1): a bloc file of 25
	// units × 300 criteria is about 3 MB.
	MaxFileSize = 64 << 20
	// minFileSize: a SQLite file is at least one 512-byte page.
	minFileSize = 512
	// queryTimeout bounds every query on an untrusted file; checkTimeout
	// the integrity check, which reads every page.
	queryTimeout = 2 * time.Second
	checkTimeout = 20 * time.Second
)

// VerifyOptions tune phase A.
type VerifyOptions struct {
	// StagingDir holds the private copies (default: the system's temporary
	// folder). Merges use a folder beside the database, in the user's data
	// folder.
	StagingDir string
	// MaxSize overrides MaxFileSize (tests).
	MaxSize int64
	// firstPass is a merge's first pass: of a file that deferred says
	// need not be kept in memory it checks only the signed manifest
	// (A1–A8 and the signature), and marks the File deferred; its rows are
	// read and checked in full when its turn comes.
	firstPass bool
	// checked is the digest of bytes whose integrity a first pass already
	// checked: bytes with that digest are the same file, so the check is
	// not run again (the schema, cheap, is: it says which tables are held).
	checked string
}

// File is an exchange file that went through phase A. When Verify fails,
// the File still says what was learnt before the failure (name, digest,
// and the manifest if it could be read).
type File struct {
	Path        string // as given
	Name        string // base name, safe to print
	Digest      string // SHA-256 of the bytes, hex
	Size        int64
	Bytes       []byte
	Manifest    Manifest
	HasManifest bool
	Payload     facts.Set
	Warnings    []*model.Error
	// deferred: a merge's first pass checked only the signed manifest.
	deferred bool
}

// Info is what the file says about itself, for people: its manifest,
// and the bloc's and addressee's names from its rows; nil before its
// manifest was read.
func (f *File) Info() *model.FileInfo {
	if !f.HasManifest {
		return nil
	}
	info := f.Manifest.Info()
	info.Path, info.Name = f.Path, f.Name
	bt, ut := facts.MustTable(facts.TBloc), facts.MustTable(facts.TUnit)
	for _, r := range f.Payload[facts.TBloc] {
		if name := bt.Str(r, "name"); name != "" {
			info.BlocName = name
		}
	}
	for _, r := range f.Payload[facts.TUnit] {
		if ut.Str(r, "unit_id") == f.Manifest.AddresseeID && info.AddresseeID != "" {
			info.AddresseeName = ut.Str(r, "name")
		}
	}
	return &info
}

// Verify runs phase A (merge.md §2.7 A1–A10) on the file at path without
// touching any database: size cap, a private copy under a generated name,
// a header check before SQLite sees the file, a hardened read-only
// connection, integrity check, exact schema, manifest, content hash,
// signature, and the rules a file checks on its own (ownership, structure,
// criteria hashes, bounds where the file carries the criteria, and each
// unit's signed slice in a bloc file). A fault inside never escapes: it
// rejects the file.
func Verify(ctx context.Context, path string, opt VerifyOptions) (*File, error) {
	f := &File{Path: path, Name: SafeName(path)}
	data, err := readInput(path, opt.maxSize())
	if err != nil {
		return f, err
	}
	return verifyBytes(ctx, f, data, opt)
}

func (o VerifyOptions) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return MaxFileSize
}

// readInput reads a file's bytes (A1): the size is checked before reading,
// so a 2 GB file is refused without being read.
func readInput(path string, max int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, model.Errorf(EUnreadable, SafeName(path), storage.PathReason(path, err))
	}
	if st.IsDir() {
		return nil, model.Errorf(ENotThidua)
	}
	if st.Size() > max {
		return nil, model.Errorf(ETooBig, sizeText(st.Size()), sizeText(max))
	}
	// A pipe or a device is refused without waiting on it.
	in, err := storage.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer storage.CloseRead(in)
	if st, err := in.Stat(); err == nil && st.Size() == 0 {
		return nil, model.Errorf(EEmpty)
	}
	data, err := io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		return nil, model.Errorf(EUnreadable, SafeName(path), storage.PathReason(path, err))
	}
	if int64(len(data)) > max {
		return nil, model.Errorf(ETooBig, sizeText(int64(len(data))), sizeText(max))
	}
	return data, nil
}

func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// verifyBytes runs phase A on bytes already read; a panic inside is turned
// into a rejection.
func verifyBytes(ctx context.Context, f *File, data []byte, opt VerifyOptions) (out *File, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = f, model.Errorf(EPanic).WithCause(fmt.Errorf("panic: %v\n%s", r, debug.Stack()))
		}
	}()
	return f, check(ctx, f, data, opt)
}

// check is phase A proper; panics pass through (the fuzz target wants to
// see them).
func check(ctx context.Context, f *File, data []byte, opt VerifyOptions) error {
	sum := sha256.Sum256(data)
	f.Digest, f.Size, f.Bytes = hex.EncodeToString(sum[:]), int64(len(data)), data
	if len(data) == 0 {
		return model.Errorf(EEmpty)
	}
	version, err := checkHeader(data)
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp(opt.StagingDir, "thidua-in-")
	if err != nil {
		return model.Errorf(EUnreadable, f.Name, storage.PathReason(opt.StagingDir, err))
	}
	defer func() { _ = os.RemoveAll(dir) }() // a private copy in the staging folder; the next check reuses none
	staged := filepath.Join(dir, "in.sqlite")
	if err := os.WriteFile(staged, data, 0o600); err != nil {
		return model.Errorf(EUnreadable, f.Name, storage.PathReason(staged, err))
	}
	u, err := openUntrusted(ctx, staged)
	if err != nil {
		return sqliteProblem(ctx, err)
	}
	defer u.close()
	if opt.checked != f.Digest {
		if err := u.integrity(ctx); err != nil {
			return err
		}
	}
	held, err := u.schema(ctx, version)
	if err != nil {
		return err
	}
	mrow, err := u.manifest(ctx)
	if err != nil {
		return err
	}
	if f.Manifest, err = parseManifest(mrow); err != nil {
		return model.Errorf(EManifest).WithCause(err)
	}
	layout, err := heldLayout(version, &f.Manifest, held)
	if err != nil {
		return err
	}
	f.HasManifest = true
	if opt.firstPass && deferred(&f.Manifest, f.Size) {
		if !signatureOK(mrow) {
			return model.Errorf(ESignature)
		}
		f.deferred = true
		return nil
	}
	if f.Payload, err = u.payload(ctx, layout); err != nil {
		return err
	}
	if contentHash(f.Manifest.Format, f.Manifest.Kind, f.Payload) != f.Manifest.ContentHash {
		return model.Errorf(EContentHash)
	}
	if !signatureOK(mrow) {
		return model.Errorf(ESignature)
	}
	f.Warnings, err = checkRules(&f.Manifest, f.Payload)
	return err
}

// heldLayout returns the layout of the tables a file holds. The manifest
// names the version of the header and the kind; a sparse file (version 2)
// may hold only tables its kind carries, and the ones it leaves out read
// as empty (version 1 lays out every kind alike, every table held).
func heldLayout(version int, m *Manifest, held map[string]bool) (wire.Layout, error) {
	layout, ok := wire.LayoutOf(version, m.Kind)
	if !ok || m.Format != int64(version) {
		return layout, model.Errorf(EManifest).WithCause(fmt.Errorf("a %s file of format %d laid out as format %d", m.Kind,
			m.Format, version))
	}
	if !layout.Sparse() {
		return layout, nil
	}
	for name := range held {
		if !layout.Has(name) {
			return layout, model.Errorf(EManifest).WithCause(fmt.Errorf("a %s file holding table %s", m.Kind, name))
		}
	}
	return layout.Only(func(name string) bool { return held[name] }), nil
}

// checkHeader reads the 100-byte SQLite header before SQLite does (A4);
// it returns the file's format version.
func checkHeader(data []byte) (int, error) {
	const magic = "SQLite format 3\x00"
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return 0, model.Errorf(ENotThidua)
	}
	if len(data) < minFileSize {
		return 0, model.Errorf(ETruncated)
	}
	switch binary.BigEndian.Uint32(data[68:72]) {
	case wire.ApplicationID:
	case storage.ApplicationID:
		// A unit's working database sent instead of the file it writes
		// for the leader: the commonest wrong file, said so.
		return 0, model.Errorf(EWorkingDB)
	default:
		return 0, model.Errorf(ENotThidua)
	}
	if data[18] == 2 || data[19] == 2 {
		return 0, model.Errorf(EWAL)
	}
	if data[18] != 1 || data[19] != 1 {
		return 0, model.Errorf(EDamaged).WithCause(errors.New("header"))
	}
	version := int(int32(binary.BigEndian.Uint32(data[60:64])))
	switch {
	case version > wire.Version:
		return 0, model.Errorf(ENewer, version)
	case version < wire.Oldest:
		return 0, model.Errorf(EOlder, version)
	}
	page := int64(binary.BigEndian.Uint16(data[16:18]))
	if page == 1 {
		page = 65536
	}
	if page < 512 || page&(page-1) != 0 {
		return 0, model.Errorf(EDamaged).WithCause(errors.New("page size"))
	}
	size := int64(len(data))
	pages := int64(binary.BigEndian.Uint32(data[28:32]))
	valid := binary.BigEndian.Uint32(data[92:96]) == binary.BigEndian.Uint32(data[24:28])
	switch {
	case size%page != 0, valid && pages*page > size:
		return 0, model.Errorf(ETruncated)
	case valid && pages*page < size:
		return 0, model.Errorf(EDamaged).WithCause(errors.New("size"))
	}
	return version, nil
}

// SafeName returns a file's base name fit to print: control and
// formatting characters are replaced and long names shortened. The name
// is only ever shown, never used.
func SafeName(path string) string {
	name := path
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	clean := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x200b && r <= 0x200f) || (r >= 0x202a && r <= 0x202e) ||
			(r >= 0x2066 && r <= 0x2069) {
			return '?'
		}
		return r
	}, model.NFC(name))
	if r := []rune(clean); len(r) > 80 {
		clean = string(r[:60]) + "…" + string(r[len(r)-19:])
	}
	return clean
}

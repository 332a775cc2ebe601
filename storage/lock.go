package storage

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"thidua/model"
)

// One program at a time replaces a database, and never under another. Every
// process that opens a database holds a shared OS lock on a small file
// beside it ("thidua.db.lock"), for as long as it has it open; whatever
// replaces or deletes the database (restore, demo --force, the removal of
// an empty new file) takes the lock exclusively first, and is refused while
// any other process holds it, with the message saying which program has
// the file open and what to do. SQLite's own locks keep writers in turn;
// this lock keeps the file itself in place while someone works on it.
//
// The lock file holds who took it last (the process and since when), to
// name the program in the message. It is never deleted: removing a lock
// file while another process waits on it is how two programs end up
// holding "the" lock at once.

// Codes of the lock errors.
const (
	// EDBInUse: another process has the database open.
	EDBInUse = "db.in_use"
	// EDBInUseUI: another process's interface has the database open.
	EDBInUseUI = "db.in_use_ui"
	// EDBBeingReplaced: another process is replacing the database.
	EDBBeingReplaced = "db.being_replaced"
	// EDBReplaced: the file was replaced or removed under this process.
	EDBReplaced = model.EDBReplaced
)

// errLocked is what the platform's lock call returns when another process
// holds a conflicting lock.
var errLocked = errors.New("locked by another process")

// holderName describes this process in the lock files it takes: "ui" for
// the interface, else the command ("merge"). It is set when a command
// starts (SetHolder) and read when a lock is taken; tests run commands in
// parallel in one process, so it is atomic.
var holderName atomic.Value

// SetHolder names this process in the lock files it takes from now on.
func SetHolder(name string) { holderName.Store(name) }

// currentHolder is the name SetHolder gave, "thidua" before any.
func currentHolder() string {
	if name, ok := holderName.Load().(string); ok {
		return name
	}
	return "thidua"
}

// dbLock is a lock held by this process on a database.
type dbLock struct {
	f         *os.File
	exclusive bool
	refs      int
}

var locks = struct {
	sync.Mutex
	m map[string]*dbLock
}{m: map[string]*dbLock{}}

// LockPath is the lock file of the database at path.
func LockPath(path string) string { return path + ".lock" }

// lockDB takes the lock of the database at path (absolute): shared to work
// on it, exclusive to replace or delete it. A process holding a lock may
// take it again (an exclusive holder opening the file it replaces); the
// returned function gives it back.
func lockDB(path string, exclusive bool) (func(), error) {
	locks.Lock()
	defer locks.Unlock()
	if l, ok := locks.m[path]; ok {
		if exclusive && !l.exclusive {
			// This process has the file open elsewhere (the interface):
			// it cannot replace it under itself either.
			return nil, model.Errorf(EDBInUseUI, path, os.Getpid(), "—")
		}
		l.refs++
		return func() { unlockDB(path) }, nil
	}
	f, err := os.OpenFile(LockPath(path), os.O_RDWR|os.O_CREATE, 0o644)
	if errors.Is(err, fs.ErrPermission) {
		f, err = os.Open(LockPath(path)) // a lock file made read-only: still a lock
	}
	if err != nil {
		// The folder cannot hold the lock file: SQLite could not keep its
		// log beside the database either.
		return nil, model.Errorf(EDBOpen, path, PathReason(LockPath(path), err))
	}
	switch err := lockFile(f, exclusive); {
	case errors.Is(err, errLocked):
		holder := readHolder(f)
		closeRead(f)
		return nil, busyError(path, exclusive, holder)
	case err != nil:
		// A file system without locks (some network and USB drives):
		// work without one rather than not at all.
	}
	writeHolder(f)
	locks.m[path] = &dbLock{f: f, exclusive: exclusive, refs: 1}
	return func() { unlockDB(path) }, nil
}

func unlockDB(path string) {
	locks.Lock()
	defer locks.Unlock()
	l, ok := locks.m[path]
	if !ok {
		return
	}
	if l.refs--; l.refs > 0 {
		return
	}
	// Closing the file releases the lock in any case: an unlock or close
	// that fails leaves nothing held.
	_ = unlockFile(l.f)
	_ = l.f.Close()
	delete(locks.m, path)
}

// holder is who last took a lock file.
type holder struct {
	pid   int
	ui    bool
	since time.Time
}

// writeHolder names this process in the lock file, for another program's
// message ("in use by another thidua window since…"). The lock holds
// without it: a write that fails only leaves that message vaguer.
func writeHolder(f *os.File) {
	line := fmt.Sprintf("pid=%d\nholder=%s\nsince=%s\n", os.Getpid(), currentHolder(), time.Now().Format(time.RFC3339))
	if f.Truncate(0) == nil {
		_, _ = f.WriteAt([]byte(line), 0)
	}
}

func readHolder(f *os.File) holder {
	buf := make([]byte, 256)
	n, _ := f.ReadAt(buf, 0)
	var h holder
	for _, line := range strings.Split(string(buf[:n]), "\n") {
		k, v, _ := strings.Cut(line, "=")
		switch k {
		case "pid":
			h.pid, _ = strconv.Atoi(v)
		case "holder":
			h.ui = v == "ui"
		case "since":
			h.since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}

// busyError names the program that holds the database.
func busyError(path string, exclusive bool, h holder) error {
	if !exclusive {
		return model.Errorf(EDBBeingReplaced, path)
	}
	since := "—"
	if !h.since.IsZero() {
		since = h.since.Local().Format("15:04 02/01/2006")
	}
	if h.ui {
		return model.Errorf(EDBInUseUI, path, h.pid, since)
	}
	return model.Errorf(EDBInUse, path, h.pid, since)
}

// LockExclusive takes the database at path for replacing or deleting it:
// refused while any other process has it open. The caller may open it
// meanwhile; release gives the lock back.
func LockExclusive(path string) (release func(), err error) {
	abs, err := absPath(path)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dirOf(abs), 0o755); err != nil {
		return nil, FileError(abs, err)
	}
	return lockDB(abs, true)
}

// RemoveDatabase deletes the database at path with its write-ahead log,
// unless another process has it open.
func RemoveDatabase(path string) error {
	release, err := LockExclusive(path)
	if err != nil {
		return err
	}
	defer release()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return FileError(path+suffix, err)
		}
	}
	return nil
}

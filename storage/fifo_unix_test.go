//go:build !windows

package storage

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/i18n"
)

// A named pipe given as the database, or as a backup to restore, is refused
// at once saying what it is: opening it waited for a writer forever (every
// command and the interface hung on --db PIPE, as did restore --from PIPE).
func TestPipeAsDatabaseIsRefusedAtOnce(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "thidua.db")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan [2]error, 1)
	go func() {
		_, open := Open(context.Background(), pipe)
		done <- [2]error{open, CheckBackup(context.Background(), pipe)}
	}()
	select {
	case errs := <-done:
		if model.ErrorCode(errs[0]) != ENotRegular {
			t.Errorf("open: %v", errs[0])
		}
		if msg := model.Message(i18n.VI, errs[1]); model.ErrorCode(errs[1]) != EBackupBad || !strings.Contains(msg, "đường ống") {
			t.Errorf("backup: %s", msg)
		}
	case <-time.After(time.Minute):
		t.Fatal("opening a pipe as the database waits for a writer")
	}
}

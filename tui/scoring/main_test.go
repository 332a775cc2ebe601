package scoring

import (
	"os"
	"testing"
	"time"
)

// Views print times in the local zone; golden files are written in UTC so
// that they read the same on every machine.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}

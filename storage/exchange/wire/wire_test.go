package wire

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"thidua/model/facts"
)

func TestDDL(t *testing.T) {
	for _, tb := range facts.Tables {
		if !strings.HasSuffix(TableDDL(tb), "STRICT, WITHOUT ROWID") {
			t.Errorf("%s is not STRICT, WITHOUT ROWID", tb.Name)
		}
	}
	if !strings.HasPrefix(TableDDL(&facts.Manifest), "CREATE TABLE manifest (singleton INTEGER PRIMARY KEY CHECK (singleton = 1)") {
		t.Errorf("manifest DDL: %s", TableDDL(&facts.Manifest))
	}
}

// TestDDLUnchanged pins the DDL of format version 1: files already sent
// are verified against exactly this text, so it never changes (a new
// format is a new version).
func TestDDLUnchanged(t *testing.T) {
	sum := sha256.Sum256([]byte(strings.Join(DDL(), "\n")))
	if got := hex.EncodeToString(sum[:]); got != v1DDL {
		t.Errorf("the DDL of format 1 changed: %s\n%s", got, strings.Join(DDL(), "\n"))
	}
}

const v1DDL = "0ec7772fedd856c151579e93b4e6371fbe445c2836a45b26cb6b46b86fc2db41"

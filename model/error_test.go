package model

import (
	"strings"
	"testing"

	"thidua/model/i18n"
)

// A whole sentence within a message keeps one full stop where the message
// puts its own after it; an ellipsis and a message without a sentence
// within it are left as they are.
func TestNestedSentenceKeepsOneFullStop(t *testing.T) {
	inner := Errorf("db.not_thidua", "khac.db") // "… hoặc một tên tệp mới."
	msg := Errorf("db.backup_bad", "khac.db", inner).Localize(i18n.VI)
	if strings.Contains(msg, "..") || !strings.Contains(msg, "tên tệp mới. ") {
		t.Errorf("%s", msg)
	}
	if got := doubledStop.ReplaceAllString("Chờ... bao..cao.sqlite xong.. Hết..", "$1.$2"); got != "Chờ... bao..cao.sqlite xong. Hết." {
		t.Errorf("%q", got)
	}
}

package sheet

import (
	"strings"
	"testing"

	"thidua/model/i18n"
	"thidua/storage/demo"
)

// Text in the old encodings is recognised; Unicode Vietnamese never is,
// whatever signs it holds (every cell of the demo's table, every message).
func TestLegacyText(t *testing.T) {
	for _, s := range []string{
		"Céng hßa x· héi chñ nghÜa ViÖt Nam",       // TCVN3
		"§éc lËp - Tù do - H¹nh phóc",              // TCVN3
		"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", // VNI
		"Tieâu chí chaám ñieåm",                    // VNI
	} {
		if !legacyText(s) {
			t.Errorf("%q not recognised", s)
		}
	}
	var good []string
	good = append(good, strings.FieldsFunc(string(demo.CriteriaCSV()), func(r rune) bool { return r == ',' || r == '\n' || r == '"' })...)
	for _, id := range i18n.IDs() {
		vi, _ := i18n.Raw(id)
		good = append(good, vi)
	}
	good = append(good, "Tỷ lệ hoàn thành × 3", "Hoà bình, thuý, khoẻ", "±5%", "Đạt 100%")
	for _, s := range good {
		if legacyText(s) {
			t.Errorf("Unicode text taken for legacy: %q", s)
		}
	}
	if !legacyCell("Ph¸p", ".VnTime") || legacyCell("Pháp luật", ".VnTime") || legacyCell("10", "VNI-Times") {
		t.Error("the font decides only for text without Unicode Vietnamese letters")
	}
}

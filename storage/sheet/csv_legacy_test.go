package sheet

import (
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

// A CSV saved by Excel on Vietnamese Windows ("CSV (Comma delimited)",
// code page 1258, tones as combining marks) is read as the text it is;
// text typed in the old VNI or TCVN3 fonts, which code page 1258 would
// turn into letters no Vietnamese word has, is refused with how to save
// the file as CSV UTF-8.
func TestCSVCodePage1258(t *testing.T) {
	// "code,name\nA,Phòng Nội vụ huyện Đồng Xuân\nB,Ủy ban nhân dân xã Xuân Lãnh (TĐKT)\n"
	// in code page 1258: ò = o + 0xCC, ộ = ô(0xF4) + 0xF2, ụ = u + 0xF2,
	// ệ = ê(0xEA) + 0xF2, Đ = 0xD0, ồ = ô + 0xCC, â = 0xE2, Ủ = U + 0xD2,
	// ẫ = â + 0xDE, ã = a + 0xDE.
	cp1258 := "code,name\nA,Pho\xccng N\xf4\xf2i vu\xf2 huy\xea\xf2n \xd0\xf4\xccng Xu\xe2n\n" +
		"B,U\xd2y ban nh\xe2n d\xe2n xa\xde Xu\xe2n La\xdenh (T\xd0KT)\n"
	units, err := ParseUnitsCSV(strings.NewReader(cp1258))
	if err != nil {
		t.Fatal(model.Message(i18n.VI, err))
	}
	if len(units) != 2 || units[0].Name != "Phòng Nội vụ huyện Đồng Xuân" || units[1].Name != "Ủy ban nhân dân xã Xuân Lãnh (TĐKT)" {
		t.Errorf("code page 1258 read as %q, %q", units[0].Name, units[1].Name)
	}
	for name, data := range map[string]string{
		// VNI: "Phoøng Noäi vuï" (ø, ä, ï are VNI's tone bytes).
		"vni": "code,name\nA,Pho\xf8ng No\xe4i vu\xef\n",
		// TCVN3: "Phßng Néi vô" (ß, é, ô are TCVN3's toned vowels).
		"tcvn3": "code,name\nA,Ph\xdfng N\xe9i v\xf4\n",
		// Latin-1 that is no Vietnamese at all.
		"latin-1": "code,name\nA,Caf\xe9 Cr\xe8me\n",
	} {
		_, err := ParseUnitsCSV(strings.NewReader(data))
		if model.ErrorCode(err) != ECSVEncoding || !strings.Contains(model.Message(i18n.VI, err), "CSV UTF-8") {
			t.Errorf("%s: %v", name, model.Message(i18n.VI, err))
		}
	}
}

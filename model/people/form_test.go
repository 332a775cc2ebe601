package people

import (
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/i18n"
)

func TestParseForm(t *testing.T) {
	cases := map[string]Form{
		"LĐTT": LDTT, "ldtt": LDTT, "Lao động tiên tiến": LDTT, "LAO ĐỘNG TIÊN TIẾN": LDTT,
		"CSTĐCS": CSTDCS, "CSTĐ cơ sở": CSTDCS, "Chiến sĩ thi đua cơ sở": CSTDCS, "CSTĐ-CS": CSTDCS,
		"CSTĐ tỉnh": CSTDTinh, "Chiến sĩ thi đua cấp tỉnh": CSTDTinh, "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh": CSTDTinh,
		"CSTĐTQ": CSTDTQ, "Chiến sĩ thi đua toàn quốc": CSTDTQ,
		"GK": GiayKhen, "Giấy khen": GiayKhen,
		"BK tỉnh": BKTinh, "BK UBND tỉnh": BKTinh, "Bằng khen của Chủ tịch UBND tỉnh": BKTinh,
		"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh": BKTinh,
		"BKTTg": BKTTg, "BK Thủ tướng": BKTTg, "Bằng khen của Thủ tướng Chính phủ": BKTTg,
	}
	for in, want := range cases {
		if got, err := ParseForm(in); err != nil || got != want {
			t.Errorf("ParseForm(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "Huân chương Lao động", "BK", "CSTĐ", "x"} {
		if _, err := ParseForm(bad); model.ErrorCode(err) != EFormUnknown {
			t.Errorf("ParseForm(%q) = %v", bad, err)
		}
	}
	for _, f := range AllForms() {
		if got, err := ParseForm(f.Code()); err != nil || got != f {
			t.Errorf("code round trip of %v", f)
		}
		if got, err := ParseForm(f.Label(i18n.VI)); err != nil || got != f {
			t.Errorf("label round trip of %v: %q", f, f.Label(i18n.VI))
		}
	}
}

func TestForms(t *testing.T) {
	if len(AllForms()) != int(formEnd)-1 {
		t.Errorf("AllForms misses a form")
	}
	titles := ""
	for _, f := range AllForms() {
		if f.Title() {
			titles += f.Code() + " "
		}
		for _, l := range []i18n.Lang{i18n.VI, i18n.EN} {
			if lb := f.Label(l); lb == "" || strings.HasPrefix(lb, "nominee_form.") {
				t.Errorf("%v has no name in %s", f, l)
			}
		}
	}
	if titles != "CSTDTQ CSTDT CSTDCS LDTT " {
		t.Errorf("titles: %s", titles)
	}
	if NoForm.Valid() || NoForm.Code() != "" || Form(99).Label(i18n.VI) != "" {
		t.Error("an invalid form passes")
	}
}

func TestParseRating(t *testing.T) {
	cases := map[string]Rating{
		"HTXSNV": Excellent, "Hoàn thành xuất sắc nhiệm vụ": Excellent, "HTTNV": Good, "hoàn thành tốt nhiệm vụ": Good,
		"HTNV": Done, "KHTNV": NotDone, "Không hoàn thành nhiệm vụ": NotDone, "": RatingUnknown,
	}
	for in, want := range cases {
		if got, ok := ParseRating(in); !ok || got != want {
			t.Errorf("ParseRating(%q) = %v, %v", in, got, ok)
		}
	}
	for r := NotDone; r < ratingEnd; r++ {
		if got, ok := ParseRating(r.String()); !ok || got != r {
			t.Errorf("round trip of %v", r)
		}
		if got, ok := ParseRating(r.Localize(i18n.VI)); !ok || got != r {
			t.Errorf("printed round trip of %v", r)
		}
	}
	if _, ok := ParseRating("giỏi"); ok {
		t.Error("giỏi accepted")
	}
}

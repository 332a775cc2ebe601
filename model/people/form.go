package people

import (
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// Form is a form of recognition a person is proposed for: an emulation
// title ("danh hiệu thi đua") or a certificate ("hình thức khen thưởng").
type Form int

// The forms, lowest first within titles and within certificates. Their
// codes (Code) are what files and commands carry; their printed names come
// from the catalogue or the bloc's settings (Settings.Label).
const (
	NoForm Form = iota
	// LDTT is "Lao động tiên tiến" (Luật Thi đua, khen thưởng 2022, Điều 24).
	LDTT
	// CSTDCS is "Chiến sĩ thi đua cơ sở" (Điều 23).
	CSTDCS
	// CSTDTinh is "Chiến sĩ thi đua Bộ, ban, ngành, tỉnh".
	CSTDTinh
	// CSTDTQ is "Chiến sĩ thi đua toàn quốc".
	CSTDTQ
	// GiayKhen is a "Giấy khen" of the head of an office or a local chair.
	GiayKhen
	// BKTinh is a "Bằng khen" of a ministry, sector or province: for a
	// bloc of a province, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".
	BKTinh
	// BKTTg is "Bằng khen của Thủ tướng Chính phủ".
	BKTTg
	formEnd
)

var formCodes = [...]string{"", "LDTT", "CSTDCS", "CSTDT", "CSTDTQ", "GK", "BKT", "BKTTG"}

// AllForms returns every form in the order the printed lists group them:
// the titles from the highest, then the certificates from the highest.
func AllForms() []Form { return []Form{CSTDTQ, CSTDTinh, CSTDCS, LDTT, BKTTg, BKTinh, GiayKhen} }

// Code returns the form's stable code ("CSTDCS").
func (f Form) Code() string {
	if f > NoForm && f < formEnd {
		return formCodes[f]
	}
	return ""
}

// String returns the code.
func (f Form) String() string { return f.Code() }

// Valid reports whether f is a form.
func (f Form) Valid() bool { return f > NoForm && f < formEnd }

// Title reports whether the form is an emulation title (registered at the
// start of the year), not a certificate.
func (f Form) Title() bool { return f >= LDTT && f <= CSTDTQ }

// Label returns the form's printed name in language l.
func (f Form) Label(l i18n.Lang) string {
	if !f.Valid() {
		return ""
	}
	return i18n.T(l, "nominee_form."+strings.ToLower(f.Code()))
}

// Localize implements i18n.Localizer: the form's name in «».
func (f Form) Localize(l i18n.Lang) string { return i18n.T(l, "nominee_form.quoted", f.Label(l)) }

// formWords are the ways lists and people write each form, folded: codes,
// abbreviations with and without "Đ", and the full names.
var formWords = map[string]Form{
	"ldtt": LDTT, "lao dong tien tien": LDTT, "ld tien tien": LDTT,
	"cstdcs": CSTDCS, "cstd cs": CSTDCS, "cstd co so": CSTDCS, "chien si thi dua co so": CSTDCS, "chien si thi dua cap co so": CSTDCS,
	"cstdt": CSTDTinh, "cstd tinh": CSTDTinh, "cstd cap tinh": CSTDTinh, "chien si thi dua cap tinh": CSTDTinh,
	"chien si thi dua tinh": CSTDTinh, "chien si thi dua bo ban nganh tinh": CSTDTinh, "chien si thi dua cap bo": CSTDTinh,
	"cstdtq": CSTDTQ, "cstd toan quoc": CSTDTQ, "chien si thi dua toan quoc": CSTDTQ,
	"gk": GiayKhen, "giay khen": GiayKhen,
	"bkt": BKTinh, "bk tinh": BKTinh, "bk ubnd tinh": BKTinh, "bang khen tinh": BKTinh, "bang khen ubnd tinh": BKTinh,
	"bang khen cua chu tich ubnd tinh": BKTinh, "bang khen cua chu tich uy ban nhan dan tinh": BKTinh, "bang khen cap tinh": BKTinh,
	"bkttg": BKTTg, "bk ttg": BKTTg, "bk thu tuong": BKTTg, "bang khen thu tuong": BKTTg, "bang khen cua thu tuong": BKTTg,
	"bang khen cua thu tuong chinh phu": BKTTg, "bang khen thu tuong chinh phu": BKTTg,
}

// ParseForm reads a form from its code, an abbreviation ("LĐTT",
// "CSTĐ cơ sở", "BK UBND tỉnh") or its full name, ignoring case, accents
// and punctuation.
func ParseForm(s string) (Form, error) {
	k := strings.Join(strings.FieldsFunc(model.Fold(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), " ")
	if f, ok := formWords[k]; ok {
		return f, nil
	}
	if f, ok := formWords[strings.ReplaceAll(k, " ", "")]; ok {
		return f, nil
	}
	return NoForm, model.Errorf(EFormUnknown, cut(s, 40))
}

// Rating is a person's yearly review ("đánh giá, xếp loại chất lượng").
type Rating int

// The ratings, lowest first.
const (
	RatingUnknown Rating = iota
	// NotDone: "Không hoàn thành nhiệm vụ".
	NotDone
	// Done: "Hoàn thành nhiệm vụ".
	Done
	// Good: "Hoàn thành tốt nhiệm vụ".
	Good
	// Excellent: "Hoàn thành xuất sắc nhiệm vụ".
	Excellent
	ratingEnd
)

var ratingNames = [...]string{"", "not_done", "done", "good", "excellent"}

// String returns the stored name ("good").
func (r Rating) String() string {
	if r >= 0 && r < ratingEnd {
		return ratingNames[r]
	}
	return "?"
}

// Localize implements i18n.Localizer: the rating as the forms write it.
func (r Rating) Localize(l i18n.Lang) string {
	if r <= RatingUnknown || r >= ratingEnd {
		return i18n.T(l, "rating.unknown")
	}
	return i18n.T(l, "rating."+r.String())
}

// ParseRating reads a stored name or what a list writes: "HTXSNV",
// "Hoàn thành tốt nhiệm vụ", "HTT".
func ParseRating(s string) (Rating, bool) {
	k := strings.ReplaceAll(strings.ReplaceAll(model.Fold(s), " ", ""), ",", "")
	switch k {
	case "":
		return RatingUnknown, true
	case "excellent", "htxsnv", "htxs", "hoanthanhxuatsacnhiemvu":
		return Excellent, true
	case "good", "httnv", "htt", "hoanthanhtotnhiemvu":
		return Good, true
	case "done", "htnv", "ht", "hoanthanhnhiemvu":
		return Done, true
	case "not_done", "khtnv", "kht", "khonghoanthanhnhiemvu":
		return NotDone, true
	}
	return RatingUnknown, false
}

package model

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Đông Hòa":                   "dong hoa",
		"Sông Cầu":                   "song cau",
		"  Phòng   LĐTBXH thị xã ":   "phong ldtbxh thi xa",
		norm.NFD.String("Đồng Xuân"): "dong xuan",
		"ỨNG DỤNG":                   "ung dung",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMatchFold(t *testing.T) {
	name := "Phòng LĐTBXH thị xã Sông Cầu"
	for _, q := range []string{"song cau", "SÔNG", "ldtbxh cau", "", "thi xa"} {
		if !MatchFold(name, q) {
			t.Errorf("%q should match", q)
		}
	}
	if MatchFold("Phòng LĐTBXH huyện Tuy An", "tuy hoa") {
		t.Error("tuy hoa matched Tuy An")
	}
}

// Vietnamese order: Đ after D, ư after u, Tây before Tuy.
func TestCollation(t *testing.T) {
	in := []string{"Tuy Hòa", "Đông Hòa", "Đồng Xuân", "Dương", "Duy Tiên", "Tây Hòa", "Tuy An", "Sông Hinh", "Sông Cầu", "Phú Hòa",
		norm.NFD.String("Sơn Hòa")}
	SortStrings(in)
	for i := range in {
		in[i] = norm.NFC.String(in[i])
	}
	want := "Duy Tiên, Dương, Đông Hòa, Đồng Xuân, Phú Hòa, Sông Cầu, Sông Hinh, Sơn Hòa, Tây Hòa, Tuy An, Tuy Hòa"
	if got := strings.Join(in, ", "); got != want {
		t.Errorf("order = %s\nwant    %s", got, want)
	}
}

func TestNFC(t *testing.T) {
	nfd := norm.NFD.String("Sông Cầu")
	if nfd == "Sông Cầu" {
		t.Fatal("test input is not decomposed")
	}
	if got := NFC("  " + nfd + " "); got != "Sông Cầu" {
		t.Errorf("NFC = %q", got)
	}
}

func TestUnitValidate(t *testing.T) {
	ok := Unit{Code: "SONGCAU", Name: "Phòng LĐTBXH thị xã Sông Cầu"}
	if err := ok.Validate(); err != nil {
		t.Error(err)
	}
	for code, u := range map[string]Unit{
		EUnitNoCode:  {Name: "x"},
		EUnitBadCode: {Code: "SÔNG CẦU", Name: "x"},
		EUnitNoName:  {Code: "X"},
	} {
		if got := ErrorCode(u.Validate()); got != code {
			t.Errorf("%+v = %s, want %s", u, got, code)
		}
	}
	if NormalizeCode(" songcau ") != "SONGCAU" {
		t.Error("NormalizeCode")
	}
	p := Period{Code: "2019"}
	p.Starts, p.Ends = mustDate("2019-12-31"), mustDate("2019-01-01")
	if ErrorCode(p.Validate()) != EPeriodBadDates {
		t.Error("period dates")
	}
	if ParsePeriodKind("year") != Year || ParsePeriodKind("x") != OtherPeriod || Year.String() != "year" {
		t.Error("period kinds")
	}
}

func mustDate(s string) (d time.Time) {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

package model

import (
	"testing"
	"time"
)

func TestNextPeriod(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		name       string
		from       Period
		code, lab  string
		want       Period
		wantLabel  string
		wantSelfTo time.Time
	}{
		{"a year", Period{Code: "2019", Kind: Year, Starts: day(2019, 1, 1), Ends: day(2019, 12, 31),
			RegistrationCloses: day(2019, 3, 31), SelfScoreCloses: day(2019, 12, 15), CriteriaVersionID: "v"},
			" 2020 ", "Tổng kết năm 2020",
			Period{Code: "2020", Kind: Year, Starts: day(2020, 1, 1), Ends: day(2020, 12, 31),
				RegistrationCloses: day(2020, 3, 31), CriteriaVersionID: "v"}, "Tổng kết năm 2020", day(2020, 12, 15)},
		{"a half-year, a leap day", Period{Code: "2019-H1", Kind: HalfYear, Starts: day(2019, 1, 1), Ends: day(2019, 6, 30),
			SelfScoreCloses: day(2020, 2, 29)}, "2020-h1", "",
			Period{Code: "2020-H1", Kind: HalfYear, Starts: day(2020, 1, 1), Ends: day(2020, 6, 30)}, "2020-H1", day(2021, 2, 28)},
		{"no dates", Period{Code: "X", Kind: OtherPeriod}, "Y", "Kỳ Y",
			Period{Code: "Y", Kind: OtherPeriod}, "Kỳ Y", time.Time{}},
	} {
		got := NextPeriod(c.from, c.code, c.lab)
		if got.Code != c.want.Code || got.Kind != c.want.Kind || !got.Starts.Equal(c.want.Starts) || !got.Ends.Equal(c.want.Ends) ||
			!got.RegistrationCloses.Equal(c.want.RegistrationCloses) || got.CriteriaVersionID != c.want.CriteriaVersionID ||
			got.Label != c.wantLabel || !got.SelfScoreCloses.Equal(c.wantSelfTo) {
			t.Errorf("%s: got %+v", c.name, got)
		}
	}
}

func TestNextYearText(t *testing.T) {
	for in, want := range map[string]string{
		"2019": "2020", "2019-H1": "2020-H1", "Tổng kết năm 2019": "Tổng kết năm 2020", "2019-2020": "2020-2021",
		"Sơ kết 6 tháng đầu năm 2019": "Sơ kết 6 tháng đầu năm 2020", "KY1": "KY1", "": "", "12345": "12345",
		"năm 1899": "năm 1899", "20190": "20190",
	} {
		if got := NextYearText(in); got != want {
			t.Errorf("%q = %q, want %q", in, got, want)
		}
	}
}

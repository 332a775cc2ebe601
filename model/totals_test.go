package model

import "testing"

// smallTable: a 100-point table with a capped part, a bonus part capped at 5
// by the table and a deduction part capped at 10.
//
//	I   group 60          I.1 standard 40, I.2 standard 20
//	II  group 40 capped   II.1 standard 30, II.2 standard 20  (tối đa không quá 40)
//	IV  bonus group 5     IV.1 bonus 4, IV.2 bonus 3
//	V   deduction 10      V.1 deduction 8, V.2 deduction 6
func smallTable(t *testing.T) *Tree {
	ii := row("II", "", "II", Group, "40")
	ii.Capped = true
	iv := row("IV", "", "IV", Group, "5")
	iv.Capped = true
	v := row("V", "", "V", Group, "10")
	v.Capped = true
	return mustTree(t,
		row("I", "", "I", Group, "60"), row("I1", "I", "I.1", Standard, "40"), row("I2", "I", "I.2", Standard, "20"),
		ii, row("II1", "II", "II.1", Standard, "30"), row("II2", "II", "II.2", Standard, "20"),
		iv, row("IV1", "IV", "IV.1", Bonus, "4"), row("IV2", "IV", "IV.2", Bonus, "3"),
		v, row("V1", "V", "V.1", Deduction, "8"), row("V2", "V", "V.2", Deduction, "6"),
	)
}

func sheet(kv ...any) Sheet {
	s := Sheet{}
	for i := 0; i < len(kv); i += 2 {
		p, err := ParsePoints(kv[i+1].(string))
		if err != nil {
			panic(err)
		}
		s[kv[i].(string)] = p
	}
	return s
}

func TestTotals(t *testing.T) {
	tr := smallTable(t)
	if p := tr.Problems(); len(p) != 0 {
		t.Fatalf("Problems = %v", p)
	}
	cases := []struct {
		name                                  string
		sheet                                 Sheet
		caps                                  Caps
		standard, bonus, deduction, total     string
		bonusRaw, deductionRaw, missing, full string
	}{
		{
			name:     "full marks, a bonus above 100, no deductions",
			sheet:    sheet("I1", "40", "I2", "20", "II1", "30", "II2", "20", "IV1", "2", "IV2", "1", "V1", "0", "V2", "0"),
			standard: "100", bonus: "3", deduction: "0", total: "103", // never clamped to 100
			bonusRaw: "3", deductionRaw: "0", missing: "0", full: "4",
		},
		{
			name:     "a capped part: II.1 + II.2 = 45 counts as 40",
			sheet:    sheet("I1", "35,5", "I2", "20", "II1", "25", "II2", "20", "IV1", "0", "IV2", "0", "V1", "0", "V2", "0"),
			standard: "95.5", bonus: "0", deduction: "0", total: "95.5",
			bonusRaw: "0", deductionRaw: "0", missing: "0", full: "2",
		},
		{
			name:     "the table caps bonus at 5 and deductions at 10",
			sheet:    sheet("I1", "40", "I2", "20", "II1", "30", "II2", "10", "IV1", "4", "IV2", "3", "V1", "8", "V2", "6"),
			standard: "100", bonus: "5", deduction: "10", total: "95",
			bonusRaw: "5", deductionRaw: "10", missing: "0", full: "3",
		},
		{
			name:     "bloc-wide caps bite below the table's",
			sheet:    sheet("I1", "40", "I2", "20", "II1", "30", "II2", "10", "IV1", "4", "IV2", "3", "V1", "8", "V2", "6"),
			caps:     Caps{Bonus: Whole(2), Deduction: Whole(7)},
			standard: "100", bonus: "2", deduction: "7", total: "95",
			bonusRaw: "5", deductionRaw: "10", missing: "0", full: "3",
		},
		{
			name:     "blank is not zero: missing criteria are listed",
			sheet:    sheet("I1", "40", "II1", "0"),
			standard: "40", bonus: "0", deduction: "0", total: "40",
			bonusRaw: "0", deductionRaw: "0", missing: "6", full: "1",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := tr.Totals(c.sheet, c.caps)
			check := func(what string, p Points, want string) {
				if p.String() != want {
					t.Errorf("%s = %v, want %s", what, p, want)
				}
			}
			check("Standard", got.Standard, c.standard)
			check("Bonus", got.Bonus, c.bonus)
			check("Deduction", got.Deduction, c.deduction)
			check("Total", got.Total, c.total)
			check("BonusRaw", got.BonusRaw, c.bonusRaw)
			check("DeductionRaw", got.DeductionRaw, c.deductionRaw)
			check("Missing", Whole(int64(len(got.Missing))), c.missing)
			check("FullMarks", Whole(int64(got.FullMarks)), c.full)
			if got.Scorable != 8 {
				t.Errorf("Scorable = %d", got.Scorable)
			}
		})
	}
	got := tr.Totals(sheet("I1", "40", "II1", "0"), Caps{})
	if got.Complete() || got.Missing[0] != "I2" || got.Missing[5] != "V2" {
		t.Errorf("Missing in table order = %v", got.Missing)
	}
	if got.Value["II"] != 0 || got.Value["I"] != Whole(40) {
		t.Errorf("group values = %v", got.Value)
	}
}

// A 1,000-point table adds up the same way.
func TestTotalsThousandPoints(t *testing.T) {
	tr := policeShape(t)
	got := tr.Totals(sheet("I1a", "180", "I1b", "200", "I2a1", "250,5", "II1", "200", "III1", "99,75"), Caps{})
	if got.Total != 93025 || !got.Complete() {
		t.Errorf("Total = %v (want 180 + 200 + 250.5 + 200 + 99.75 = 930.25), complete %v", got.Total, got.Complete())
	}
}

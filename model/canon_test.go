package model

import "testing"

func TestCriteriaHash(t *testing.T) {
	a := []Criterion{row("I", "", "I", Group, "10"), row("I1", "I", "1", Standard, "10")}
	b := []Criterion{a[1], a[0]} // order of rows does not matter
	if CriteriaHash(a) != CriteriaHash(b) {
		t.Error("hash depends on row order")
	}
	if len(CriteriaHash(a)) != 64 {
		t.Error("not a hex SHA-256")
	}
	changed := append([]Criterion(nil), a...)
	changed[1].Max = 950
	if CriteriaHash(changed) == CriteriaHash(a) {
		t.Error("a changed maximum keeps the hash")
	}
	changed = append([]Criterion(nil), a...)
	changed[1].Rule = Rule{Kind: RuleBinary}
	if CriteriaHash(changed) == CriteriaHash(a) {
		t.Error("a changed rule keeps the hash")
	}
	// A known vector, computed independently from the encoding in
	// merge.md §2.4, guards against silent change: versions issued with it
	// must keep their identity in every later release of thidua.
	if got := CriteriaHash(a); got != "385275289d3a51cbd18e238dc2e907f526a9e166d56fd73486484be86810d786" {
		t.Errorf("CriteriaHash = %s", got)
	}
}

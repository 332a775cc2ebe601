package people

import (
	"fmt"
	"testing"
)

// The province's decisions stay within the cap on "Chiến sĩ thi đua cơ
// sở" (RuleBaseRatio, 15% of the unit's "Lao động tiên tiến"): what it
// gives is counted, a refusal never refused.
func TestCheckDecision(t *testing.T) {
	// Unit A: seven proposed for LĐTT (cap 1), two for CSTĐCS, one for
	// the provincial title; unit B: one CSTĐCS, no LĐTT.
	book := func() Book {
		b := Book{Period: Period{Year: 2026, YearEnd: true}, Settings: DefaultSettings()}
		for i := range 8 {
			id := fmt.Sprintf("a%d", i)
			b.People = append(b.People, Person{ID: id, Unit: "A", Name: "Người " + id})
			if i < 7 {
				b.Nominees = append(b.Nominees, Nominee{Proposal: Proposal{Person: id, Form: LDTT}})
			}
		}
		b.People = append(b.People, Person{ID: "b0", Unit: "B", Name: "Người b0"})
		b.Nominees = append(b.Nominees, Nominee{Proposal: Proposal{Person: "a0", Form: CSTDCS}},
			Nominee{Proposal: Proposal{Person: "a1", Form: CSTDCS}}, Nominee{Proposal: Proposal{Person: "a7", Form: CSTDTinh}},
			Nominee{Proposal: Proposal{Person: "b0", Form: CSTDCS}})
		return b
	}
	decide := func(b *Book, person string, f Form, d Decision) {
		for i, n := range b.Nominees {
			if n.Person == person && n.Form == f {
				d.Person, d.Form = person, f
				b.Nominees[i].Decision = &d
			}
		}
	}
	accept := Decision{Ruling: RulingAccepted, Number: "1/QĐ-UBND"}
	refuseIt := Decision{Ruling: RulingRefused}
	for _, c := range []struct {
		name  string
		setup func(*Book)
		d     Decision
		err   string
	}{
		{"the first CSTĐCS", func(*Book) {}, Decision{Person: "a0", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, ""},
		{"a second one is over the cap", func(b *Book) { decide(b, "a0", CSTDCS, accept) },
			Decision{Person: "a1", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, EDecisionRatio},
		{"the same proposal decided again", func(b *Book) { decide(b, "a0", CSTDCS, accept) },
			Decision{Person: "a0", Form: CSTDCS, Ruling: RulingAccepted, Number: "2"}, ""},
		{"a refusal is never refused", func(b *Book) { decide(b, "a0", CSTDCS, accept) },
			Decision{Person: "a1", Form: CSTDCS, Ruling: RulingRefused}, ""},
		{"a downgrade to CSTĐCS counts", func(b *Book) { decide(b, "a0", CSTDCS, accept) },
			Decision{Person: "a7", Form: CSTDTinh, Ruling: RulingDowngraded, DowngradedTo: CSTDCS, Number: "1"}, EDecisionRatio},
		{"a refused LĐTT lowers the cap", func(b *Book) { decide(b, "a2", LDTT, refuseIt) },
			Decision{Person: "a0", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, EDecisionRatio},
		{"an LĐTT held counts", func(b *Book) {
			decide(b, "a2", LDTT, refuseIt)
			b.History.Awards = append(b.History.Awards, Award{Person: "a7", Year: 2026, Form: LDTT})
		}, Decision{Person: "a0", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, ""},
		{"another unit's cap", func(*Book) {}, Decision{Person: "b0", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, EDecisionRatio},
		{"no cap set", func(b *Book) { b.Settings.BaseRatioPercent = 0 },
			Decision{Person: "b0", Form: CSTDCS, Ruling: RulingAccepted, Number: "1"}, ""},
		{"another form is not counted", func(*Book) {}, Decision{Person: "a7", Form: CSTDTinh, Ruling: RulingAccepted, Number: "1"}, ""},
	} {
		b := book()
		c.setup(&b)
		if err := CheckDecision(b, c.d); codeOf(err) != c.err {
			t.Errorf("%s: %v, want %q", c.name, err, c.err)
		}
	}
}

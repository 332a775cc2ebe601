package people

import (
	"fmt"
	"strings"
	"testing"
)

const thisYear = 2026

// fixture is a unit "u1" of ten people and a unit "u2" of three, every one
// registered for "Chiến sĩ thi đua cơ sở" (which covers "Lao động tiên
// tiến") and rated "Hoàn thành tốt nhiệm vụ" this year; cases change what
// they test.
type fixture struct{ in Input }

var fixtureNames = []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em",
	"Đỗ Thị Giang", "Vũ Văn Hải", "Bùi Thị Khánh", "Đặng Văn Long", "Ngô Thị Mai"}

func newFixture() *fixture {
	f := &fixture{in: Input{Period: Period{Year: thisYear, YearEnd: true}, Settings: DefaultSettings()}}
	for i, n := range fixtureNames {
		f.add(fmt.Sprintf("p%d", i+1), "u1", n)
	}
	for i, n := range []string{"Lý Văn Nam", "Mai Thị Oanh", "Cao Văn Phúc"} {
		f.add(fmt.Sprintf("q%d", i+1), "u2", n)
	}
	return f
}

func (f *fixture) add(id, unit, name string) {
	f.in.People = append(f.in.People, Person{ID: id, Unit: unit, Name: name})
	f.in.Registrations = append(f.in.Registrations, Registration{Person: id, Year: thisYear, Forms: []Form{CSTDCS}})
	f.rate(id, thisYear, Good)
}

// rate sets a person's rating for a year (replacing an earlier one).
func (f *fixture) rate(id string, year int, r Rating) *fixture {
	for i, v := range f.in.History.Reviews {
		if v.Person == id && v.Year == year {
			f.in.History.Reviews[i].Rating = r
			return f
		}
	}
	f.in.History.Reviews = append(f.in.History.Reviews, Review{Person: id, Year: year, Rating: r})
	return f
}

// rateYears rates a person r for every year from..to.
func (f *fixture) rateYears(id string, from, to int, r Rating) *fixture {
	for y := from; y <= to; y++ {
		f.rate(id, y, r)
	}
	return f
}

func (f *fixture) award(id string, form Form, years ...int) *fixture {
	for _, y := range years {
		f.in.History.Awards = append(f.in.History.Awards, Award{Person: id, Year: y, Form: form, Decision: fmt.Sprintf("QĐ %d", y)})
	}
	return f
}

func (f *fixture) propose(id string, form Form, ev ...EvidenceKind) *fixture {
	p := Proposal{Person: id, Form: form, Achievement: "Hoàn thành xuất sắc nhiệm vụ được giao"}
	for _, k := range ev {
		p.Evidence = append(p.Evidence, Evidence{Kind: k, Title: "Số hóa hồ sơ người có công"})
	}
	f.in.Proposals = append(f.in.Proposals, p)
	return f
}

// reason records a reason on the last proposal.
func (f *fixture) reason(r string) *fixture {
	f.in.Proposals[len(f.in.Proposals)-1].Reason = r
	return f
}

// outcomes is "p1 LDTT accepted; p1 CSTDCS refused base_merit; …".
func outcomes(vs []Verdict) string {
	var out []string
	for _, v := range vs {
		s := v.Proposal.Person + " " + v.Proposal.Form.Code() + " " + v.Outcome.String()
		for _, fd := range v.Findings {
			if fd.Rule != nil {
				s += " " + fd.Rule.ID
			} else {
				s += " " + fd.Err.Code
			}
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}

func (f *fixture) check(t *testing.T) string {
	t.Helper()
	vs, err := Check(f.in)
	if err != nil {
		t.Fatalf("Check: %v", err)
	}
	for _, v := range vs {
		for _, fd := range v.Findings {
			if fd.Err == nil {
				t.Fatalf("a finding without a message: %+v", v)
			}
		}
	}
	return outcomes(vs)
}

// register replaces a person's registration for this year.
func (f *fixture) register(id string, forms ...Form) *fixture {
	for i, r := range f.in.Registrations {
		if r.Person == id {
			f.in.Registrations[i].Forms = forms
		}
	}
	return f
}

// uncap lifts the ratio, for the cases about other rules.
func (f *fixture) uncap() *fixture {
	f.in.Settings.BaseRatioPercent = 0
	return f
}

package people

import (
	"regexp"
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// Period is what the checker needs of a period: its year and whether it
// is a year's review, the one that gives titles.
type Period struct {
	Year    int
	YearEnd bool
}

// PeriodOf returns the checker's view of a period: the year it ends in
// (or starts in, when it has no end; or the last year its code or label
// names, "2019-H1", "2021-2022", when it has no dates), and whether it is
// more than a half year (a year, or a school year, gives titles).
func PeriodOf(p model.Period) Period {
	y := 0
	switch {
	case !p.Ends.IsZero():
		y = p.Ends.Year()
	case !p.Starts.IsZero():
		y = p.Starts.Year()
	default:
		for _, s := range []string{p.Code, p.Label} {
			if m := yearRE.FindAllString(s, -1); y == 0 && len(m) > 0 {
				y, _ = strconv.Atoi(m[len(m)-1])
			}
		}
	}
	return Period{Year: y, YearEnd: p.Kind != model.HalfYear}
}

var yearRE = regexp.MustCompile(`\b(19|20|21)[0-9]{2}\b`)

// Outcome is the checker's answer for one proposal.
type Outcome int

const (
	// Accepted: every rule is met.
	Accepted Outcome = iota
	// Excepted: a rule is not met but its text allows the exception the
	// proposal's recorded reason claims; the reason goes with the file.
	Excepted
	// Refused: a rule is not met; the finding names it.
	Refused
)

var outcomeNames = [...]string{"accepted", "excepted", "refused"}

// String returns "accepted", "excepted" or "refused".
func (o Outcome) String() string {
	if o >= 0 && int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return "?"
}

// Localize implements i18n.Localizer.
func (o Outcome) Localize(l i18n.Lang) string { return i18n.T(l, "outcome_people."+o.String()) }

// Finding is one rule a proposal did not meet, or one thing wrong with
// its data (Rule is nil then). Err is the message people read: it names
// the rule's source first.
type Finding struct {
	Rule     *Rule
	Excepted bool
	Err      *model.Error
}

// Verdict is the checker's answer for one proposal, with every finding.
type Verdict struct {
	Proposal Proposal
	Outcome  Outcome
	Findings []Finding
}

// Input is everything the checker reads: one or several units' people,
// what they hold about them, this period's registrations and proposals
// (in each unit's order of priority: where a ratio caps a title, the
// first proposals are kept) and the bloc's settings.
type Input struct {
	Period        Period
	People        []Person
	History       History
	Registrations []Registration
	Proposals     []Proposal
	Settings      Settings
}

// stages is the order proposals are checked in: a title after the one it
// rests on, certificates from the highest, so that of two certificates
// for one achievement the lower is the one refused.
var stages = []Form{LDTT, CSTDCS, CSTDTinh, CSTDTQ, BKTTg, BKTinh, GiayKhen}

// Check checks this period's proposals against the rules and returns a
// verdict for each, in the order given. It fails only on settings or a
// period that cannot be used; everything wrong with a proposal is in its
// verdict.
func Check(in Input) ([]Verdict, error) {
	if err := in.Settings.Validate(); err != nil {
		return nil, err
	}
	if err := validYear(in.Period.Year); err != nil {
		return nil, err
	}
	c := newChecker(in)
	out := make([]Verdict, len(in.Proposals))
	for i, p := range in.Proposals {
		out[i] = Verdict{Proposal: p}
	}
	seen := map[string]bool{}
	for i, p := range in.Proposals {
		if f := c.data(p, seen); f != nil {
			out[i].Findings = append(out[i].Findings, *f)
			out[i].Outcome = Refused
		}
	}
	for _, stage := range stages {
		for i, p := range in.Proposals {
			if p.Form != stage || out[i].Outcome == Refused {
				continue
			}
			out[i].Findings = c.rules(p)
			out[i].Outcome = outcomeOf(out[i].Findings)
			if out[i].Outcome != Refused {
				c.grant(p)
			}
		}
	}
	return out, nil
}

func outcomeOf(fs []Finding) Outcome {
	o := Accepted
	for _, f := range fs {
		if !f.Excepted {
			return Refused
		}
		o = Excepted
	}
	return o
}

// Message returns the first refusal of a verdict (or its first
// exception), for a one-line answer; nil when it was accepted cleanly.
func (v *Verdict) Message() *model.Error {
	for _, f := range v.Findings {
		if !f.Excepted {
			return f.Err
		}
	}
	if len(v.Findings) > 0 {
		return v.Findings[0].Err
	}
	return nil
}

// checker holds what the rules look up.
type checker struct {
	in      Input
	people  map[string]Person
	held    map[string]map[int]map[Form]bool // person → year → forms held or granted
	ratings map[string]map[int]Review        // person → year → review
	regs    map[string]map[Form]bool         // person → titles registered this year
	base    map[string]int                   // unit → "Chiến sĩ thi đua cơ sở" granted
	certs   map[string]Form                  // person → certificate granted this period
	ldtt    map[string]int                   // unit → "Lao động tiên tiến" this year, once counted
}

func newChecker(in Input) *checker {
	c := &checker{in: in, people: map[string]Person{}, held: map[string]map[int]map[Form]bool{},
		ratings: map[string]map[int]Review{}, regs: map[string]map[Form]bool{}, base: map[string]int{}, certs: map[string]Form{}}
	for _, p := range in.People {
		c.people[p.ID] = p
	}
	for _, a := range in.History.Awards {
		c.hold(a.Person, a.Year, a.Form)
	}
	for _, r := range in.History.Reviews {
		if c.ratings[r.Person] == nil {
			c.ratings[r.Person] = map[int]Review{}
		}
		c.ratings[r.Person][r.Year] = r
	}
	for _, r := range in.Registrations {
		if r.Year != in.Period.Year {
			continue
		}
		if c.regs[r.Person] == nil {
			c.regs[r.Person] = map[Form]bool{}
		}
		for _, f := range r.Forms {
			c.regs[r.Person][f] = true
		}
	}
	return c
}

func (c *checker) hold(person string, year int, f Form) {
	if c.held[person] == nil {
		c.held[person] = map[int]map[Form]bool{}
	}
	if c.held[person][year] == nil {
		c.held[person][year] = map[Form]bool{}
	}
	c.held[person][year][f] = true
}

func (c *checker) has(person string, year int, f Form) bool { return c.held[person][year][f] }

// grant records a proposal that passed, for the rules of the next ones.
func (c *checker) grant(p Proposal) {
	c.hold(p.Person, c.in.Period.Year, p.Form)
	switch {
	case p.Form == CSTDCS:
		c.base[c.people[p.Person].Unit]++
	case !p.Form.Title():
		if _, ok := c.certs[p.Person]; !ok {
			c.certs[p.Person] = p.Form
		}
	}
}

// data refuses a proposal whose data is wrong: an unknown person, a
// proposal that does not validate, the same form twice.
func (c *checker) data(p Proposal, seen map[string]bool) *Finding {
	person, ok := c.people[p.Person]
	if !ok {
		return &Finding{Err: model.Errorf(EUnknownPerson, p.Person)}
	}
	if err := p.Validate(); err != nil {
		return &Finding{Err: model.Errorf(EInvalid, person.Name, err)}
	}
	key := p.Person + "|" + p.Form.Code()
	if seen[key] {
		return &Finding{Err: model.Errorf(EDuplicate, person.Name, p.Form)}
	}
	seen[key] = true
	return nil
}

// refuse is a finding of rule r: "<source>: <what is wrong and what to
// do>". It is excepted when the rule allows it and the proposal records
// a reason.
func refuse(r Rule, p Proposal, id string, args ...any) Finding {
	detail := model.Errorf(id, args...)
	if r.Exception && strings.TrimSpace(p.Reason) != "" {
		return Finding{Rule: &r, Excepted: true, Err: model.Errorf("nominee_check.excepted", r.Source, detail, p.Reason)}
	}
	return Finding{Rule: &r, Err: model.Errorf("nominee_check.refused", r.Source, detail)}
}

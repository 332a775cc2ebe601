package people

import (
	"strings"
	"unicode/utf8"

	"thidua/model"
)

// Limits of what a proposal carries: the achievement is the one line the
// list prints; the reason of an exception is a sentence.
const (
	MaxAchievement = 300
	MaxReason      = 500
	MaxEvidence    = 10
	MinYear        = 2000
	MaxYear        = 2100
)

// Registration is what a person registers for at the start of a year
// ("đăng ký thi đua"): the emulation titles they aim at.
//
// Invariants (Validate): Person is set; Year is from MinYear to MaxYear;
// Forms holds at least one form, each a title (Form.Title), none twice.
type Registration struct {
	Person string // Person.ID
	Year   int
	Forms  []Form
}

// Validate checks a registration.
func (r *Registration) Validate() error {
	if strings.TrimSpace(r.Person) == "" {
		return model.Errorf(EUnknownPerson, "")
	}
	if err := validYear(r.Year); err != nil {
		return err
	}
	if len(r.Forms) == 0 {
		return model.Errorf(ENoForms)
	}
	seen := map[Form]bool{}
	for _, f := range r.Forms {
		switch {
		case !f.Valid():
			return model.Errorf(EFormUnknown, f.Code())
		case !f.Title():
			return model.Errorf(ENotATitle, f)
		case seen[f]:
			return model.Errorf(EDupForm, f)
		}
		seen[f] = true
	}
	return nil
}

// EvidenceKind is what backs a proposal where a rule asks for more than
// the year's rating.
type EvidenceKind int

const (
	// Initiative is a "sáng kiến" recognised by the competent level.
	Initiative EvidenceKind = iota + 1
	// Research is a scientific topic, scheme or work accepted ("đề tài,
	// đề án, công trình khoa học và công nghệ đã được nghiệm thu").
	Research
)

// Evidence is an initiative or a piece of research a proposal rests on.
type Evidence struct {
	Kind  EvidenceKind
	Title string // "Số hóa hồ sơ trợ cấp ưu đãi"
	Ref   string // the decision recognising it: "QĐ 12/QĐ-UBND ngày 05/11/2026"; may be empty
}

// Proposal proposes one person for one form in one period.
//
// Invariants (Validate): Person is set; Form is valid; Achievement is
// clean text of 1 to MaxAchievement characters (the one line the list
// prints); every Evidence has a kind and a title, at most MaxEvidence of
// them; Reason, the recorded reason for an exception a rule allows, is
// clean text of at most MaxReason characters.
type Proposal struct {
	Person      string // Person.ID
	Form        Form
	Achievement string
	Evidence    []Evidence
	Reason      string
}

// Validate checks a proposal.
func (p *Proposal) Validate() error {
	if strings.TrimSpace(p.Person) == "" {
		return model.Errorf(EUnknownPerson, "")
	}
	if !p.Form.Valid() {
		return model.Errorf(EFormUnknown, p.Form.Code())
	}
	if err := lineOf(p.Achievement, MaxAchievement, ENoAchievement, EAchievementLong); err != nil {
		return err
	}
	if len(p.Evidence) > MaxEvidence {
		return model.Errorf(ETooManyEvidences, MaxEvidence)
	}
	for _, e := range p.Evidence {
		if e.Kind != Initiative && e.Kind != Research {
			return model.Errorf(EEvidenceKind)
		}
		if err := lineOf(e.Title, MaxAchievement, EEvidenceNoTitle, EAchievementLong); err != nil {
			return err
		}
		if e.Ref != Clean(e.Ref) {
			return model.Errorf(EBadText, e.Ref)
		}
	}
	if p.Reason != Clean(p.Reason) {
		return model.Errorf(EBadText, p.Reason)
	}
	if utf8.RuneCountInString(p.Reason) > MaxReason {
		return model.Errorf(EReasonLong, MaxReason)
	}
	return nil
}

// lineOf checks one line of text: clean, present, not too long.
func lineOf(s string, limit int, empty, long string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return model.Errorf(empty)
	case s != Clean(s):
		return model.Errorf(EBadText, s)
	case utf8.RuneCountInString(s) > limit:
		return model.Errorf(long, limit)
	}
	return nil
}

func validYear(y int) error {
	if y < MinYear || y > MaxYear {
		return model.Errorf(EBadYear, y)
	}
	return nil
}

// Award is a title or certificate a person received: in an earlier year,
// or this year once decided. It is data the unit holds, with the decision
// that gave it.
type Award struct {
	Person   string
	Year     int
	Form     Form
	Decision string // "Quyết định số 512/QĐ-UBND ngày 20/01/2026"; may be empty
}

// Validate checks an award.
func (a *Award) Validate() error {
	if strings.TrimSpace(a.Person) == "" {
		return model.Errorf(EUnknownPerson, "")
	}
	if !a.Form.Valid() {
		return model.Errorf(EFormUnknown, a.Form.Code())
	}
	if a.Decision != Clean(a.Decision) {
		return model.Errorf(EBadText, a.Decision)
	}
	return validYear(a.Year)
}

// Review is a person's yearly review: the rating, and for someone
// recruited during the year, the months served by its end.
type Review struct {
	Person string
	Year   int
	Rating Rating
	// MonthsServed is the months of service by the end of the year of
	// someone recruited during it (1 to 11); 0 for a full year or more.
	// Time the circular counts as service is included: treatment of
	// wounds from combat or a brave act, and training of under a year.
	MonthsServed int
}

// Validate checks a review.
func (r *Review) Validate() error {
	if strings.TrimSpace(r.Person) == "" {
		return model.Errorf(EUnknownPerson, "")
	}
	if r.Rating < RatingUnknown || r.Rating >= ratingEnd {
		return model.Errorf(EBadRating)
	}
	if r.MonthsServed < 0 || r.MonthsServed > 11 {
		return model.Errorf(EBadMonths, r.MonthsServed)
	}
	return validYear(r.Year)
}

// History is what a unit holds about its people beyond this period's
// proposals: the titles and certificates they received and their yearly
// reviews, this year's included.
type History struct {
	Awards  []Award
	Reviews []Review
}

package people

import (
	"sort"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// ListRow is one line of the printed "Danh sách đề nghị khen thưởng cá
// nhân": STT, họ và tên, chức vụ, đơn vị, hình thức đề nghị, thành tích.
type ListRow struct {
	No          int // numbered from 1 in each group
	Name        string
	Position    string
	Unit        string
	Form        string // the form as the bloc prints it
	Achievement string
	// Evidence lists the initiatives and research the proposal rests on,
	// for the lists that print them under the achievement.
	Evidence string
	// Reason is the recorded reason of an accepted exception.
	Reason string
	// Outcome is the province's decision where it came back (Result),
	// "" before.
	Outcome string
}

// ListGroup is the rows of one form under its heading ("I. Danh hiệu
// “Chiến sĩ thi đua cơ sở”").
type ListGroup struct {
	Form    Form
	Heading string
	Rows    []ListRow
}

// ListOptions say how a list is printed.
type ListOptions struct {
	Lang i18n.Lang
	// Units are the units' printed names by id.
	Units map[string]string
	// ByUnit keeps each unit's people together within a form, units in
	// Vietnamese order of their names: the bloc's list. Otherwise people
	// are in office order of their names: a unit's list.
	ByUnit bool
	// Decisions are the province's decisions on the proposals, by
	// DecisionKey: a list with any prints them in a column of its own.
	Decisions map[string]Decision
}

// DecisionKey is a proposal's key among ListOptions.Decisions.
func DecisionKey(person string, f Form) string { return person + "|" + f.Code() }

// Listed returns the proposals a list prints: those accepted, with or
// without an exception, in the order given.
func Listed(vs []Verdict) []Proposal {
	var out []Proposal
	for _, v := range vs {
		if v.Outcome != Refused {
			out = append(out, v.Proposal)
		}
	}
	return out
}

// List returns the rows of the list of nominees, grouped by form in the
// order of AllForms (titles from the highest, then certificates), each
// group sorted as offices sort it. Proposals of unknown people are left
// out (Check refuses them).
func List(ps []Person, props []Proposal, s Settings, opt ListOptions) []ListGroup {
	byID := make(map[string]Person, len(ps))
	for _, p := range ps {
		byID[p.ID] = p
	}
	var out []ListGroup
	for _, f := range AllForms() {
		var rows []listed
		for _, pr := range props {
			if p, ok := byID[pr.Person]; ok && pr.Form == f {
				rows = append(rows, listed{p, pr})
			}
		}
		if len(rows) == 0 {
			continue
		}
		sortListed(rows, opt)
		g := ListGroup{Form: f, Heading: groupHeading(f, len(out)+1, s, opt.Lang)}
		for i, r := range rows {
			g.Rows = append(g.Rows, ListRow{No: i + 1, Name: r.p.Name, Position: r.p.Position, Unit: opt.Units[r.p.Unit],
				Form: s.Label(f, opt.Lang), Achievement: r.pr.Achievement, Evidence: evidenceText(r.pr.Evidence, opt.Lang),
				Reason: r.pr.Reason, Outcome: opt.outcome(r.pr, opt.Lang)})
		}
		out = append(out, g)
	}
	return out
}

// outcome is the province's decision on pr as the list prints it.
func (opt ListOptions) outcome(pr Proposal, l i18n.Lang) string {
	if d, ok := opt.Decisions[DecisionKey(pr.Person, pr.Form)]; ok {
		return d.Result(l)
	}
	return ""
}

type listed struct {
	p  Person
	pr Proposal
}

func sortListed(rows []listed, opt ListOptions) {
	names, units := NewNameOrder(), model.NewCollator()
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i].p, rows[j].p
		if opt.ByUnit && a.Unit != b.Unit {
			if c := units.Compare(opt.Units[a.Unit], opt.Units[b.Unit]); c != 0 {
				return c < 0
			}
			return a.Unit < b.Unit
		}
		return names.less(a, b)
	})
}

// groupHeading is "I. Danh hiệu “…”" for a title, "V. …" for a
// certificate.
func groupHeading(f Form, n int, s Settings, l i18n.Lang) string {
	id := "nominee_list.group_certificate"
	if f.Title() {
		id = "nominee_list.group_title"
	}
	return i18n.T(l, id, roman(n), s.Label(f, l))
}

func evidenceText(es []Evidence, l i18n.Lang) string {
	parts := make([]string, 0, len(es))
	for _, e := range es {
		id := "nominee_list.evidence_initiative"
		if e.Kind == Research {
			id = "nominee_list.evidence_research"
		}
		if e.Ref != "" {
			parts = append(parts, i18n.T(l, id+"_ref", e.Title, e.Ref))
		} else {
			parts = append(parts, i18n.T(l, id, e.Title))
		}
	}
	return strings.Join(parts, "; ")
}

// ListColumns returns the column headings of the list in language l,
// with the province's decisions' column when outcome.
func ListColumns(l i18n.Lang, outcome bool) []string {
	ids := []string{"nominee_list.col_no", "nominee_list.col_name", "nominee_list.col_position", "nominee_list.col_unit", "nominee_list.col_form", "nominee_list.col_achievement"}
	if outcome {
		ids = append(ids, "nominee_list.col_outcome")
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = i18n.T(l, id)
	}
	return out
}

// roman writes 1 to 39 in Roman numerals, as list headings number groups.
func roman(n int) string {
	if n <= 0 || n >= 40 {
		return "?"
	}
	ones := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	return strings.Repeat("X", n/10) + ones[n%10]
}

package sheet

import (
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/people"
)

// The lists of individuals proposed for awards ("danh sách đề nghị khen
// thưởng cá nhân"), in the form offices use: STT, họ và tên, chức vụ, đơn
// vị, hình thức đề nghị, thành tích; grouped by form (titles first, then
// certificates from the highest), numbered within each group, names in
// Vietnamese order. Each unit's list is signed by its head; the bloc's
// list holds what the bloc proposes to the province and is signed by the
// leader.

// onePageNominees is the most proposals a list prints on one page.
const onePageNominees = 16

// nomineeLayout is the list's columns, landscape: the achievement widest;
// decidedLayout adds the province's decisions beside it, the other
// columns narrower so that the page keeps its scale.
var (
	nomineeLayout = layout{widths: []float64{6, 24, 20, 28, 24, 44}, split: 3}
	decidedLayout = layout{widths: []float64{5, 22, 16, 24, 22, 36, 28}, split: 3}
)

// unitNomineeSheets writes each unit's list, units in Vietnamese order,
// those without proposals left out.
func (b *book) unitNomineeSheets(d *reportData) ([]string, error) {
	var names []string
	for _, u := range sortedUnits(d.res) {
		var props []people.Proposal
		for _, n := range d.book.Nominees {
			if d.personUnit[n.Person] == u.ID {
				props = append(props, n.Proposal)
			}
		}
		if len(props) == 0 {
			continue
		}
		name, err := b.nomineeSheet(d, nomineeDoc{unit: u, props: props, sheet: b.t("nominee_sheet.unit_sheet", nonEmpty(u.ShortName, u.Code))})
		if err != nil {
			return nil, err
		}
		names = append(names, name)
	}
	return names, nil
}

// blocNomineeSheet writes the bloc's list: the proposals its leader
// marked to go up to the province, every unit's.
func (b *book) blocNomineeSheet(d *reportData) (string, error) {
	return b.nomineeSheet(d, nomineeDoc{props: d.book.Upward(), sheet: b.t("nominee_sheet.bloc_sheet")})
}

// nomineeDoc is one list: a unit's (unit set) or the bloc's.
type nomineeDoc struct {
	unit  model.Unit
	props []people.Proposal
	sheet string
}

func (b *book) nomineeSheet(d *reportData, doc nomineeDoc) (string, error) {
	decided := decisionsOf(d.book, doc.props)
	l := nomineeLayout
	if len(decided) > 0 {
		l = decidedLayout
	}
	name, err := b.addSheet(doc.sheet, l.widths)
	if err != nil {
		return "", err
	}
	head := docHead{issuer: d.res.Bloc.Name, title: b.t("nominee_list.title"), lines: []string{d.res.Period.Label}}
	place := d.place()
	if doc.unit.ID != "" {
		head.superior, head.issuer = d.res.Bloc.Name, doc.unit.Name
		head.lines = append(head.lines, b.t("sheet.line.unit", doc.unit.Name))
		place = doc.unit.ShortName
	} else {
		head.lines = append(head.lines, b.t("nominee_sheet.bloc_line"))
	}
	row, err := b.titleBlock(name, l, head)
	if err != nil {
		return "", err
	}
	top := row
	if err := b.tableHead(name, top, people.ListColumns(b.lang, len(decided) > 0), -1, -1); err != nil {
		return "", err
	}
	row++
	// The bloc's list names each unit in full; a unit's own list, whose
	// head names it, by its short name.
	units := map[string]string{}
	for id, u := range d.res.Units {
		units[id] = u.Name
		if doc.unit.ID != "" {
			units[id] = nonEmpty(u.ShortName, u.Name)
		}
	}
	groups := people.List(d.book.People, doc.props, d.book.Settings, people.ListOptions{Lang: b.lang, Units: units,
		ByUnit: doc.unit.ID == "", Decisions: decided})
	total := 0
	for _, g := range groups {
		if err := b.spanBalanced(name, row, 0, l.last(), g.Heading, look{border: true, bold: true, wrap: true, digits: -1}); err != nil {
			return "", err
		}
		b.keepTogether(name, row, row+1) // a group's heading never ends a page
		row++
		for _, r := range g.Rows {
			if err := b.nomineeRow(name, row, r, len(decided) > 0); err != nil {
				return "", err
			}
			row++
			total++
		}
	}
	first := row
	if err := b.span(name, row, 0, l.last(), b.t("nominee_sheet.total", total), look{italic: true, wrap: true, digits: -1}); err != nil {
		return "", err
	}
	left := signer{titles: []string{b.t("sheet.preparer")}, note: b.t("sheet.sign_name")}
	right := signer{titles: []string{b.t("sheet.unit_head")}, note: b.t("sheet.sign_seal")}
	if doc.unit.ID == "" {
		right = signer{titles: []string{b.t("sheet.for_bloc"), b.t("sheet.bloc_leader")}, note: b.t("sheet.sign_seal")}
	}
	end, err := b.signatures(name, l, row+2, b.dateLine(place, d.opt.Date), left, right)
	if err != nil {
		return "", err
	}
	b.keepTogether(name, first-1, end-1) // the last person, the count and the signatures
	// A short list prints on one page with its signatures, scaled down if
	// need be but still readable; a long one runs over pages with its
	// header repeated.
	spec := pageSpec{landscape: true, head0: top, head1: top, end: end, onePage: total <= onePageNominees}
	return name, b.finish(name, b.readable(name, spec))
}

// decisionsOf are the province's decisions on a list's proposals.
func decisionsOf(bk people.Book, props []people.Proposal) map[string]people.Decision {
	listed := map[string]bool{}
	for _, p := range props {
		listed[people.DecisionKey(p.Person, p.Form)] = true
	}
	out := map[string]people.Decision{}
	for _, n := range bk.Nominees {
		if key := people.DecisionKey(n.Person, n.Form); n.Decision != nil && listed[key] {
			out[key] = *n.Decision
		}
	}
	return out
}

// nomineeRow writes one person: the achievement with the initiative or
// research it rests on, and the reason of an exception the rule allowed;
// with outcome, the province's decision.
func (b *book) nomineeRow(sheet string, row int, r people.ListRow, outcome bool) error {
	achievement := r.Achievement
	if r.Evidence != "" {
		achievement += "\n" + r.Evidence
	}
	if r.Reason != "" {
		achievement += "\n" + b.t("nominee_sheet.reason", r.Reason)
	}
	cells := []struct {
		text string
		lk   look
	}{{strconv.Itoa(r.No), lookCenter}, {r.Name, lookText}, {r.Position, lookText}, {r.Unit, lookText}, {r.Form, lookText},
		{strings.TrimSpace(achievement), lookText}}
	if outcome {
		cells = append(cells, struct {
			text string
			lk   look
		}{r.Outcome, lookText})
	}
	for c, cell := range cells {
		if err := b.put(sheet, row, c, cell.text, cell.lk); err != nil {
			return err
		}
	}
	return nil
}

package sheet

import (
	"cmp"
	"math"
	"strings"

	"thidua/model"
)

// summarySheet writes the bloc's summary ("bảng tổng hợp kết quả chấm
// điểm, xếp hạng thi đua"): one row per unit in ranking order with its
// self-score total, the points it ranks on (criteria, bonus, deductions,
// total), its rank, the votes it received where a ballot is recorded, the
// award proposed and the remarks the meeting needs (ties and how they were
// broken, units not reviewed or not ranked, ballot results); then the
// ballot counts, the place and date, and the signatures.
func (b *book) summarySheet(d *reportData) (string, error) {
	r := d.res
	var ballots []model.AwardRule
	for _, a := range r.Rules.Awards {
		if _, ok := r.Ballots[a.Code]; ok {
			ballots = append(ballots, a)
		}
	}
	all := r.Ranking.All()
	texts := make([]rowTexts, len(all))
	for i, p := range all {
		texts[i] = rowTexts{name: r.Units[p.UnitID].Name,
			proposal: r.Proposals.Describe(b.lang, p.UnitID, r.Rules.Awards, shortNames(r, false)),
			remarks:  b.remarks(d, p, ballots, len(d.sheets[p.UnitID].Rows) > 0)}
	}
	l, landscape := fitSummary(r, texts, len(ballots), len(all) <= onePageUnits)
	name, err := b.addSheet(cmp.Or(d.sheetName, b.t("sheet.name.summary")), l.widths)
	if err != nil {
		return "", err
	}
	row, err := b.titleBlock(name, l, docHead{issuer: r.Bloc.Name, title: b.t("sheet.title.summary"),
		lines: []string{r.Period.Label, b.t("sheet.line.basis")}})
	if err != nil {
		return "", err
	}
	head := row
	if err := b.summaryHeader(name, head, ballots, l); err != nil {
		return "", err
	}
	row = head + 2
	for i, p := range all {
		if err := b.summaryRow(name, row, i+1, d, p, ballots, texts[i]); err != nil {
			return "", err
		}
		row++
	}
	first := row - 2
	row++
	for _, a := range ballots {
		if err := b.span(name, row, 0, l.last(), b.ballotLine(d, a), lookLine); err != nil {
			return "", err
		}
		row++
	}
	end, err := b.signatures(name, l, row+1, b.dateLine(d.place(), d.opt.Date),
		signer{titles: []string{b.t("sheet.preparer")}, note: b.t("sheet.sign_name")},
		signer{titles: []string{b.t("sheet.for_bloc"), b.t("sheet.bloc_leader")}, note: b.t("sheet.sign_seal")})
	if err != nil {
		return "", err
	}
	b.keepTogether(name, first, end-1)
	spec := pageSpec{landscape: landscape, head0: head, head1: head + 1, end: end, onePage: len(all) <= onePageUnits}
	return name, b.finish(name, spec)
}

// rowTexts are the texts of a unit's row of the summary that wrap.
type rowTexts struct{ name, proposal, remarks string }

// onePageUnits is the most units whose summary is printed on one page with
// its signatures; a longer one runs over pages with its header repeated.
const onePageUnits = 30

// summaryLayout gives the summary's columns: the name wide enough for the
// longest name on the given number of lines (within bounds), the points,
// one column of votes per ballot, then the proposal and the remarks,
// widened by extra. The issuing body and the preparer's signature take
// the left two fifths, the motto and the leader's signature the rest.
func summaryLayout(r model.PeriodResult, ballots, nameLines int, extra float64) layout {
	nameW := 24.0
	for _, u := range r.Units {
		need := textWidth(u.Name, face{size: bodySize})/float64(nameLines)/(excelPointsPerWidth*wrapSlack) + 2
		nameW = math.Max(nameW, math.Min(64, math.Ceil(need)))
	}
	l := layout{widths: []float64{5, nameW, 8, 8, 8, 8, 8, 7}}
	for range ballots {
		l.widths = append(l.widths, 12)
	}
	l.widths = append(l.widths, 18+math.Floor(extra*0.45), 20+math.Ceil(extra*0.55))
	for l.split = 1; l.width(0, l.split-1) < 0.4*l.width(0, l.last()); l.split++ {
	}
	return l
}

// summaryOverhead is about the height of the summary outside its unit
// rows: the title, the header, the signatures (in points).
const summaryOverhead = 380.0

// fitSummary chooses the summary's columns and orientation so that it
// prints as large as it can: on one page (names on one line or two, wider
// remarks for shorter rows, the page turned upright for a long table), or,
// when it runs over pages, at the largest scale the page's width allows.
func fitSummary(r model.PeriodResult, texts []rowTexts, ballots int, onePage bool) (layout, bool) {
	best, bestScale, landscape := layout{}, -1.0, true
	for nameLines := 2; nameLines >= 1; nameLines-- {
		for extra := 0.0; extra <= 48; extra += 4 {
			l := summaryLayout(r, ballots, nameLines, extra)
			h := summaryOverhead + 20*float64(ballots)
			for _, t := range texts {
				h += summaryRowHeight(l, t)
			}
			w := l.width(0, l.last()) * widePointsPerWidth
			for _, wide := range []bool{true, false} {
				pw, ph := pageSpec{landscape: wide}.printable()
				scale := math.Min(1, pw/w)
				if onePage {
					scale = math.Min(scale, ph/h)
				}
				if scale > bestScale+0.005 {
					best, bestScale, landscape = l, scale, wide
				}
			}
		}
	}
	return best, landscape
}

// summaryRowHeight is the height of a unit's row in layout l.
func summaryRowHeight(l layout, t rowTexts) float64 {
	h := 0.0
	for _, c := range []struct {
		text string
		col  int
	}{{t.name, 1}, {t.proposal, l.last() - 1}, {t.remarks, l.last()}} {
		h = math.Max(h, lineHeight(bodySize, lineCount(c.text, textRoom(l.widths[c.col], 0), face{size: bodySize})))
	}
	return h
}

// summaryHeader writes the two header rows of the summary.
func (b *book) summaryHeader(sheet string, row int, ballots []model.AwardRule, l layout) error {
	h := header{tall: map[int]string{0: b.t("sheet.col.no"), 1: b.t("sheet.col.unit"), 2: b.t("sheet.col.self_total"),
		7: b.t("sheet.col.rank"), l.last() - 1: b.t("sheet.col.proposal"), l.last(): b.t("sheet.col.remarks")},
		over: b.t("sheet.col.result"), from: 3, to: 6, sub: map[int]string{}}
	for i, id := range []string{"sheet.col.standard", "sheet.col.bonus", "sheet.col.deduction", "sheet.col.total"} {
		h.sub[3+i] = b.t(id)
	}
	for i, a := range ballots {
		h.tall[8+i] = b.t("sheet.col.votes", a.Name)
	}
	return b.header(sheet, row, h)
}

// summaryRow writes one unit's row. A unit without any score keeps its
// point cells blank.
func (b *book) summaryRow(sheet string, row, n int, d *reportData, p model.Position, ballots []model.AwardRule, t rowTexts) error {
	r := d.res
	scored := len(d.sheets[p.UnitID].Rows) > 0
	if err := b.putInt(sheet, row, 0, n, look{border: true}); err != nil {
		return err
	}
	if err := b.spanBalanced(sheet, row, 1, 1, t.name, lookText); err != nil {
		return err
	}
	values := []model.Points{r.Self[p.UnitID].Total, p.Totals.Standard, p.Totals.Bonus, -p.Totals.Deduction, p.Totals.Total}
	for i, v := range values {
		lk := look{border: true, bold: i == len(values)-1}
		var err error
		if scored && (i > 0 || has(d.sheets[p.UnitID], model.StageSelf)) {
			err = b.putPoints(sheet, row, 2+i, v, lk)
		} else {
			err = b.put(sheet, row, 2+i, "", lookCenter)
		}
		if err != nil {
			return err
		}
	}
	var err error
	if p.Rank > 0 {
		err = b.putInt(sheet, row, 7, p.Rank, look{border: true, bold: true})
	} else {
		err = b.put(sheet, row, 7, "", lookCenter)
	}
	if err != nil {
		return err
	}
	for i, a := range ballots {
		votes, ok := r.Votes[a.Code][p.UnitID]
		if ok {
			err = b.putInt(sheet, row, 8+i, votes, look{border: true})
		} else {
			err = b.put(sheet, row, 8+i, "", lookCenter)
		}
		if err != nil {
			return err
		}
	}
	last := len(b.rows(sheet).cols) - 1
	if err := b.put(sheet, row, last-1, t.proposal, lookText); err != nil {
		return err
	}
	return b.put(sheet, row, last, t.remarks, lookText)
}

// remarks says what the meeting must know of a unit's place: why it is not
// ranked, a shared rank, how a tie on total was broken, remarks on its
// scores (not reviewed by the bloc, reviewed by the leader itself), and how
// its ballots went.
func (b *book) remarks(d *reportData, p model.Position, ballots []model.AwardRule, scored bool) string {
	var out []string
	switch {
	case !scored:
		out = append(out, b.t("sheet.note.no_sheet"))
		if p.NotRanked != nil && p.NotRanked.Code != model.RankNoSubmission {
			out = append(out, p.NotRanked.Localize(b.lang))
		}
	case p.NotRanked != nil:
		out = append(out, p.NotRanked.Localize(b.lang))
	}
	if p.Tied {
		out = append(out, b.t("sheet.note.tied", p.Rank))
	}
	if p.Above != nil && p.Above.Kind != model.ByTotal && p.Above.Kind != model.Tied {
		why := *p.Above // printed with names, not codes
		names := shortNames(d.res, true)
		why.Upper, why.Lower = names[why.Upper], names[why.Lower]
		out = append(out, why.Localize(b.lang))
	}
	for _, f := range p.Flags {
		out = append(out, capitalize(f.Localize(b.lang)))
	}
	r := d.res
	for _, a := range ballots {
		votes, ok := r.Votes[a.Code][p.UnitID]
		if !ok {
			continue
		}
		base := voteBase(r, a)
		id := "sheet.vote.fail"
		if a.Threshold.Pass(votes, base) {
			id = "sheet.vote.pass"
		}
		out = append(out, b.t(id, a.Name, votes, base))
	}
	return strings.Join(out, "\n")
}

// members counts the bloc's active units, the base of a vote of "all
// members".
func members(r model.PeriodResult) int {
	n := 0
	for _, u := range r.Units {
		if u.Status == model.Active {
			n++
		}
	}
	return n
}

// ballotLine reports a secret ballot's counts and what it took to pass.
func (b *book) ballotLine(d *reportData, a model.AwardRule) string {
	bt := d.res.Ballots[a.Code]
	return b.t("sheet.ballot", a.Name, bt.Issued, bt.Returned, bt.Valid, bt.Invalid, b.thresholdText(a), b.baseText(a),
		voteBase(d.res, a))
}

// shortNames maps units (by id, or by code) to the names a printed page
// calls them by: "Sông Cầu" rather than SONGCAU.
func shortNames(r model.PeriodResult, byCode bool) map[string]string {
	out := make(map[string]string, len(r.Units))
	for id, u := range r.Units {
		key := id
		if byCode {
			key = u.Code
		}
		out[key] = nonEmpty(u.ShortName, u.Code)
	}
	return out
}

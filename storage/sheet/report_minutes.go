package sheet

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"thidua/model"
)

// minutesSheet writes the minutes of the meeting that reviewed the period
// ("biên bản họp bình xét thi đua") in the form of Nghị định 30/2020: when
// and where, who attended and who was absent, the agreed ranking, each
// secret ballot with its counts and the votes of each unit, the proposals,
// the next period's leader and deputy, and the signatures of the secretary
// and the chair. What the meeting record lacks is left as a dotted line to
// fill in by hand.
func (b *book) minutesSheet(d *reportData) (string, error) {
	r := d.res
	l := letterLayout()
	name, err := b.addSheet(b.t("sheet.name.minutes"), l.widths)
	if err != nil {
		return "", err
	}
	row, err := b.titleBlock(name, l, docHead{issuer: r.Bloc.Name, number: b.t("sheet.number", b.t("minutes.code")),
		title: b.t("minutes.title"), subject: b.t("minutes.subject"), lines: []string{r.Period.Label}})
	if err != nil {
		return "", err
	}
	steps := []func(string, layout, int, *reportData) (int, error){
		b.minutesOpening, b.minutesRanking, b.minutesBallots, b.minutesProposals, b.minutesOffices,
	}
	for _, step := range steps {
		if row, err = step(name, l, row, d); err != nil {
			return "", err
		}
	}
	h, m := clockParts(d.meeting.End)
	closing := row
	if row, err = b.paras(name, l, row, lookProse, b.t("minutes.end", h, m)); err != nil {
		return "", err
	}
	end, err := b.signatures(name, l, row+1, "",
		signer{titles: []string{b.t("minutes.secretary_sign")}, note: b.t("sheet.sign_name"), name: personName(d.meeting.Secretary)},
		signer{titles: []string{b.t("minutes.chair_sign")}, note: b.t("sheet.sign_name"), name: personName(d.meeting.Chair)})
	if err != nil {
		return "", err
	}
	b.keepTogether(name, closing, end-1)
	if end, err = b.recipients(name, l, end+1, b.t("sheet.to.province"), b.t("sheet.to.members"), b.t("sheet.to.archive")); err != nil {
		return "", err
	}
	return name, b.finish(name, pageSpec{head0: 0, head1: -1, end: end})
}

// minutesOpening writes when and where the meeting was held and who
// attended: the chair, the secretary, the guests, the member units
// present and those absent with their reasons.
func (b *book) minutesOpening(sheet string, l layout, row int, d *reportData) (int, error) {
	m, r := d.meeting, d.res
	h, min := clockParts(m.Start)
	day, month, year := b.dayParts(m.Date)
	lines := []string{b.t("minutes.time", h, min, day, month, year), b.t("minutes.place", b.orDots(m.Place)),
		b.t("minutes.attendance"), b.t("minutes.chair", b.orDots(m.Chair)), b.t("minutes.secretary", b.orDots(m.Secretary))}
	if m.Guests != "" {
		lines = append(lines, b.t("minutes.guests", m.Guests))
	}
	var present, absent []string
	for _, u := range sortedUnits(r) {
		if u.Status != model.Active {
			continue
		}
		short := nonEmpty(u.ShortName, u.Code)
		if reason, ok := m.AbsentFrom(u.ID); ok {
			if reason != "" {
				short = b.t("minutes.reason", short, reason)
			}
			absent = append(absent, short)
			continue
		}
		present = append(present, short)
	}
	lines = append(lines, b.t("minutes.present", len(present), members(r), strings.Join(present, ", ")))
	if len(absent) > 0 {
		lines = append(lines, b.t("minutes.absent", len(absent), strings.Join(absent, "; ")))
	} else {
		lines = append(lines, b.t("minutes.absent_none"))
	}
	row, err := b.paras(sheet, l, row, lookProse, lines...)
	if err != nil {
		return 0, err
	}
	return b.paras(sheet, l, row, lookProseBold, b.t("minutes.content"))
}

// minutesRanking writes the agreed ranking: each unit with its total and
// rank, and why it shares a rank or is not ranked.
func (b *book) minutesRanking(sheet string, l layout, row int, d *reportData) (int, error) {
	row, err := b.paras(sheet, l, row, lookProseBold, b.t("minutes.ranking_head"))
	if err != nil {
		return 0, err
	}
	if row, err = b.paras(sheet, l, row, lookProse, b.t("minutes.ranking_intro")); err != nil {
		return 0, err
	}
	heads := []string{b.t("sheet.col.no"), b.t("sheet.col.unit"), b.t("sheet.col.total"), b.t("sheet.col.rank"), b.t("sheet.col.remarks")}
	if err := b.tableHead(sheet, row, heads, 4, 5); err != nil {
		return 0, err
	}
	head := row
	row++
	for i, p := range d.res.Ranking.All() {
		var notes []string
		if p.NotRanked != nil {
			notes = append(notes, p.NotRanked.Localize(b.lang))
		}
		if p.Tied {
			notes = append(notes, b.t("sheet.note.tied", p.Rank))
		}
		for _, f := range p.Flags {
			notes = append(notes, capitalize(f.Localize(b.lang)))
		}
		if err := b.unitLine(sheet, row, i+1, d, p, strings.Join(notes, "; ")); err != nil {
			return 0, err
		}
		row++
	}
	b.keepTogether(sheet, head-2, min(row-1, head+2)) // the heading never alone at a page's foot
	return row + 1, nil
}

// tableHead writes a table's header row; the last heading spans columns
// c0..c1.
func (b *book) tableHead(sheet string, row int, heads []string, c0, c1 int) error {
	for c, h := range heads {
		last := c
		if c == c0 {
			last = c1
		}
		if err := b.span(sheet, row, c, last, h, lookHead); err != nil {
			return err
		}
	}
	return nil
}

// unitLine writes a unit's line of the minutes' ranking: its number, name,
// total and rank (blank when not ranked), and a note over the last columns.
func (b *book) unitLine(sheet string, row, n int, d *reportData, p model.Position, note string) error {
	if err := b.putInt(sheet, row, 0, n, look{border: true}); err != nil {
		return err
	}
	if err := b.spanBalanced(sheet, row, 1, 1, d.res.Units[p.UnitID].Name, lookText); err != nil {
		return err
	}
	var err error
	if p.NotRanked == nil {
		if err = b.putPoints(sheet, row, 2, p.Totals.Total, look{border: true}); err == nil {
			err = b.putInt(sheet, row, 3, p.Rank, look{border: true, bold: true})
		}
	} else if err = b.put(sheet, row, 2, "", lookCenter); err == nil {
		err = b.put(sheet, row, 3, "", lookCenter)
	}
	if err != nil {
		return err
	}
	return b.span(sheet, row, 4, 5, note, lookText)
}

// minutesBallots writes each secret ballot: its counts and threshold, then
// the votes of each unit with their share and whether they passed. An
// award that needs a ballot not yet recorded gets a line to fill in.
func (b *book) minutesBallots(sheet string, l layout, row int, d *reportData) (int, error) {
	r := d.res
	row, err := b.paras(sheet, l, row, lookProseBold, b.t("minutes.votes_head"))
	if err != nil {
		return 0, err
	}
	some := false
	for _, a := range r.Rules.Awards {
		bt, recorded := r.Ballots[a.Code]
		if !recorded && !a.VoteRequired {
			continue
		}
		some = true
		if !recorded {
			if row, err = b.paras(sheet, l, row, lookProse, b.t("minutes.ballot_blank", a.Name)); err != nil {
				return 0, err
			}
			continue
		}
		base := voteBase(r, a)
		line := b.t("minutes.ballot", a.Name, bt.Issued, bt.Returned, bt.Valid, bt.Invalid, b.thresholdText(a), b.baseText(a), base)
		if row, err = b.paras(sheet, l, row, lookProse, line); err != nil {
			return 0, err
		}
		if row, err = b.voteTable(sheet, row, d, a, base); err != nil {
			return 0, err
		}
	}
	if !some {
		row, err = b.paras(sheet, l, row, lookProse, b.t("minutes.no_ballot"))
	}
	return row, err
}

// voteTable writes the votes for an award, most votes first.
func (b *book) voteTable(sheet string, row int, d *reportData, a model.AwardRule, base int) (int, error) {
	r := d.res
	type cand struct {
		id    string
		votes int
	}
	var cands []cand
	for id, n := range r.Votes[a.Code] {
		cands = append(cands, cand{id, n})
	}
	slices.SortFunc(cands, func(x, y cand) int {
		ux, uy := r.Units[x.id], r.Units[y.id]
		return cmp.Or(y.votes-x.votes, strings.Compare(ux.SortName(), uy.SortName()))
	})
	heads := []string{b.t("sheet.col.no"), b.t("sheet.col.unit"), b.t("proposal.col.votes"), b.t("proposal.col.share"),
		b.t("minutes.col.result")}
	if err := b.tableHead(sheet, row, heads, 4, 5); err != nil {
		return 0, err
	}
	row++
	for i, c := range cands {
		result := b.t("minutes.fail")
		if a.Threshold.Pass(c.votes, base) {
			result = b.t("minutes.pass")
		}
		if err := b.voteLine(sheet, row, i+1, r.Units[c.id].Name, c.votes, base, result); err != nil {
			return 0, err
		}
		row++
	}
	return row + 1, nil
}

// voteLine writes one unit's votes.
func (b *book) voteLine(sheet string, row, n int, name string, votes, base int, result string) error {
	if err := b.putInt(sheet, row, 0, n, look{border: true}); err != nil {
		return err
	}
	if err := b.spanBalanced(sheet, row, 1, 1, name, lookText); err != nil {
		return err
	}
	if err := b.putInt(sheet, row, 2, votes, look{border: true}); err != nil {
		return err
	}
	if err := b.putPoints(sheet, row, 3, percent(votes, base), look{border: true}); err != nil {
		return err
	}
	return b.span(sheet, row, 4, 5, result, lookCenter)
}

// thresholdText is "trên 1/2" or "từ 2/3 trở lên"; baseText what it is of.
func (b *book) thresholdText(a model.AwardRule) string {
	if a.Threshold.Strict {
		return b.t("sheet.threshold.more", a.Threshold.Num, a.Threshold.Den)
	}
	return b.t("sheet.threshold.at_least", a.Threshold.Num, a.Threshold.Den)
}

func (b *book) baseText(a model.AwardRule) string {
	if a.Base == model.BaseMembers {
		return b.t("sheet.base.members")
	}
	return b.t("sheet.base.ballots")
}

// minutesProposals writes what the meeting proposes for each award, and
// the units passed over with the reason.
func (b *book) minutesProposals(sheet string, l layout, row int, d *reportData) (int, error) {
	r := d.res
	lines := []string{b.t("minutes.proposal_intro")}
	for _, a := range r.Rules.Awards {
		var units []string
		for _, p := range r.Proposals.List {
			if p.Award == a.Code {
				units = append(units, b.proposedUnit(d, p))
			}
		}
		if len(units) > 0 {
			lines = append(lines, b.t("minutes.proposal_line", a.Name, strings.Join(units, "; ")))
		}
	}
	for _, s := range r.Proposals.Skips {
		a, _ := r.Rules.Award(s.Award)
		lines = append(lines, b.t("minutes.not_proposed", r.Units[s.UnitID].Name, a.Name, s.Reason.Localize(b.lang)))
	}
	if len(r.Proposals.List) == 0 {
		lines = []string{b.t("minutes.no_proposal")}
	}
	row, err := b.paras(sheet, l, row, lookProseBold, b.t("minutes.proposal_head"))
	if err != nil {
		return 0, err
	}
	return b.paras(sheet, l, row, lookProse, lines...)
}

// proposedUnit names a proposed unit with its total, rank and votes, and
// says when the proposal still waits on the meeting.
func (b *book) proposedUnit(d *reportData, p model.Proposal) string {
	pos := position(d.res, p.UnitID)
	votes := ""
	if p.Base > 0 {
		votes = b.t("minutes.votes_of", p.Votes, p.Base)
	}
	text := b.t("minutes.proposed_unit", d.res.Units[p.UnitID].Name, pos.Totals.Total.Localize(b.lang), pos.Rank, votes)
	switch p.Status {
	case model.AwaitingVote:
		text += b.t("minutes.pending")
	case model.TieAtQuota:
		text += b.t("minutes.tie")
	}
	return text
}

// minutesOffices writes the leader and deputy the meeting chose for the
// next period, when it recorded them, each with the vote that elected it.
func (b *book) minutesOffices(sheet string, l layout, row int, d *reportData) (int, error) {
	m, r := d.meeting, d.res
	if len(m.Offices) == 0 {
		return row, nil
	}
	next := b.t("minutes.next_period")
	if y, err := strconv.Atoi(periodYears(r.Period)); err == nil {
		next = b.t("minutes.next_year", y+1)
	}
	row, err := b.paras(sheet, l, row, lookProseBold, b.t("minutes.offices_head", next))
	if err != nil {
		return 0, err
	}
	for _, o := range []struct {
		role       model.OfficeRole
		id, prefix string
	}{{model.OfficeLeader, "minutes.next_leader", "minutes.leader_word"}, {model.OfficeDeputy, "minutes.next_deputy", "minutes.deputy_word"}} {
		got, ok := m.Elected(o.role)
		if !ok {
			continue
		}
		line := b.t(o.id, r.Units[got.UnitID].Name)
		if v := got.Vote; !v.IsZero() {
			line = b.t("minutes.elected", b.t(o.prefix), r.Units[got.UnitID].Name, v.Issued, v.Returned, v.Valid, v.Invalid(),
				v.For, v.Valid, v.Share().Localize(b.lang))
		}
		if row, err = b.paras(sheet, l, row, lookProse, line); err != nil {
			return 0, err
		}
	}
	return row, nil
}

// position is a unit's place in the ranking.
func position(r model.PeriodResult, unitID string) model.Position {
	for _, p := range r.Ranking.All() {
		if p.UnitID == unitID {
			return p
		}
	}
	return model.Position{}
}

package sheet

import (
	"strings"

	"thidua/model"
)

var lookTo13 = look{align: "center", wrap: true, size: textSize, digits: -1}

// proposalSheet writes the bloc's proposal to the province's emulation
// and awards council ("tờ trình đề nghị khen thưởng") in the form of
// Nghị định 30/2020: what it rests on (the bloc's rules, the meeting), the
// units proposed for each award with their totals, ranks and votes, the
// documents attached, the recipients and the leader's signature.
func (b *book) proposalSheet(d *reportData) (string, error) {
	r := d.res
	l := letterLayout()
	name, err := b.addSheet(b.t("sheet.name.proposal"), l.widths)
	if err != nil {
		return "", err
	}
	year := strings.ToLower(b.t("sheet.line.year", periodYears(r.Period)))
	row, err := b.titleBlock(name, l, docHead{issuer: r.Bloc.Name, number: b.t("sheet.number", b.t("proposal.code")),
		date: b.dateLine(d.place(), d.opt.Date), title: b.t("proposal.title"), subject: b.t("proposal.subject", year)})
	if err != nil {
		return "", err
	}
	province := provinceOf(r.Bloc.Name)
	if province == "" {
		province = b.t("proposal.province_default")
	}
	if err := b.span(name, row, 0, l.last(), b.t("proposal.to", province), lookTo13); err != nil {
		return "", err
	}
	basis := b.t("proposal.basis_meeting_blank")
	if m := d.meeting; !m.Date.IsZero() {
		day, month, y := b.dayParts(m.Date)
		basis = b.t("proposal.basis_meeting", day, month, y)
	}
	if row, err = b.paras(name, l, row+2, lookProse, b.t("proposal.basis_rules", r.Bloc.Name), basis,
		b.t("proposal.ask", r.Bloc.Name, province, province, proposedUnits(r), year)); err != nil {
		return "", err
	}
	if row, err = b.proposalTable(name, row, d); err != nil {
		return "", err
	}
	closing := row
	if row, err = b.paras(name, l, row, lookProse, b.t("proposal.attached"), b.t("proposal.close", province)); err != nil {
		return "", err
	}
	end, err := b.signatures(name, l, row+1, "", signer{},
		signer{titles: []string{b.t("sheet.for_bloc"), b.t("sheet.bloc_leader")}, note: b.t("sheet.sign_seal")})
	if err != nil {
		return "", err
	}
	to, err := b.recipients(name, l, row+1, b.t("sheet.to.above"), b.t("sheet.to.province"), b.t("sheet.to.proposed"),
		b.t("sheet.to.archive"))
	if err != nil {
		return "", err
	}
	end = max(end, to)
	b.keepTogether(name, closing, end-1)
	return name, b.finish(name, pageSpec{head0: 0, head1: -1, end: end})
}

// proposedUnits counts the units proposed for any award.
func proposedUnits(r model.PeriodResult) int {
	seen := map[string]bool{}
	for _, p := range r.Proposals.List {
		seen[p.UnitID] = true
	}
	return len(seen)
}

// proposalTable writes the units proposed, award by award: a heading row
// for the award, then each unit with its total, rank and votes.
func (b *book) proposalTable(sheet string, row int, d *reportData) (int, error) {
	r := d.res
	heads := []string{b.t("sheet.col.no"), b.t("sheet.col.unit"), b.t("sheet.col.total"), b.t("sheet.col.rank"),
		b.t("proposal.col.votes"), b.t("proposal.col.share")}
	if err := b.tableHead(sheet, row, heads, 5, 5); err != nil {
		return 0, err
	}
	row++
	n := 0
	for _, a := range r.Rules.Awards {
		var list []model.Proposal
		for _, p := range r.Proposals.List {
			if p.Award == a.Code {
				list = append(list, p)
			}
		}
		if len(list) == 0 {
			continue
		}
		n++
		head := look{border: true, bold: true, wrap: true, digits: -1}
		if err := b.span(sheet, row, 0, 5, b.t("proposal.award_head", n, a.Name, len(list)), head); err != nil {
			return 0, err
		}
		row++
		for i, p := range list {
			if err := b.proposalLine(sheet, row, i+1, d, p); err != nil {
				return 0, err
			}
			row++
		}
	}
	return row + 1, nil
}

// proposalLine writes one proposed unit: a proposal still waiting on the
// ballot or on the meeting says so in place of the votes.
func (b *book) proposalLine(sheet string, row, n int, d *reportData, p model.Proposal) error {
	pos := position(d.res, p.UnitID)
	if err := b.putInt(sheet, row, 0, n, look{border: true}); err != nil {
		return err
	}
	if err := b.spanBalanced(sheet, row, 1, 1, d.res.Units[p.UnitID].Name, lookText); err != nil {
		return err
	}
	if err := b.putPoints(sheet, row, 2, pos.Totals.Total, look{border: true}); err != nil {
		return err
	}
	if err := b.putInt(sheet, row, 3, pos.Rank, look{border: true, bold: true}); err != nil {
		return err
	}
	votes := ""
	switch {
	case p.Status == model.AwaitingVote:
		votes = strings.TrimPrefix(b.t("minutes.pending"), " — ")
	case p.Status == model.TieAtQuota:
		votes = strings.TrimPrefix(b.t("minutes.tie"), " — ")
	case p.Base > 0:
		votes = b.t("proposal.votes", p.Votes, p.Base)
	}
	if err := b.put(sheet, row, 4, votes, lookCenter); err != nil {
		return err
	}
	if p.Status == model.Proposed && p.Base > 0 {
		return b.putPoints(sheet, row, 5, percent(p.Votes, p.Base), look{border: true})
	}
	return b.put(sheet, row, 5, "", lookCenter)
}

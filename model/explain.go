package model

import (
	"strings"

	"thidua/model/i18n"
)

// Localize implements i18n.Localizer: why Upper is above (or level with)
// Lower, in a sentence.
func (r *Reason) Localize(l i18n.Lang) string {
	switch r.Kind {
	case ByTotal:
		return i18n.T(l, "rank.by_total", r.Upper, r.Lower, r.A, r.B)
	case ByTieBreak:
		if r.TieBreak.Key == TieFullMarks {
			return i18n.T(l, "rank.by_full_marks", r.Upper, r.Lower, int(r.A), int(r.B))
		}
		if r.TieBreak.Key == TiePart {
			label := r.TieBreak.Label
			if label == "" {
				label = r.TieBreak.Part
			}
			return i18n.T(l, "rank.by_part", r.Upper, r.Lower, label, r.A, r.B)
		}
		return i18n.T(l, "rank.by_"+r.TieBreak.String(), r.Upper, r.Lower, r.A, r.B)
	case ByVote:
		return i18n.T(l, "rank.by_vote", r.Upper, r.Lower)
	}
	return i18n.T(l, "rank.tied", r.Upper, r.Lower, r.Rank)
}

// Explain says, in language l, why the unit stands where it does: against
// the unit above and the unit below, or why it is not ranked.
func (p Position) Explain(l i18n.Lang) string {
	if p.NotRanked != nil {
		return p.NotRanked.Localize(l)
	}
	var parts []string
	if p.Above != nil {
		parts = append(parts, p.Above.Localize(l))
	}
	if p.Below != nil {
		parts = append(parts, p.Below.Localize(l))
	}
	if len(parts) == 0 {
		return i18n.T(l, "rank.alone")
	}
	return strings.Join(parts, "; ")
}

// Describe says in language l what is proposed for the unit, or why it was
// passed over and who the award went to instead; codes maps unit ids to
// codes for the message.
func (p Proposals) Describe(l i18n.Lang, unitID string, rules []AwardRule, codes map[string]string) string {
	name := func(code string) string {
		for _, a := range rules {
			if a.Code == code {
				return a.Name
			}
		}
		return code
	}
	var parts []string
	if pr, ok := p.ForUnit(unitID); ok {
		switch pr.Status {
		case AwaitingVote:
			parts = append(parts, i18n.T(l, "award.awaiting_vote", name(pr.Award)))
		case TieAtQuota:
			parts = append(parts, i18n.T(l, "award.tie_at_quota", name(pr.Award)))
		default:
			if pr.Base > 0 {
				parts = append(parts, i18n.T(l, "award.proposed_votes", name(pr.Award), pr.Votes, pr.Base))
			} else {
				parts = append(parts, i18n.T(l, "award.proposed", name(pr.Award)))
			}
		}
	}
	for _, s := range p.SkipsFor(unitID) {
		msg := i18n.T(l, "award.not_for", name(s.Award), s.Reason.Localize(l))
		if s.PassedTo != "" {
			msg += i18n.T(l, "award.passes_to", codes[s.PassedTo])
		}
		parts = append(parts, msg)
	}
	return strings.Join(parts, "; ")
}

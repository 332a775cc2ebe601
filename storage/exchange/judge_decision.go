package exchange

import (
	"slices"
	"strings"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// judgeDecision judges the province's decision file at a leader: the
// leader's bloc and one of its periods, a key pinned for the province
// (the first is held until a person compares its fingerprint, another one
// held as a changed key), decisions and province-stage scores only of the
// bloc's units, scores within the period's table and decisions within its
// award rules; then the order and content rules of every slice
// (unchanged, stale, fork).
func judgeDecision(st *storage.InboxState, f *File, accepted []model.HoldKind) verdict {
	m := &f.Manifest
	v := verdict{status: model.StatusRejected, authorTag: m.AuthorCode}
	reject := func(e *model.Error) verdict { v.reason = e; return v }
	b := st.Blocs[st.Installation.BlocID]
	if m.BlocID != b.ID {
		return reject(model.Errorf(EOtherBloc, m.BlocCode, m.PeriodCode))
	}
	p, ok := st.Periods[m.PeriodID]
	if !ok || p.BlocID != b.ID {
		return reject(model.Errorf(EOtherPeriod, m.PeriodCode, m.BlocCode))
	}
	if err := decisionRows(st, f.Payload, b.ID, p); err != nil {
		return reject(err)
	}
	a := model.Arrival{KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, Pinned: model.KeyID(st.ProvinceKey),
		Accepted: accepted}
	v.period, v.author, v.expectKey, v.rows = p.ID, storage.ProvinceSlice, st.ProvinceKey, f.Payload
	if applied, ok := st.Applied[storage.SliceKey(p.ID, storage.ProvinceSlice)]; ok {
		v.expect = &applied.AppliedState
		a.Applied = v.expect
	}
	v.status, v.hold = model.Classify(a)
	if (st.ProvinceKey == nil && slices.Contains(accepted, model.HoldUnverified)) ||
		(st.ProvinceKey != nil && model.KeyID(st.ProvinceKey) != m.KeyID() && slices.Contains(accepted, model.HoldKeyChanged)) {
		v.pin = storage.KeyByPhone
	}
	if v.hold == model.HoldUnverified || v.hold == model.HoldKeyChanged {
		v.reason = model.Errorf(EHeldPrefix+v.hold.String()+"_province", m.Fingerprint())
	} else {
		v.reason = holdReason(v.hold, m.AuthorCode, m)
	}
	return v
}

// decisionRows checks a decision file's rows against the bloc here: every
// unit in its roster, every score within the period's criteria table and
// step, every decision within the period's award rules.
func decisionRows(st *storage.InboxState, p facts.Set, bloc string, period model.Period) *model.Error {
	var strangers []string
	for _, name := range storage.DecisionFacts {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			ids := []string{str(t, r, "unit_id")}
			if name == facts.TReplacement {
				ids = append(ids, str(t, r, "by_unit_id"))
			}
			for _, id := range ids {
				if u, ok := st.Units[id]; (!ok || u.BlocID != bloc) && !slices.Contains(strangers, id) && len(strangers) < maxListed {
					strangers = append(strangers, id)
				}
			}
		}
	}
	if len(strangers) > 0 {
		return model.Errorf(ENotInRoster, strings.Join(strangers, ", "))
	}
	tree := st.Versions[period.CriteriaHash]
	if tree == nil {
		return model.Errorf(ECriteriaUnkown)
	}
	if err := checkScores(p, tree, st.Rules[period.ID].Step); err != nil {
		return err.(*model.Error)
	}
	var ds []model.Decision
	for _, r := range p[facts.TDecision] {
		d := model.DecisionOfRow(r)
		if err := d.Validate(st.Rules[period.ID].Awards); err != nil {
			return model.Errorf(EDecisionRow, st.Units[d.UnitID].Code, err)
		}
		ds = append(ds, d)
	}
	return checkDecisions(ds, p[facts.TReplacement], st.Rules[period.ID].Awards, func(id string) string { return st.Units[id].Code })
}

// checkDecisions checks a period's decisions of a file as a whole: each
// replacement one decision (the unit proposed refused, the other awarded,
// one number and date) and every award within its quota.
func checkDecisions(ds []model.Decision, replacements []facts.Row, awards []model.AwardRule, code func(string) string) *model.Error {
	var rs []model.Replacement
	for _, r := range replacements {
		rs = append(rs, model.ReplacementOfRow(r))
	}
	if err := model.CheckReplacements(ds, rs, code); err != nil {
		return asModel(err)
	}
	if err := model.CheckQuota(awards, ds); err != nil {
		return asModel(err)
	}
	return nil
}

package exchange

import (
	"errors"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// The bloc's history in a handover file (issue 15): what the outgoing
// leader embeds of the units' signed submissions, and what phase A checks
// of the history beyond each row's ownership (model.CheckFileRow: every
// row of the file's bloc, periods and roster).

// Errors of a handover file's history; each is a message id in the
// catalogue.
const (
	EHandoverAudit   = "exchange.handover_audit"
	EHandoverMeeting = "exchange.handover_meeting"
)

// maxHandoverAudit is the longest log a handover file may carry (a
// variable for the tests).
var maxHandoverAudit = storage.MaxHandoverAudit

// periodRows picks out of a handover's payload the rows of one period.
func periodRows(p facts.Set, periodID string) facts.Set {
	out := facts.Set{}
	for name, rows := range p {
		if t, ok := facts.Lookup(name); ok && t.Col("period_id") >= 0 {
			out[name] = facts.Filter(t, rows, "period_id", periodID)
		}
	}
	return out
}

// embedHanded adds to a handover's payload the units' signed submissions
// of every period whose rows here are still what the unit signed; one
// that differs (the leader typed the unit's sheet from paper since) is
// left out with a warning, as a bloc file does.
func embedHanded(e storage.Export, p facts.Set) []*model.Error {
	codes := map[string]string{}
	ut := facts.MustTable(facts.TUnit)
	for _, r := range p[facts.TUnit] {
		codes[str(ut, r, "unit_id")] = str(ut, r, "code")
	}
	byPeriod := map[string]facts.Set{}
	var warn []*model.Error
	for _, h := range e.Handed {
		if byPeriod[h.PeriodID] == nil {
			byPeriod[h.PeriodID] = periodRows(p, h.PeriodID)
		}
		m, err := manifestFromJSON(h.Manifest)
		if err == nil && m.ContentHash == h.ContentHash && m.PeriodID == h.PeriodID &&
			contentHash(m.Format, model.KindSubmission, UnitSlice(byPeriod[h.PeriodID], h.UnitID)) == h.ContentHash {
			p[facts.TUnitSigned] = append(p[facts.TUnitSigned], m.Embedded())
			continue
		}
		warn = append(warn, model.Errorf(WExportDiffers, codes[h.UnitID]))
	}
	return warn
}

// checkHandoverHistory checks a handover file's history: a log of
// bounded length; meetings whose elections are of an office the meeting
// filled, with counts that add up; individuals as they would be typed;
// and signed submissions that verify, each a submission of its unit for
// its period in this bloc, signed by the key the roster holds for the
// unit, over the unit's rows in the file.
func checkHandoverHistory(m *Manifest, p facts.Set, roster map[string]facts.Row, periods map[string]bool) error {
	if n := len(p[facts.TAuditLog]); n > maxHandoverAudit {
		return model.Errorf(EHandoverAudit, n, maxHandoverAudit)
	}
	if err := checkMeetings(p); err != nil {
		return err
	}
	for id := range periods {
		if err := storage.CheckPeopleFacts(id, periodRows(p, id)); err != nil {
			return err
		}
	}
	ut, st := facts.MustTable(facts.TUnit), facts.MustTable(facts.TUnitSigned)
	byPeriod := map[string]facts.Set{}
	for _, r := range p[facts.TUnitSigned] {
		period, unit := str(st, r, "period_id"), str(st, r, "unit_id")
		mr := fromEmbedded(r)
		um, err := parseManifest(mr)
		if err != nil || um.Kind != model.KindSubmission || um.BlocID != m.BlocID || um.PeriodID != period ||
			um.AuthorID != unit || !signatureOK(mr) {
			return model.Errorf(ENested, str(ut, roster[unit], "code"))
		}
		if key, _ := roster[unit][ut.Col("public_key")].([]byte); key == nil || string(key) != string(um.PublicKey) {
			return model.Errorf(ENestedKey, str(ut, roster[unit], "code"))
		}
		if byPeriod[period] == nil {
			byPeriod[period] = periodRows(p, period)
		}
		if contentHash(um.Format, model.KindSubmission, UnitSlice(byPeriod[period], unit)) != um.ContentHash {
			return model.Errorf(ENested, str(ut, roster[unit], "code"))
		}
	}
	return nil
}

// checkMeetings checks the meetings' rows as the meeting form would:
// every election is of an office its meeting filled, with counts that add
// up, and a unit holds one office of a meeting at most.
func checkMeetings(p facts.Set) error {
	ot, et := facts.MustTable(facts.TMeetingOffice), facts.MustTable(facts.TMeetingElection)
	filled, holder := map[string]bool{}, map[string]bool{}
	for _, r := range p[facts.TMeetingOffice] {
		filled[ot.Key(r)] = true
		who := str(ot, r, "period_id") + "\x00" + str(ot, r, "unit_id")
		if holder[who] {
			return model.Errorf(EHandoverMeeting).WithCause(errors.New("meeting_office"))
		}
		holder[who] = true
	}
	for _, r := range p[facts.TMeetingElection] {
		e := model.Election{Issued: int(et.Int(r, "issued")), Returned: int(et.Int(r, "returned")),
			Valid: int(et.Int(r, "valid")), For: int(et.Int(r, "votes_for"))}
		if !filled[et.Key(r)] || e.Issued <= 0 || e.Validate() != nil {
			return model.Errorf(EHandoverMeeting).WithCause(errors.New("meeting_election"))
		}
	}
	return nil
}

// handedOf reads the signed submissions a checked handover file carries,
// as the incoming leader keeps them.
func handedOf(p facts.Set) []storage.HandedSlice {
	var out []storage.HandedSlice
	st := facts.MustTable(facts.TUnitSigned)
	for _, r := range p[facts.TUnitSigned] {
		um, err := parseManifest(fromEmbedded(r))
		if err != nil {
			continue // phase A refused such a file
		}
		out = append(out, storage.HandedSlice{PeriodID: str(st, r, "period_id"), UnitID: str(st, r, "unit_id"),
			SignedSlice: storage.SignedSlice{Manifest: um.JSON(), ContentHash: um.ContentHash}, KeyID: um.KeyID(), Seq: um.Seq})
	}
	return out
}

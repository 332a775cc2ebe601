package exchange

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// verdict is phase B's judgement of one verified file.
type verdict struct {
	status    model.MergeStatus
	hold      model.HoldKind
	reason    *model.Error
	warnings  []*model.Error
	period    string // the slice: a period, and its author
	author    string
	authorTag string // the author's code, as this installation knows it
	expect    *model.AppliedState
	expectKey []byte
	pin       string
	rows      facts.Set
	counts    facts.Counts
	changes   []facts.Change
}

// sliceFunc returns what is stored of a slice, in file form.
type sliceFunc func(ctx context.Context, kind model.FileKind, period, author string) (facts.Set, []string, error)

// judge runs phase B for one file against the state, with the holds the
// leader already accepted for this file. It makes the row-by-row diff: a
// preview's drill-down, the leader's deadline check, and what a province
// writes.
func judge(ctx context.Context, st *storage.InboxState, f *File, accepted []model.HoldKind, now time.Time, current sliceFunc) (verdict, error) {
	var v verdict
	switch {
	case st.Installation.Role == model.RoleProvince:
		v = judgeBlocFile(st, f, accepted)
	case f.Manifest.Kind == model.KindDecision:
		v = judgeDecision(st, f, accepted)
	default:
		v = judgeSubmission(st, f, accepted, now)
	}
	if v.status != model.StatusApplied && v.status != model.StatusHeld {
		return v, nil
	}
	old, tables, err := current(ctx, f.Manifest.Kind, v.period, v.author)
	if err != nil {
		return v, err
	}
	if f.Manifest.Format < 2 { // no individuals in the file: none change
		tables = slices.DeleteFunc(slices.Clone(tables), func(t string) bool { return slices.Contains(model.PeopleSlice(model.KindBlocFile), t) })
	} else if err := storage.CheckPeopleFacts(v.period, f.Payload); err != nil {
		v.status, v.hold, v.reason, v.changes, v.counts = model.StatusRejected, model.HoldNone, asModel(err), nil, facts.Counts{}
		return v, nil
	}
	v.changes, v.counts = facts.DiffSet(tables, old, v.rows)
	// Only what changes is kept: the unchanged rows are counted, and the
	// stored copy they were compared with can go.
	v.changes = slices.DeleteFunc(v.changes, func(c facts.Change) bool { return c.Kind == facts.Unchanged })
	if p, ok := st.Periods[v.period]; ok && st.Installation.Role == model.RoleLeader && !p.RegistrationCloses.IsZero() &&
		now.After(p.RegistrationCloses.Add(24*time.Hour)) {
		for _, c := range v.changes {
			if c.Table == facts.TRegistration && c.Kind != facts.Unchanged {
				v.warnings = append(v.warnings, model.Errorf(WRegistration, p.RegistrationCloses.Format("02/01/2006")))
				break
			}
		}
	}
	return v, nil
}

// judgeSubmission judges a unit's submission at the leader (merge.md §2.7
// A8–A11 and phase B).
func judgeSubmission(st *storage.InboxState, f *File, accepted []model.HoldKind, now time.Time) verdict {
	m := &f.Manifest
	v := verdict{status: model.StatusRejected, authorTag: m.AuthorCode}
	reject := func(e *model.Error) verdict { v.reason = e; return v }
	switch m.Kind {
	case model.KindBlocFile, model.KindSetup, model.KindDecision, model.KindHandover:
		return reject(model.Errorf(EKindHere, kindName(m.Kind)))
	}
	b := st.Blocs[st.Installation.BlocID]
	if m.BlocID != b.ID && m.BlocCode == b.Code {
		return reject(model.Errorf(ETwinBloc, m.AuthorCode, m.BlocCode))
	}
	if m.BlocID != b.ID {
		return reject(model.Errorf(EOtherBloc, m.BlocCode, m.PeriodCode))
	}
	p, ok := st.Periods[m.PeriodID]
	if !ok || p.BlocID != b.ID {
		return reject(model.Errorf(EOtherPeriod, m.PeriodCode, m.BlocCode))
	}
	u, ok := st.Units[m.AuthorID]
	switch {
	case !ok || u.BlocID != b.ID:
		return reject(model.Errorf(ENotInRoster, m.AuthorCode))
	case u.Status == model.Withdrawn:
		return reject(model.Errorf(EWithdrawn, u.Code))
	case u.ID == b.LeaderUnitID:
		return reject(model.Errorf(ELeaderUnit, u.Code))
	}
	v.authorTag = u.Code
	for _, other := range st.Units {
		if other.ID != u.ID && bytes.Equal(other.PublicKey, m.PublicKey) {
			return reject(model.Errorf(ESignedByOther, u.Code, other.Code))
		}
	}
	tree := st.Versions[m.CriteriaVersion]
	if tree == nil || st.VersionBloc[m.CriteriaVersion] != b.ID {
		return reject(model.Errorf(ECriteriaUnkown))
	}
	if err := checkScores(f.Payload, tree, st.Rules[p.ID].Step); err != nil {
		return reject(err.(*model.Error))
	}
	enrol := u.PublicKey == nil && enrolOK(u.Enrolment, u.ID, m.PublicKey, m.EnrolMAC)
	if u.PublicKey == nil && m.EnrolMAC != nil && !enrol {
		v.warnings = append(v.warnings, model.Errorf(WEnrolWrong))
	}
	a := model.Arrival{KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, Pinned: model.KeyID(u.PublicKey),
		EnrolmentOK: enrol, Locked: model.CheckLocks(st.Locks[p.ID], u.ID, model.StageSelf) != nil,
		OlderTable: m.CriteriaVersion != p.CriteriaHash, Accepted: accepted}
	v.period, v.author, v.expectKey, v.rows = p.ID, u.ID, u.PublicKey, f.Payload
	if applied, ok := st.Applied[storage.SliceKey(p.ID, u.ID)]; ok {
		v.expect = &applied.AppliedState
		a.Applied, a.AppliedAhead = v.expect, model.SeqAhead(applied.Seq, now)
	}
	v.status, v.hold = model.Classify(a)
	switch {
	case enrol:
		v.pin = storage.KeyBySetupCode
	case u.PublicKey == nil && slices.Contains(accepted, model.HoldUnverified),
		u.PublicKey != nil && !bytes.Equal(u.PublicKey, m.PublicKey) && slices.Contains(accepted, model.HoldKeyChanged):
		v.pin = storage.KeyByPhone
	}
	if a.OlderTable {
		cur := st.Versions[p.CriteriaHash]
		v.rows, v.warnings = mapRows(f.Payload, tree, cur, v.warnings)
	}
	v.warnings = append(v.warnings, timeWarnings(m, p, now)...)
	v.reason = holdReason(v.hold, u.Code, m)
	if v.hold == model.HoldFork && a.Applied != nil && m.Seq < a.Applied.Seq {
		v.reason = model.Errorf(EHeldAhead, u.Code, m.Seq, a.Applied.Seq)
	}
	return v
}

// timeWarnings flag a unit's clock that looks wrong and a file that came
// after the self-scoring deadline, judged by this installation's clock.
func timeWarnings(m *Manifest, p model.Period, now time.Time) []*model.Error {
	var out []*model.Error
	if c := m.Created(); c.After(now.Add(24*time.Hour)) || c.Before(now.AddDate(-1, 0, -1)) {
		out = append(out, model.Errorf(WClock, c.Local().Format("02/01/2006 15:04")))
	}
	if !p.SelfScoreCloses.IsZero() && now.After(p.SelfScoreCloses.Add(24*time.Hour)) {
		out = append(out, model.Errorf(WDeadline, p.SelfScoreCloses.Format("02/01/2006")))
	}
	return out
}

// mapRows maps a submission made on an older criteria version onto the
// current table (merge.md §2.9): a row of a criterion the current table
// has under the same path of codes and kind moves to it (a table issued
// from a draft has new ids: by id alone every row was dropped), rows of
// removed criteria are dropped, and scores above a lowered maximum are
// named; both as warnings.
func mapRows(p facts.Set, old, cur *model.Tree, warn []*model.Error) (facts.Set, []*model.Error) {
	out := facts.Set{}
	var dropped, over []string
	byPath := map[string]model.Criterion{}
	for _, c := range cur.Nodes() {
		byPath[cur.PathString(c.ID)] = c
	}
	for name, rows := range p {
		t := facts.MustTable(name)
		for _, r := range rows {
			id := ""
			if i := t.Col("criterion_id"); i >= 0 {
				id, _ = r[i].(string)
			}
			c, ok := cur.Get(id)
			if oc, was := old.Get(id); id != "" && !ok && was {
				if nc, same := byPath[old.PathString(id)]; same && nc.Kind == oc.Kind {
					r = slices.Clone(r)
					r[t.Col("criterion_id")], c, ok = nc.ID, nc, true
				}
			}
			if id != "" && !ok {
				dropped = append(dropped, id)
				continue
			}
			if name == facts.TScore {
				if pts, _ := r[t.Col("points_x100")].(int64); ok && model.Points(pts) > c.Max {
					over = append(over, strings.TrimSpace(c.Code))
				}
			}
			out[name] = append(out[name], r)
		}
	}
	if len(dropped) > 0 {
		warn = append(warn, model.Errorf(WMapDropped, len(dropped)))
	}
	if len(over) > 0 {
		warn = append(warn, model.Errorf(WMapOverMax, strings.Join(over, ", ")))
	}
	return out, warn
}

// holdReason says why a file is held and what the leader does next.
func holdReason(h model.HoldKind, unit string, m *Manifest) *model.Error {
	if h == model.HoldNone {
		return nil
	}
	switch h {
	case model.HoldUnverified, model.HoldKeyChanged:
		return model.Errorf(EHeldPrefix+h.String(), unit, m.Fingerprint())
	case model.HoldLate:
		// The period named: a file of the closed half-year sent for the
		// year is the usual mistake.
		return model.Errorf(EHeldPrefix+h.String(), unit, m.PeriodCode)
	}
	return model.Errorf(EHeldPrefix+h.String(), unit)
}

// kindName is a file kind as people call it.
func kindName(k model.FileKind) *model.Error { return model.Errorf("exchange.kind." + k.String()) }

// judgeBlocFile judges a bloc file at the province (merge.md §2.10).
func judgeBlocFile(st *storage.InboxState, f *File, accepted []model.HoldKind) verdict {
	m := &f.Manifest
	v := verdict{status: model.StatusRejected, authorTag: m.AuthorCode}
	switch m.Kind {
	case model.KindSubmission:
		v.reason = model.Errorf(ESendToLeader, m.AuthorCode)
		return v
	case model.KindSetup, model.KindDecision, model.KindHandover:
		v.reason = model.Errorf(EKindHere, kindName(m.Kind))
		return v
	}
	for _, b := range st.Blocs {
		if b.ID != m.BlocID && b.Code == m.BlocCode {
			// Two blocs may not share a code here, whatever is decided:
			// no hold to verify and accept before the refusal.
			v.reason = model.Errorf(ETwinBlocProvince, m.BlocCode)
			return v
		}
	}
	var pinned []byte
	if b, ok := st.Blocs[m.BlocID]; ok {
		pinned = st.Units[b.LeaderUnitID].PublicKey
	}
	// A new leader's key the pinned one endorsed (a handover) is no key
	// change: the pin moves to it.
	byEndorsement := pinned != nil && !bytes.Equal(pinned, m.PublicKey) &&
		endorsed(slices.Concat(st.Endorsements, f.Payload[facts.TEndorsement]), pinned, m.PublicKey, m.AuthorID)
	if byEndorsement {
		pinned = m.PublicKey
	}
	cross := false
	for _, b := range st.Blocs {
		cross = cross || (b.ID != m.BlocID && b.Code == m.BlocCode)
	}
	for _, r := range f.Payload[facts.TUnit] {
		known, ok := st.Units[str(facts.MustTable(facts.TUnit), r, "unit_id")]
		cross = cross || ok && known.BlocID != m.BlocID
	}
	stale, changed := judgeUnits(st, f)
	v.warnings = append(v.warnings, f.Warnings...)
	a := model.Arrival{KeyID: m.KeyID(), Seq: m.Seq, ContentHash: m.ContentHash, Pinned: model.KeyID(pinned),
		Locked: st.ProvinceLock[m.PeriodID], CrossBloc: cross, UnitStale: stale != nil, UnitKeyChanged: len(changed) > 0,
		Accepted: accepted}
	v.period, v.author, v.expectKey, v.rows = m.PeriodID, m.AuthorID, st.Units[m.AuthorID].PublicKey, f.Payload
	if applied, ok := st.Applied[storage.SliceKey(m.PeriodID, m.AuthorID)]; ok {
		v.expect = &applied.AppliedState
		a.Applied = v.expect
	}
	v.status, v.hold = model.Classify(a)
	if (pinned == nil && slices.Contains(accepted, model.HoldUnverified)) ||
		(pinned != nil && !bytes.Equal(pinned, m.PublicKey) && slices.Contains(accepted, model.HoldKeyChanged)) {
		v.pin = storage.KeyByPhone
	}
	if byEndorsement {
		v.pin = storage.KeyByEndorsing
	}
	switch {
	case v.status == model.StatusStale && stale != nil && (v.expect == nil || v.expect.KeyID != m.KeyID() || m.Seq >= v.expect.Seq):
		v.reason = stale
	case v.hold == model.HoldUnitKey:
		v.reason = model.Errorf(EHeldPrefix+v.hold.String(), m.BlocCode, strings.Join(changed, ", "))
	default:
		v.reason = holdReason(v.hold, m.BlocCode, m)
	}
	if v.hold == model.HoldUnverified || v.hold == model.HoldKeyChanged {
		v.reason.Code += "_bloc"
	}
	return v
}

// judgeUnits compares the units of a bloc file with what the province
// holds (merge.md §2.10): a signed slice older than the newest applied of
// the same key is a rollback (the reason, for the first one), and a unit
// whose key in the file (the roster's, or the one it signed with) is not
// the key held for it is a changed key, listed with the new fingerprint.
// The leader's own unit is the file's author, judged by the leader key.
func judgeUnits(st *storage.InboxState, f *File) (*model.Error, []string) {
	m := &f.Manifest
	signed := signedSlices(f.Payload)
	ut := facts.MustTable(facts.TUnit)
	var stale *model.Error
	var changed []string
	for _, r := range f.Payload[facts.TUnit] {
		id := str(ut, r, "unit_id")
		known, ok := st.Units[id]
		if !ok || id == m.AuthorID {
			continue
		}
		key, _ := r[ut.Col("public_key")].([]byte)
		s, isSigned := signed[id]
		if key == nil && isSigned {
			key = s.PublicKey
		}
		if known.PublicKey != nil && !bytes.Equal(key, known.PublicKey) {
			fp := model.Fingerprint(key)
			if fp == "" {
				fp = "—"
			}
			changed = append(changed, known.Code+" ("+fp+")")
		}
		prev, seen := st.UnitSeqs[storage.SliceKey(m.PeriodID, id)]
		if isSigned && seen && stale == nil && prev.KeyID == s.KeyID() && s.Seq < prev.Seq {
			stale = model.Errorf(EUnitStale, m.BlocCode, known.Code, s.Seq, prev.Seq)
		}
	}
	slices.Sort(changed)
	return stale, changed
}

// signedSlices reads the signed manifests a bloc file carries, by unit;
// phase A checked them.
func signedSlices(p facts.Set) map[string]Manifest {
	out := map[string]Manifest{}
	st := facts.MustTable(facts.TUnitSigned)
	for _, r := range p[facts.TUnitSigned] {
		if um, err := parseManifest(fromEmbedded(r)); err == nil {
			out[str(st, r, "unit_id")] = um
		}
	}
	return out
}

// signedStates are the signed slices of a bloc file as the province keeps
// them.
func signedStates(p facts.Set) map[string]model.AppliedState {
	out := map[string]model.AppliedState{}
	for unit, um := range signedSlices(p) {
		out[unit] = model.AppliedState{KeyID: um.KeyID(), Seq: um.Seq, ContentHash: um.ContentHash}
	}
	return out
}

package storage

import (
	"thidua/model"
	"thidua/model/facts"
)

// Note keeps the state in step with arrival a as it was (or, in a
// preview, would be) recorded, so that the later files of a batch are
// judged as if the state were read again: what is applied, the files
// received, the keys pinned and, at a province, the bloc and roster of a
// bloc file.
func (s *InboxState) Note(a Arrival) {
	f := a.File
	if f.Status == model.StatusRejected {
		return
	}
	s.Received[f.Digest] = model.ReceivedFile{Digest: f.Digest, Status: f.Status, Seq: f.Seq}
	key := SliceKey(f.PeriodID, f.UnitID)
	switch f.Status {
	case model.StatusApplied:
		s.Applied[key] = model.AppliedSlice{AppliedState: model.AppliedState{KeyID: f.KeyID, Seq: f.Seq,
			ContentHash: f.ContentHash}, Kind: f.Kind}
		if f.Kind == model.KindDecision {
			s.ProvinceKey = a.PublicKey
			return
		}
		province := s.Installation.Role == model.RoleProvince
		if a.Pin != "" || province {
			u := s.Units[f.UnitID]
			u.ID, u.PublicKey = f.UnitID, a.PublicKey
			s.Units[f.UnitID] = u
		}
		if province {
			s.noteBloc(a.Rows)
			s.noteUnitSeqs(f.PeriodID, a.Signed)
		}
	case model.StatusUnchanged:
		if applied, ok := s.Applied[key]; ok && f.Seq > applied.Seq {
			applied.Seq = f.Seq
			s.Applied[key] = applied
		}
	}
}

// noteBloc records the bloc and roster of a bloc file's rows.
func (s *InboxState) noteBloc(rows facts.Set) {
	bt, ut := facts.MustTable(facts.TBloc), facts.MustTable(facts.TUnit)
	for _, r := range rows[facts.TBloc] {
		id := bt.Str(r, "bloc_id")
		s.Blocs[id] = model.Bloc{ID: id, Code: bt.Str(r, "code"), LeaderUnitID: bt.Str(r, "leader_unit_id")}
	}
	for _, r := range rows[facts.TUnit] {
		id := ut.Str(r, "unit_id")
		u := s.Units[id]
		u.ID, u.BlocID, u.Code, u.PublicKey = id, ut.Str(r, "bloc_id"), ut.Str(r, "code"), ut.Bytes(r, "public_key")
		s.Units[id] = u
	}
}

// noteUnitSeqs records the signed slices a bloc file carried, as
// ApplyBlocFile keeps them.
func (s *InboxState) noteUnitSeqs(period string, signed map[string]model.AppliedState) {
	for unit, a := range signed {
		key := SliceKey(period, unit)
		if old, ok := s.UnitSeqs[key]; !ok || old.KeyID != a.KeyID || a.Seq > old.Seq {
			s.UnitSeqs[key] = a
		}
	}
}

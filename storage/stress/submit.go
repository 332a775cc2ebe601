package stress

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage/exchange"
)

// UnitKey returns the signing key of a generated unit, made from its
// bloc's code, the seed and its own code: a unit's installation keeps one
// key, and a generated one has the same key in every run.
func UnitKey(blocCode string, seed int64, unitCode string) ed25519.PrivateKey {
	s := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%s", blocCode, seed, unitCode))
	return ed25519.NewKeyFromSeed(s[:])
}

// Sender writes a unit's submissions as its installation would: signed
// with its key, each proving the key with the enrolment code the unit's
// setup file gave it.
type Sender struct {
	Bloc      model.Bloc
	Unit      model.Unit
	Key       ed25519.PrivateKey
	Enrolment []byte
}

// Submit writes the unit's submission of rows for period p, numbered seq
// and dated by it, to path; a folder path gets the file named as thidua
// names it. It returns the file written.
func (s Sender) Submit(ctx context.Context, path string, p model.Period, seq int64, rows facts.Set) (string, error) {
	pub := s.Key.Public().(ed25519.PublicKey)
	m := exchange.Manifest{Kind: model.KindSubmission, AuthorRole: model.RoleUnit, BlocID: s.Bloc.ID, BlocCode: s.Bloc.Code,
		PeriodID: p.ID, PeriodCode: p.Code, AuthorID: s.Unit.ID, AuthorCode: s.Unit.Code, CriteriaVersion: p.CriteriaHash,
		Seq: seq, CreatedAt: time.Unix(seq, 0).UTC().Format(time.RFC3339), AppVersion: "gen",
		EnrolMAC: exchange.EnrolMAC(s.Enrolment, s.Unit.ID, pub)}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		path = filepath.Join(path, exchange.FileName(m))
	}
	if err := exchange.WriteSigned(ctx, path, m, rows, s.Key); err != nil {
		return "", fmt.Errorf("submission of %s: %w", s.Unit.Code, err)
	}
	return path, nil
}

// unitRows are a unit's slice for a period in file form: its
// registrations and its self-scores.
func unitRows(periodID, unitID string, regs []model.Registration, sheet []entry) facts.Set {
	p := facts.Set{}
	for _, r := range regs {
		p[facts.TRegistration] = append(p[facts.TRegistration], facts.Row{periodID, unitID, r.Item, r.Detail, r.CriterionID, r.Target})
	}
	for _, e := range sheet {
		p[facts.TScore] = append(p[facts.TScore], facts.Row{periodID, unitID, e.c.ID, model.StageSelf.String(),
			int64(e.points), e.canon, e.note, e.evidence, nil})
	}
	return p
}

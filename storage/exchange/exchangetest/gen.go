// Package exchangetest generates blocs, unit submissions and bloc files
// of any size, for tests, benchmarks and stress sets (DESIGN §7). Files are
// signed and written by the real writer; only their rows are made up.
// Everything is deterministic for a given Spec.
package exchangetest

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"os"
	"path/filepath"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/stress"
)

// Spec describes a generated bloc.
type Spec struct {
	Code     string // bloc code, also the prefix of every id
	Units    int    // member units besides the leader's own
	Criteria int    // scorable criteria, in parts of ten
	Seed     int64
}

// Bloc is a generated bloc seen from its leader's database, with what
// each member unit needs to sign its files.
type Bloc struct {
	Spec
	DB     *storage.DB
	Path   string
	Period model.Period
	Units  []model.Unit // members, without the leader's unit
	Tree   *model.Tree
	codes  map[string][]byte // enrolment codes by unit id
}

// baseSeq is where generated export_seqs start (late 2023).
const baseSeq = 1_700_000_000

// Key returns a unit's deterministic key.
func (s Spec) Key(unitCode string) ed25519.PrivateKey {
	return stress.UnitKey(s.Code, s.Seed, unitCode)
}

// unitCode names the i-th member (the leader's unit is L00).
func unitCode(i int) string { return fmt.Sprintf("U%02d", i+1) }

// Table returns the generated criteria table: parts of ten standard
// criteria of 2 points each, each part's maximum their sum.
func (s Spec) Table() []model.Criterion {
	var out []model.Criterion
	for part := 0; part*10 < s.Criteria; part++ {
		leaves := min(10, s.Criteria-part*10)
		g := model.Criterion{ID: fmt.Sprintf("%s-g%02d", s.Code, part), Position: part, Code: fmt.Sprintf("P%d", part+1),
			Title: fmt.Sprintf("Phần %d", part+1), Kind: model.Group, Max: model.Points(200 * leaves)}
		out = append(out, g)
		for i := range leaves {
			out = append(out, model.Criterion{ID: fmt.Sprintf("%s-c%04d", s.Code, part*10+i), ParentID: g.ID, Position: i,
				Code: fmt.Sprintf("P%d.%d", part+1, i+1), Title: fmt.Sprintf("Tiêu chí %d.%d", part+1, i+1),
				Kind: model.Standard, Max: 200})
		}
	}
	return out
}

// NewBloc creates a leader's database in dir: the bloc, its units, the
// criteria table issued, period 2024, and an enrolment code for every
// member (as if each had been sent its setup file).
func NewBloc(ctx context.Context, dir string, s Spec) (*Bloc, error) {
	b := &Bloc{Spec: s, Path: filepath.Join(dir, "leader.db"), codes: map[string][]byte{}}
	db, err := storage.Open(ctx, b.Path)
	if err != nil {
		return nil, err
	}
	b.DB = db
	units := []model.Unit{{Code: "L00", Name: "Đơn vị khối trưởng " + s.Code, ShortName: "Khối trưởng"}}
	for i := range s.Units {
		units = append(units, model.Unit{Code: unitCode(i), Name: fmt.Sprintf("Đơn vị số %d khối %s", i+1, s.Code)})
	}
	bloc, err := db.CreateBloc(ctx, storage.BlocSetup{Code: s.Code, Name: "Khối thi đua " + s.Code, Units: units, LeaderCode: "L00"})
	if err != nil {
		return nil, err
	}
	leader := model.Actor{Role: model.RoleLeader, UnitID: bloc.LeaderUnitID}
	vid, err := db.CreateDraft(ctx, leader, "Bảng tiêu chí", "", s.Table())
	if err != nil {
		return nil, err
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		return nil, err
	}
	if b.Period, err = db.CreatePeriod(ctx, leader, model.Period{Code: "2024", Label: "Năm 2024", Kind: model.Year,
		CriteriaVersionID: vid}, model.DefaultRules()); err != nil {
		return nil, err
	}
	if b.Tree, err = db.VersionTree(ctx, vid); err != nil {
		return nil, err
	}
	list, err := db.Units(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, u := range list {
		if u.ID == bloc.LeaderUnitID {
			continue
		}
		b.Units = append(b.Units, u)
		if _, err := db.BeginExport(ctx, storage.ExportRequest{Kind: model.KindSetup, PeriodID: b.Period.ID, UnitID: u.ID}); err != nil {
			return nil, err
		}
	}
	st, err := db.InboxState(ctx)
	if err != nil {
		return nil, err
	}
	for _, u := range b.Units {
		b.codes[u.ID] = st.Units[u.ID].Enrolment
	}
	return b, nil
}

// Slice returns a unit's rows for a version of its sheet: three
// registrations and a score for every criterion; other variants give
// other scores.
func Slice(periodID, unitID string, leaves []model.Criterion, variant int) facts.Set {
	p := facts.Set{}
	for i := range 3 {
		p[facts.TRegistration] = append(p[facts.TRegistration], facts.Row{periodID, unitID, fmt.Sprintf("dk-%02d", i),
			fmt.Sprintf("Đăng ký nội dung %d", i+1), "", fmt.Sprintf("%d lao động", 100*(i+1)+variant)})
	}
	for i, c := range leaves {
		pts := int64((i*37 + variant*13) % int(c.Max+1))
		note := ""
		if i%7 == variant%7 {
			note = fmt.Sprintf("Ghi chú lần %d", variant)
		}
		p[facts.TScore] = append(p[facts.TScore], facts.Row{periodID, unitID, c.ID, "self", pts, "", note, "", nil})
	}
	return p
}

// Submission writes a unit's signed submission, version variant (a
// higher variant has a higher seq), to path.
func (b *Bloc) Submission(ctx context.Context, path string, u model.Unit, variant int) error {
	bloc, err := b.DB.Bloc(ctx)
	if err != nil {
		return err
	}
	s := stress.Sender{Bloc: bloc, Unit: u, Key: b.Key(u.Code), Enrolment: b.codes[u.ID]}
	_, err = s.Submit(ctx, path, b.Period, int64(baseSeq+10*variant), Slice(b.Period.ID, u.ID, b.Tree.Leaves(), variant))
	return err
}

// Submissions writes every member's submission, version variant, into dir
// and returns their paths.
func (b *Bloc) Submissions(ctx context.Context, dir string, variant int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var out []string
	for _, u := range b.Units {
		p := filepath.Join(dir, fmt.Sprintf("%s-%s-v%d.sqlite", b.Code, u.Code, variant))
		if err := b.Submission(ctx, p, u, variant); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

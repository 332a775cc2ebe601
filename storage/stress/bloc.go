package stress

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/exchange"
)

// The year the generated periods score, and when things happen in it (UTC;
// offices work from 08:00 in Vietnam, 01:00 UTC).
const year = 2025

func at(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }

// periodPlan is one generated period and the days its files move.
type periodPlan struct {
	period    model.Period
	rules     model.Rules
	submitted time.Time // the first unit sends its file; the others follow
	merged    time.Time // the leader merges the files, then reviews
	exported  time.Time // the leader sends the bloc file
}

// plans are the two periods of a generated bloc: the half-year review and
// the year, with the demo's rules (score step 0.25, bonus capped at 5,
// deductions at 10) and for the year its awards.
func plans() []periodPlan {
	rules := model.Rules{Step: 25, Caps: model.Caps{Bonus: bonusCap, Deduction: deductionCap},
		TieBreaks: model.DefaultTieBreaks(), Numbering: model.NumberingSkip}
	yearRules := rules
	half, _ := model.ParseThreshold(">1/2")
	yearRules.Awards = []model.AwardRule{
		{Code: "CO", Name: "Cờ thi đua của UBND tỉnh", Quota: 1, VoteRequired: true, Threshold: half, Base: model.BaseMembers},
		{Code: "BK", Name: "Bằng khen của Chủ tịch UBND tỉnh", Quota: 2},
	}
	return []periodPlan{
		{period: model.Period{Code: fmt.Sprintf("%d-H1", year), Label: fmt.Sprintf("Sơ kết 6 tháng đầu năm %d", year),
			Kind: model.HalfYear, Starts: at(year, 1, 1, 0), Ends: at(year, 6, 30, 0), SelfScoreCloses: at(year, 7, 5, 0)},
			rules: rules, submitted: at(year, 7, 1, 1), merged: at(year, 7, 5, 7), exported: at(year, 7, 10, 2)},
		{period: model.Period{Code: fmt.Sprint(year), Label: fmt.Sprintf("Tổng kết năm %d", year), Kind: model.Year,
			Starts: at(year, 1, 1, 0), Ends: at(year, 12, 31, 0), SelfScoreCloses: at(year, 12, 15, 0)},
			rules: yearRules, submitted: at(year, 12, 8, 1), merged: at(year, 12, 15, 7), exported: at(year, 12, 22, 2)},
	}
}

// clock is a database's time during generation: set to a moment, it
// moves one second a transaction, so that every run dates everything
// alike and the audit keeps its order.
type clock struct{ t time.Time }

func (c *clock) now() time.Time {
	c.t = c.t.Add(time.Second)
	return c.t
}

// blocGen makes one bloc: its leader's database, setup files, the units'
// submissions, the leader's merges and reviews, and its bloc files.
type blocGen struct {
	opt     Options
	index   int
	code    string
	dir     string // this bloc's folder
	out     string // where bloc files go, for the province
	db      *storage.DB
	clock   clock
	bloc    model.Bloc
	units   []model.Unit // the leader's own unit first
	leaves  []model.Criterion
	senders map[string]Sender
	parts   *tally
	files   []string // bloc files written
}

// run makes the bloc from start to finish.
func (g *blocGen) run(ctx context.Context) error {
	plans := plans()
	if err := g.parts.time(partLeaders, func(p *Part) error { return g.create(ctx, plans) }); err != nil {
		return err
	}
	defer g.db.Close()
	if err := g.parts.time(partSetup, func(p *Part) error { return g.setup(ctx, plans[0].period, p) }); err != nil {
		return err
	}
	for _, pl := range plans {
		if err := g.period(ctx, pl); err != nil {
			return fmt.Errorf("bloc %s, period %s: %w", g.code, pl.period.Code, err)
		}
	}
	return nil
}

// create makes the leader's database: the bloc and its units, the
// criteria table issued, the periods and their rules.
func (g *blocGen) create(ctx context.Context, plans []periodPlan) error {
	if err := os.MkdirAll(g.dir, 0o755); err != nil {
		return err
	}
	db, err := storage.Open(ctx, filepath.Join(g.dir, "leader.db"))
	if err != nil {
		return err
	}
	g.db, g.clock.t = db, at(year, 1, 6, 1)
	db.Now = g.clock.now
	units := blocUnits(g.index, g.opt.Units, rngFor(g.opt.Seed, g.code, "units"))
	setup := storage.BlocSetup{Code: g.code, Name: blocName(g.index), Units: units, LeaderCode: units[0].Code, Role: model.RoleLeader}
	if len(units) > 1 {
		setup.DeputyCode = units[1].Code
	}
	if g.bloc, err = db.CreateBloc(ctx, setup); err != nil {
		return err
	}
	rows, err := Table(g.code, g.opt.Seed, g.opt.Criteria)
	if err != nil {
		return err
	}
	leader := g.leader()
	vid, err := db.CreateDraft(ctx, leader, fmt.Sprintf("Bảng tiêu chí chấm điểm thi đua năm %d", year), "", rows)
	if err != nil {
		return err
	}
	if _, err := db.IssueVersion(ctx, leader, vid); err != nil {
		return err
	}
	tree, err := db.VersionTree(ctx, vid)
	if err != nil {
		return err
	}
	g.leaves = tree.Leaves()
	for i := range plans {
		plans[i].period.CriteriaVersionID = vid
		if plans[i].period, err = db.CreatePeriod(ctx, leader, plans[i].period, plans[i].rules); err != nil {
			return err
		}
	}
	list, err := db.Units(ctx, "")
	if err != nil {
		return err
	}
	byCode := map[string]model.Unit{}
	for _, u := range list {
		byCode[u.Code] = u
	}
	for _, u := range units {
		g.units = append(g.units, byCode[model.NormalizeCode(u.Code)])
	}
	return nil
}

// leader is the bloc leader acting from its installation.
func (g *blocGen) leader() model.Actor {
	return model.Actor{Role: model.RoleLeader, UnitID: g.bloc.LeaderUnitID}
}

// setup writes every member's setup file, as the leader sends them, and
// keeps what each unit learns from its own: its enrolment code.
func (g *blocGen) setup(ctx context.Context, announce model.Period, p *Part) error {
	dir := filepath.Join(g.dir, "setup")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, u := range g.units[1:] {
		w, err := exchange.Export(ctx, g.db, storage.ExportRequest{Kind: model.KindSetup, PeriodID: announce.ID, UnitID: u.ID},
			dir, exchange.Options{AppVersion: "gen"})
		if err != nil {
			return fmt.Errorf("setup file for %s: %w", u.Code, err)
		}
		p.Files, p.Bytes = p.Files+1, p.Bytes+w.Size
	}
	st, err := g.db.InboxState(ctx)
	if err != nil {
		return err
	}
	g.senders = map[string]Sender{}
	for _, u := range g.units[1:] {
		g.senders[u.ID] = Sender{Bloc: g.bloc, Unit: u, Key: UnitKey(g.code, g.opt.Seed, u.Code), Enrolment: st.Units[u.ID].Enrolment}
	}
	return nil
}

// period runs one period: the units send their sheets, the leader merges
// them, scores its own unit, reviews every sheet, accepts them and sends
// the bloc file.
func (g *blocGen) period(ctx context.Context, pl periodPlan) error {
	per, err := g.db.PeriodByCode(ctx, pl.period.Code)
	if err != nil {
		return err
	}
	half := per.Kind == model.HalfYear
	self := make([][]entry, len(g.units))
	regs := make([][]model.Registration, len(g.units))
	for i, u := range g.units {
		rng := rngFor(g.opt.Seed, g.code, u.Code, per.Code, "self")
		quality := 0.75 + 0.23*rngFor(g.opt.Seed, g.code, u.Code, "quality").Float64()
		self[i] = selfSheet(rng, g.leaves, pl.rules.Step, quality, sectors[g.index%len(sectors)].doc, year)
		regs[i] = registrations(rng, year, half)
	}
	var files []string
	err = g.parts.time(partSubmissions, func(p *Part) error {
		dir := filepath.Join(g.dir, "submissions")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for i, u := range g.units[1:] {
			seq := pl.submitted.Add(time.Duration(i*13) * time.Minute).Unix()
			path, err := g.senders[u.ID].Submit(ctx, dir, per, seq, unitRows(per.ID, u.ID, regs[i+1], self[i+1]))
			if err != nil {
				return err
			}
			st, _ := os.Stat(path)
			p.Files, p.Bytes, p.Rows = p.Files+1, p.Bytes+st.Size(), p.Rows+len(self[i+1])
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return err
	}
	g.clock.t = pl.merged
	if err := g.parts.time(partMerge, func(p *Part) error { return g.merge(ctx, files, p) }); err != nil {
		return err
	}
	err = g.parts.time(partReview, func(p *Part) error { return g.review(ctx, per, pl.rules.Step, self, regs[0], p) })
	if err != nil {
		return err
	}
	g.clock.t = pl.exported
	return g.parts.time(partBlocFiles, func(p *Part) error {
		w, err := exchange.Export(ctx, g.db, storage.ExportRequest{Kind: model.KindBlocFile, PeriodID: per.ID}, g.out,
			exchange.Options{AppVersion: "gen"})
		if err != nil {
			return err
		}
		p.Files, p.Bytes = p.Files+1, p.Bytes+w.Size
		g.files = append(g.files, w.Path)
		return nil
	})
}

// merge applies the units' files at the leader; every one must apply.
func (g *blocGen) merge(ctx context.Context, files []string, p *Part) error {
	out, err := exchange.Apply(ctx, g.db, files, exchange.MergeOptions{Options: exchange.Options{AppVersion: "gen"}})
	if err != nil {
		return err
	}
	for _, o := range out {
		if o.Status != model.StatusApplied {
			return fmt.Errorf("merge %s: %s: %s", o.Name, o.Status, o.Message(i18n.EN))
		}
		p.Files, p.Rows = p.Files+1, p.Rows+o.Counts.New+o.Counts.Changed
	}
	return nil
}

// review is the leader's work on a period once the files are in: its own
// unit's registration and sheet, the bloc-stage review of every sheet
// (its own unit's by the deputy), every sheet accepted, the flag's ballot
// for the year and the half-year closed.
func (g *blocGen) review(ctx context.Context, per model.Period, step model.Points, self [][]entry,
	own []model.Registration, p *Part) error {
	leader := g.leader()
	for _, r := range own {
		r.UnitID = g.units[0].ID
		if err := g.db.SetRegistration(ctx, leader, per.ID, r); err != nil {
			return err
		}
	}
	if err := g.save(ctx, per.ID, g.units[0].ID, model.StageSelf, leader, self[0], p); err != nil {
		return err
	}
	for i, u := range g.units {
		who := leader
		if i == 0 {
			if g.bloc.DeputyUnitID == "" {
				continue // a bloc of one: nobody reviews the leader's own unit
			}
			who = model.Actor{Role: model.RoleDeputy, UnitID: g.bloc.DeputyUnitID}
		}
		rng := rngFor(g.opt.Seed, g.code, u.Code, per.Code, "review")
		if err := g.save(ctx, per.ID, u.ID, model.StageBloc, who, review(rng, self[i], step), p); err != nil {
			return err
		}
	}
	for _, u := range g.units {
		if err := g.db.SetLock(ctx, leader, per.ID, model.Lock{Kind: model.LockAccepted, UnitID: u.ID,
			Reason: "Khối đã chấm, thống nhất tại hội nghị Khối"}, true); err != nil {
			return err
		}
	}
	if per.Kind == model.HalfYear {
		return g.db.SetLock(ctx, leader, per.ID, model.Lock{Kind: model.LockClosed,
			Reason: fmt.Sprintf("Đã sơ kết 6 tháng tại hội nghị Khối ngày 08/7/%d", year)}, true)
	}
	return g.ballot(ctx, per)
}

// save types one sheet at a stage, as one save.
func (g *blocGen) save(ctx context.Context, periodID, unitID string, stage model.Stage, who model.Actor, sheet []entry, p *Part) error {
	b := storage.ScoreBatch{PeriodID: periodID, UnitID: unitID, Stage: stage, Actor: who}
	for _, e := range sheet {
		s := storage.ScoreEntry{Criterion: e.c.ID, Input: e.input, Reason: e.reason}
		if e.note != "" {
			s.Note = &e.note
		}
		if e.evidence != "" {
			s.Evidence = &e.evidence
		}
		b.Entries = append(b.Entries, s)
	}
	res, err := g.db.SaveScores(ctx, b)
	p.Rows += res.Changed
	return err
}

// ballot records the secret ballot for the flag: the members vote for the
// unit ranked first, all but a few.
func (g *blocGen) ballot(ctx context.Context, per model.Period) error {
	res, err := g.db.Result(ctx, per.ID)
	if err != nil {
		return err
	}
	if len(res.Ranking.Ranked) == 0 {
		return nil
	}
	n := len(g.units)
	against := rngFor(g.opt.Seed, g.code, per.Code, "ballot").IntN(max(1, n/5))
	votes := map[string]int{res.Ranking.Ranked[0].UnitID: n - against}
	return g.db.SetBallot(ctx, g.leader(), per.ID, model.Ballot{Award: "CO", Issued: n, Returned: n, Valid: n}, votes)
}

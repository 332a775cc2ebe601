package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/sheet"
)

// runScore saves scores typed on the command line, with the same validation
// as the scoring screen: thidua score --period 2019 --unit TUYAN I.1.1=2,5
// "II.2=3:Chậm 2 báo cáo". All of them are saved, or none.
func runScore(ctx context.Context, c *cli, args []string) error {
	if len(args) > 0 && args[0] == "import" {
		return runScoreImport(ctx, c, args[1:])
	}
	fs := c.flags("score", false)
	periodCode := fs.String("period", "", "")
	unitCode := fs.String("unit", "", "")
	stageName := fs.String("stage", "self", "")
	as := fs.String("as", "", "")
	reason := fs.String("reason", "", "")
	blocCode := fs.String("bloc", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if *unitCode == "" {
		return usageError{i18n.T(c.lang, "cli.need_flag", "--unit")}
	}
	if len(pos) == 0 {
		return usageError{i18n.T(c.lang, "cli.score_need_values")}
	}
	stage, err := model.ParseStage(*stageName)
	if err != nil {
		return usageError{model.Message(c.lang, err)}
	}
	entries := make([]storage.ScoreEntry, 0, len(pos))
	for _, a := range pos {
		code, value, ok := strings.Cut(a, "=")
		if !ok || strings.TrimSpace(code) == "" {
			return usageError{i18n.T(c.lang, "cli.score_bad_pair", a)}
		}
		e := storage.ScoreEntry{Criterion: strings.TrimSpace(code), Input: value, Reason: *reason}
		if v, note, ok := strings.Cut(value, ":"); ok {
			e.Input, e.Note = v, &note
		}
		entries = append(entries, e)
	}
	s, u, err := c.scoreSession(ctx, *as, *blocCode, *periodCode, *unitCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	p := s.period
	res, err := s.db.SaveScores(ctx, storage.ScoreBatch{PeriodID: p.ID, UnitID: u.ID, Stage: stage, Actor: s.actor,
		Entries: entries, Once: true})
	if err != nil {
		return err
	}
	c.printf("cli.scores_saved", len(entries), res.Changed, u.Code, p.Code, i18n.T(c.lang, "stage."+stage.String()))
	if res.Flag != nil {
		c.warnf("cli.flag", res.Flag.Localize(c.lang))
	}
	return nil
}

// scoreSession opens the database for scoring a unit: at a bloc its own
// period and unit as session does; at a province the unit of the bloc
// --bloc names (needed when it holds several), written as the province.
func (c *cli) scoreSession(ctx context.Context, as, blocCode, periodCode, unitCode string) (*session, model.Unit, error) {
	db, err := c.open(ctx)
	if err != nil {
		return nil, model.Unit{}, err
	}
	province, err := db.IsProvince(ctx)
	if err != nil || !province {
		db.Close()
		if err != nil {
			return nil, model.Unit{}, err
		}
		s, err := c.session(ctx, as, periodCode)
		if err != nil {
			return nil, model.Unit{}, err
		}
		u, err := s.db.UnitByCode(ctx, unitCode)
		if err != nil {
			s.db.Close()
		}
		return s, u, err
	}
	s := &session{db: db, actor: model.Actor{Role: model.RoleProvince}}
	u, err := func() (model.Unit, error) {
		sections, err := db.BlocPeriods(ctx, blocCode, periodCode)
		if err != nil {
			return model.Unit{}, err
		}
		if len(sections) > 1 {
			return model.Unit{}, usageError{c.t("cli.need_flag", "--bloc")}
		}
		s.period = sections[0].Period
		id, err := blocUnitID(ctx, db, sections[0].Bloc.ID, unitCode)
		if err != nil {
			return model.Unit{}, err
		}
		units, err := db.BlocUnits(ctx, sections[0].Bloc.ID, "")
		for _, x := range units {
			if x.ID == id {
				return x, err
			}
		}
		return model.Unit{}, err
	}()
	if err != nil {
		db.Close()
		return nil, u, err
	}
	return s, u, nil
}

// actor is who the installation writes as; --as deputy is the deputy leader
// sitting at the leader's PC to review the leader's own unit.
func (c *cli) actor(ctx context.Context, db *storage.DB, as string) (model.Actor, error) {
	inst, err := db.Installation(ctx)
	if err != nil {
		return model.Actor{}, err
	}
	a := inst.Actor()
	switch strings.ToLower(strings.TrimSpace(as)) {
	case "":
	case "deputy":
		b, err := db.Bloc(ctx)
		if err != nil {
			return a, err
		}
		if inst.Role != model.RoleLeader || b.DeputyUnitID == "" {
			return a, model.Errorf("cli.no_deputy")
		}
		a = model.Actor{Role: model.RoleDeputy, UnitID: b.DeputyUnitID}
	default:
		return a, usageError{i18n.T(c.lang, "cli.bad_as", as)}
	}
	return a, nil
}

// runScoreImport saves the scores of a workbook (a unit's old score sheet)
// or a CSV file in one transaction, after a backup: every line, or none,
// with each refused line named.
func runScoreImport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("score import", false)
	periodCode := fs.String("period", "", "")
	unitCode := fs.String("unit", "", "")
	stageName := fs.String("stage", "self", "")
	as := fs.String("as", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{i18n.T(c.lang, "cli.need_file")}
	}
	file := pos[0]
	stage, err := model.ParseStage(*stageName)
	if err != nil {
		return usageError{model.Message(c.lang, err)}
	}
	f, xlsx, err := c.openTable(file)
	if err != nil {
		return err
	}
	defer closeRead(f)
	s, err := c.session(ctx, *as, *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	var lines []model.ScoreLine
	if xlsx {
		lines, err = readScoreSheet(ctx, s, f, *unitCode, stage)
	} else {
		lines, err = sheet.ParseScoreCSV(f, *unitCode, stage)
	}
	if err != nil {
		return err
	}
	if _, err := s.db.Backup(ctx, model.BackupBeforeScores); err != nil {
		return err
	}
	n, err := s.db.ImportScores(ctx, s.actor, s.period.ID, lines, filepath.Base(file))
	if err != nil {
		return err
	}
	c.printf("cli.scores_imported", len(lines), n, filepath.Base(file), s.period.Code)
	return nil
}

// readScoreSheet reads an old score sheet against the period's criteria
// table and the bloc's units.
func readScoreSheet(ctx context.Context, s *session, r io.Reader, unit string, stage model.Stage) ([]model.ScoreLine, error) {
	tree, err := s.db.VersionTree(ctx, s.period.CriteriaVersionID)
	if err != nil {
		return nil, err
	}
	units, err := s.db.Units(ctx, "")
	if err != nil {
		return nil, err
	}
	rules, err := s.db.Rules(ctx, s.period.ID)
	if err != nil {
		return nil, err
	}
	return sheet.ReadScores(r, sheet.ScoreOptions{Tree: tree, Units: units, Unit: unit, Stage: stage, Step: rules.Step})
}

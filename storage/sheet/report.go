package sheet

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
)

// ReportOptions are the choices a report is printed with.
type ReportOptions struct {
	Lang i18n.Lang
	// Place is the place name in the summary's date line ("Sông Cầu, ngày
	// …"); "" takes the leader unit's short name. A unit's own sheet takes
	// the unit's short name.
	Place string
	// Date is the date printed on the documents; zero means today.
	Date time.Time
	// Only lists the parts to print (Parts); empty prints every part the
	// period has.
	Only []string
	// Progress, when set, is told after each unit's sheet is read (the
	// reading is most of the work).
	Progress func(done, total int)
}

// ENothingToPrint is the code of the error of a report asked only for
// parts the period lacks.
const ENothingToPrint = "sheet.nothing_to_print"

// The parts of a report, in the order they print.
const (
	PartSummary  = "summary"  // the bloc's summary and ranking
	PartMinutes  = "minutes"  // the minutes of the meeting that reviewed the period
	PartProposal = "proposal" // the proposal to the province for awards
	PartChart    = "chart"    // the chart of totals
	PartSheets   = "sheets"   // each unit's score sheet
	PartCovenant = "covenant" // the registrations, signed by each unit
	// PartNominees is each unit's list of individuals proposed for awards.
	PartNominees = "nominees"
	// PartBlocNominees is the bloc's list: the individuals it proposes to
	// the province.
	PartBlocNominees = "bloc-nominees"
)

// Parts are the parts of a report, in the order they print.
var Parts = []string{PartSummary, PartMinutes, PartProposal, PartBlocNominees, PartChart, PartSheets, PartNominees, PartCovenant}

// wants reports whether a part is asked for.
func (o ReportOptions) wants(part string) bool {
	return len(o.Only) == 0 || slices.Contains(o.Only, part)
}

// Report is a period's print-ready workbook, built in memory.
type Report struct {
	book *book
	// Sheets names the sheets in order: the summary, the minutes, the
	// proposal, the chart, one score sheet per unit that has scores (in
	// ranking order), the registrations.
	Sheets []string
}

// reportData is everything a report prints, read from the database once.
type reportData struct {
	res     model.PeriodResult
	sheets  map[string]model.ScoreSheet     // by unit id
	reviews map[reviewKey]string            // why a review stage (or the leader, over a signed self-score) changed a score
	regs    map[string][]model.Registration // by unit id
	meeting model.Meeting
	// book is every unit's individuals for the period; personUnit maps a
	// person's id to their unit's.
	book       people.Book
	personUnit map[string]string
	opt        ReportOptions
	// sheetName names the summary sheet ("" for its usual name): the
	// province's report names each bloc's by the bloc's code.
	sheetName string
}

// reviewKey names one review score of one unit.
type reviewKey struct {
	unit, criterion string
	stage           model.Stage
}

// Source is what a report reads: the period's result and meeting, and
// each unit's sheet, history and registrations. The database is one; the
// report only reads, so it can be built in a background command.
type Source interface {
	Result(ctx context.Context, periodID string) (model.PeriodResult, error)
	Meeting(ctx context.Context, periodID string) (model.Meeting, error)
	LoadSheet(ctx context.Context, periodID, unitID string) (model.ScoreSheet, error)
	History(ctx context.Context, periodID, unitID, criterionID string) ([]model.Change, error)
	Registrations(ctx context.Context, periodID, unitID string) ([]model.Registration, error)
	Book(ctx context.Context, periodID, unitID string) (people.Book, error)
}

// BuildReport reads a period from db and builds its print-ready workbook:
// the bloc's summary and ranking, each unit's score sheet and the
// compiled registrations, labelled in opt.Lang and dated opt.Date.
func BuildReport(ctx context.Context, db Source, periodID string, opt ReportOptions) (*Report, error) {
	if opt.Lang == "" {
		opt.Lang = i18n.VI
	}
	if opt.Date.IsZero() {
		opt.Date = time.Now()
	}
	d, err := loadReport(ctx, db, periodID, opt)
	if err != nil {
		return nil, err
	}
	return buildReport(d)
}

// loadReport reads the period's result, every unit's sheet, the reasons
// given for review scores and the registrations.
func loadReport(ctx context.Context, db Source, periodID string, opt ReportOptions) (*reportData, error) {
	res, err := db.Result(ctx, periodID)
	if err != nil {
		return nil, err
	}
	d := &reportData{res: res, opt: opt, sheets: map[string]model.ScoreSheet{}, reviews: map[reviewKey]string{},
		regs: map[string][]model.Registration{}}
	if d.meeting, err = db.Meeting(ctx, periodID); err != nil {
		return nil, fmt.Errorf("report meeting: %w", err)
	}
	if d.book, err = db.Book(ctx, periodID, ""); err != nil {
		return nil, fmt.Errorf("report individuals: %w", err)
	}
	d.personUnit = map[string]string{}
	for _, p := range d.book.People {
		d.personUnit[p.ID] = p.Unit
	}
	all := res.Ranking.All()
	for i, p := range all {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if opt.Progress != nil {
			opt.Progress(i, len(all))
		}
		s, err := db.LoadSheet(ctx, periodID, p.UnitID)
		if err != nil {
			return nil, fmt.Errorf("report sheet %s: %w", p.Code, err)
		}
		d.sheets[p.UnitID] = s
		if reviewed(s) || overridden(s) {
			hist, err := db.History(ctx, periodID, p.UnitID, "")
			if err != nil {
				return nil, fmt.Errorf("report history %s: %w", p.Code, err)
			}
			for _, c := range hist { // newest first: the first reason is the standing one
				st, err := model.ParseStage(c.Stage)
				k := reviewKey{p.UnitID, c.CriterionID, st}
				// A self-score the leader changed after the unit signed it
				// prints the leader's reason.
				changedSelf := st == model.StageSelf && s.Rows[c.CriterionID][st].Flag == model.FlagOverridden && c.Reason != ""
				if _, seen := d.reviews[k]; !seen && err == nil && (st > model.StageSelf || changedSelf) && c.Action == model.ActScoreSet {
					d.reviews[k] = c.Reason
				}
			}
		}
		if d.regs[p.UnitID], err = db.Registrations(ctx, periodID, p.UnitID); err != nil {
			return nil, fmt.Errorf("report registrations %s: %w", p.Code, err)
		}
	}
	return d, nil
}

// reviewed reports whether a sheet has any score above the unit's own.
func reviewed(s model.ScoreSheet) bool {
	for _, stages := range s.Rows {
		for st := range stages {
			if st > model.StageSelf {
				return true
			}
		}
	}
	return false
}

// overridden reports whether the leader changed any of the unit's signed
// self-scores.
func overridden(s model.ScoreSheet) bool {
	for _, stages := range s.Rows {
		if stages[model.StageSelf].Flag == model.FlagOverridden {
			return true
		}
	}
	return false
}

// buildReport lays the documents out, each part asked for that the period
// has: the minutes always (a meeting not yet recorded leaves dotted lines
// to fill in), the proposal when a unit is proposed for an award, the
// chart when units are ranked, the score sheets of the units that have
// scores, the covenant when units registered. Asking only for parts the
// period lacks is refused.
func buildReport(d *reportData) (*Report, error) {
	b, err := newBook(d.opt.Lang)
	if err != nil {
		return nil, err
	}
	r := &Report{book: b}
	one := func(f func(*reportData) (string, error)) func(*reportData) ([]string, error) {
		return func(d *reportData) ([]string, error) {
			name, err := f(d)
			return []string{name}, err
		}
	}
	for _, p := range []struct {
		part  string
		has   bool
		build func(*reportData) ([]string, error)
	}{
		{PartSummary, true, one(b.summarySheet)},
		{PartMinutes, true, one(b.minutesSheet)},
		{PartProposal, len(d.res.Proposals.List) > 0, one(b.proposalSheet)},
		{PartBlocNominees, len(d.book.Upward()) > 0, one(b.blocNomineeSheet)},
		{PartChart, len(d.res.Ranking.Ranked) > 0, one(b.chartSheet)},
		{PartSheets, true, b.unitSheets},
		{PartNominees, len(d.book.Nominees) > 0, b.unitNomineeSheets},
		{PartCovenant, hasRegistrations(d), one(b.covenantSheet)},
	} {
		if !p.has || !d.opt.wants(p.part) {
			continue
		}
		names, err := p.build(d)
		if err != nil {
			return nil, fmt.Errorf("%s sheet: %w", p.part, err)
		}
		r.Sheets = append(r.Sheets, names...)
	}
	if len(r.Sheets) == 0 {
		return nil, model.Errorf(ENothingToPrint)
	}
	b.f.SetActiveSheet(0)
	return r, nil
}

// unitSheets writes the score sheet of each unit that has scores, in
// ranking order.
func (b *book) unitSheets(d *reportData) ([]string, error) {
	var names []string
	for _, p := range d.res.Ranking.All() {
		if len(d.sheets[p.UnitID].Rows) == 0 {
			continue
		}
		name, err := b.unitSheet(d, p)
		if err != nil {
			return nil, fmt.Errorf("score sheet %s: %w", p.Code, err)
		}
		names = append(names, name)
	}
	return names, nil
}

func hasRegistrations(d *reportData) bool {
	for _, list := range d.regs {
		if len(list) > 0 {
			return true
		}
	}
	return false
}

// WriteTo writes the workbook's file to w (the caller makes it appear
// whole or not at all: storage.WriteAtomic).
func (r *Report) WriteTo(w io.Writer) (int64, error) { return r.book.f.WriteTo(w) }

// place is the place name of the documents' date lines: the one asked
// for, else the leader unit's.
func (d *reportData) place() string {
	if d.opt.Place != "" {
		return d.opt.Place
	}
	return d.res.Units[d.res.Bloc.LeaderUnitID].ShortName
}

package main

import (
	"context"
	"strconv"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/storage"
)

// staffFor reads the people a command's names are looked up in: the
// unit's (--unit or the installation's), or every unit's for the leader.
func (c *cli) staffFor(ctx context.Context, db *storage.DB, unitCode string) ([]people.Person, error) {
	unitID, err := c.peopleUnit(ctx, db, unitCode, false)
	if err != nil {
		return nil, err
	}
	return db.Staff(ctx, unitID)
}

// personPairs reads PERSON=VALUE arguments: the person found by id or name (the
// Vietnamese way, accents ignored), the value after "=".
func (c *cli) personPairs(ps []people.Person, args []string) ([]people.Person, []string, error) {
	var who []people.Person
	var vals []string
	for _, a := range args {
		name, val, ok := strings.Cut(a, "=")
		if !ok || strings.TrimSpace(name) == "" || strings.TrimSpace(val) == "" {
			return nil, nil, usageError{i18n.T(c.lang, "people_cli.bad_pair", printable(a))}
		}
		p, err := people.Find(ps, people.Clean(name))
		if err != nil {
			return nil, nil, err
		}
		who, vals = append(who, p), append(vals, strings.TrimSpace(val))
	}
	return who, vals, nil
}

// runPeopleRegister records the titles people register for in a period:
// thidua people register --period 2026 "Nguyễn Văn An=LĐTT,CSTĐCS".
func runPeopleRegister(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("people register", false)
	periodCode := fs.String("period", "", "")
	unitCode := fs.String("unit", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageError{i18n.T(c.lang, "people_cli.need_pairs")}
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	ps, err := c.staffFor(ctx, s.db, *unitCode)
	if err != nil {
		return err
	}
	who, vals, err := c.personPairs(ps, pos)
	if err != nil {
		return err
	}
	year := people.PeriodOf(s.period).Year
	regs := make([]people.Registration, len(who))
	for i, p := range who {
		regs[i] = people.Registration{Person: p.ID, Year: year}
		for _, w := range strings.FieldsFunc(vals[i], func(r rune) bool { return r == ',' || r == '+' || r == ';' }) {
			f, err := people.ParseForm(w)
			if err != nil {
				return err
			}
			regs[i].Forms = append(regs[i].Forms, f)
		}
	}
	if err := s.db.SetNomineeRegistrations(ctx, s.actor, s.period.ID, regs); err != nil {
		return err
	}
	c.printf("people_cli.registered", len(regs), s.period.Code)
	return nil
}

// runPeopleHistory records what a unit holds about its people: a year's
// reviews (PERSON=RATING[:months served]) or the titles and certificates
// received (PERSON=FORM[:decision]).
func runPeopleHistory(ctx context.Context, c *cli, kind string, args []string) error {
	fs := c.flags("people "+kind, false)
	year := fs.Int("year", 0, "")
	unitCode := fs.String("unit", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if *year == 0 {
		return usageError{i18n.T(c.lang, "cli.need_flag", "--year")}
	}
	if len(pos) == 0 {
		return usageError{i18n.T(c.lang, "people_cli.need_pairs")}
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	actor, err := c.actor(ctx, db, "")
	if err != nil {
		return err
	}
	ps, err := c.staffFor(ctx, db, *unitCode)
	if err != nil {
		return err
	}
	who, vals, err := c.personPairs(ps, pos)
	if err != nil {
		return err
	}
	h, err := historyOf(kind, *year, who, vals)
	if err != nil {
		return err
	}
	if err := db.SetHistory(ctx, actor, h); err != nil {
		return err
	}
	c.printf("people_cli.history", len(who), *year)
	return nil
}

func historyOf(kind string, year int, who []people.Person, vals []string) (people.History, error) {
	var h people.History
	for i, p := range who {
		val, extra, _ := strings.Cut(vals[i], ":")
		if kind == "award" {
			f, err := people.ParseForm(val)
			if err != nil {
				return h, err
			}
			h.Awards = append(h.Awards, people.Award{Person: p.ID, Year: year, Form: f, Decision: people.Clean(extra)})
			continue
		}
		r, ok := people.ParseRating(val)
		if !ok || r == people.RatingUnknown {
			return h, model.Errorf(people.EBadRating)
		}
		months := 0
		if strings.TrimSpace(extra) != "" {
			n, err := strconv.Atoi(strings.TrimSpace(extra))
			if err != nil {
				return h, model.Errorf(people.EBadMonths, extra)
			}
			months = n
		}
		h.Reviews = append(h.Reviews, people.Review{Person: p.ID, Year: year, Rating: r, MonthsServed: months})
	}
	return h, nil
}

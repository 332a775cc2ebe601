package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/model/people"
	"thidua/storage"
)

// runPeople lists the staff of the installation's unit (the leader's and
// the province's: every unit's, or --unit's), sorted the Vietnamese way;
// its subcommands import a list and record registrations and history.
func runPeople(ctx context.Context, c *cli, args []string) error {
	if len(args) > 0 {
		switch args[0] {
		case "import":
			return runPeopleImport(ctx, c, args[1:])
		case "register":
			return runPeopleRegister(ctx, c, args[1:])
		case "review", "award":
			return runPeopleHistory(ctx, c, args[0], args[1:])
		case "rules":
			return runPeopleRules(ctx, c, args[1:])
		}
	}
	fs := c.flags("people", true)
	unitCode := fs.String("unit", "", "")
	find := fs.String("find", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{i18n.T(c.lang, "people_cli.unknown_sub", pos[0])}
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	unitID, err := c.peopleUnit(ctx, db, *unitCode, false)
	if err != nil {
		return err
	}
	ps, err := db.Staff(ctx, unitID)
	if err != nil {
		return err
	}
	if strings.TrimSpace(*find) != "" {
		ps = people.Search(ps, *find)
	}
	names, err := unitCodes(ctx, db)
	if err != nil {
		return err
	}
	if c.json {
		h, err := db.PeopleHistory(ctx, unitID)
		if err != nil {
			return err
		}
		return c.writeJSON(struct {
			People []personJSON `json:"people"`
		}{peopleJSON(ps, names, h.Awards)})
	}
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", i18n.T(c.lang, "nominee_list.col_no"), i18n.T(c.lang, "nominee_list.col_name"),
		i18n.T(c.lang, "people_cli.col_sex"), i18n.T(c.lang, "people_cli.col_born"), i18n.T(c.lang, "nominee_list.col_position"),
		i18n.T(c.lang, "col.code"))
	for i, p := range ps {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\n", i+1, printable(p.Name), p.Sex.Localize(c.lang), yearText(p.BirthYear),
			printable(p.Position), printable(names[p.Unit]))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	c.printf("people_cli.count", len(ps))
	return nil
}

type personJSON struct {
	ID        string `json:"id"`
	Unit      string `json:"unit"`
	Name      string `json:"name"`
	Position  string `json:"position"`
	Sex       string `json:"sex"`
	BirthYear int    `json:"birth_year,omitempty"`
	// Awards are the titles and certificates received, with the decision.
	Awards []awardJSON `json:"awards,omitempty"`
}

type awardJSON struct {
	Year     int    `json:"year"`
	Form     string `json:"form"`
	Decision string `json:"decision"`
}

func peopleJSON(ps []people.Person, units map[string]string, awards []people.Award) []personJSON {
	held := map[string][]awardJSON{}
	for _, a := range awards {
		held[a.Person] = append(held[a.Person], awardJSON{a.Year, a.Form.Code(), a.Decision})
	}
	out := []personJSON{}
	for _, p := range ps {
		out = append(out, personJSON{p.ID, units[p.Unit], p.Name, p.Position, p.Sex.String(), p.BirthYear, held[p.ID]})
	}
	return out
}

func yearText(y int) string {
	if y == 0 {
		return ""
	}
	return strconv.Itoa(y)
}

// unitCodes maps every unit's id to its code.
func unitCodes(ctx context.Context, db *storage.DB) (map[string]string, error) {
	us, err := db.Units(ctx, "")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, u := range us {
		out[u.ID] = u.Code
	}
	return out, nil
}

// peopleUnit is the unit a people command is about: --unit, or the
// installation's own unit; with need false, the leader's and the
// province's default is every unit ("").
func (c *cli) peopleUnit(ctx context.Context, db *storage.DB, code string, need bool) (string, error) {
	if strings.TrimSpace(code) != "" {
		u, err := db.UnitByCode(ctx, code)
		return u.ID, err
	}
	inst, err := db.Installation(ctx)
	if err != nil {
		return "", err
	}
	if inst.Role == model.RoleUnit || need {
		if inst.UnitID == "" {
			return "", usageError{i18n.T(c.lang, "cli.need_flag", "--unit")}
		}
		return inst.UnitID, nil
	}
	return "", nil
}

// runPeopleImport reads a unit's staff list from a workbook or CSV file
// and writes it whole, or refuses it with every problem and its line.
func runPeopleImport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("people import", false)
	unitCode := fs.String("unit", "", "")
	periodCode := fs.String("period", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{i18n.T(c.lang, "cli.need_file")}
	}
	f, _, err := c.openTable(pos[0]) // the format, before the database
	if err != nil {
		return err
	}
	closeRead(f)
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	unitID, err := c.peopleUnit(ctx, s.db, *unitCode, true)
	if err != nil {
		return err
	}
	a := app.App{DB: s.db}
	st, res, err := a.ImportStaffFile(ctx, s.actor, unitID, pos[0], people.PeriodOf(s.period).Year)
	if st != nil {
		for _, n := range st.Problems {
			c.warnf("people_cli.problem", n.Message().Localize(c.lang))
		}
		for _, n := range st.Notes {
			c.warnf("people_cli.note", n.Message().Localize(c.lang))
		}
	}
	if err != nil {
		return err
	}
	c.printf("people_cli.imported", len(st.Rows), res.Added, res.Updated, res.Unchanged, res.Kept)
	return nil
}

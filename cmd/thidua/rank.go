package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"thidua/model"
	"thidua/model/i18n"
)

// rankUnitJSON is one unit in `thidua rank --json` (DESIGN §5: fields may be
// added, never renamed; points are decimal numbers).
type rankUnitJSON struct {
	Rank      int         `json:"rank"` // 0 when not ranked
	Code      string      `json:"code"`
	Name      string      `json:"name"`
	ShortName string      `json:"short_name"`
	Stage     string      `json:"stage"`
	Reviewed  bool        `json:"reviewed"`
	SelfTotal json.Number `json:"self_total"`
	Standard  json.Number `json:"standard"`
	Bonus     json.Number `json:"bonus"`
	Deduction json.Number `json:"deduction"`
	Total     json.Number `json:"total"`
	Tied      bool        `json:"tied"`
	Ranked    bool        `json:"ranked"`
	Proposal  string      `json:"proposal"`
	Explain   string      `json:"explain"`
	Flags     []string    `json:"flags"`
	Missing   int         `json:"missing"`
	// Decisions are the province's decisions on the unit, in words.
	Decisions []string `json:"decisions"`
}

type rankJSON struct {
	Bloc     string `json:"bloc"`
	BlocCode string `json:"bloc_code"`
	// Stage is the highest stage any unit ranks on; StageNote says in
	// words which stage ranked how many units.
	Stage     string         `json:"stage"`
	StageNote string         `json:"stage_note"`
	Period    string         `json:"period"`
	Label     string         `json:"period_label"`
	Criteria  string         `json:"criteria_version"`
	TieBreaks string         `json:"tie_breaks"`
	Numbering string         `json:"numbering"`
	Units     []rankUnitJSON `json:"units"`
}

func num(p model.Points) json.Number { return json.Number(p.String()) }

// rankDoc turns a period's result into the JSON document, explanations and
// proposals in language l.
func rankDoc(r model.PeriodResult, l i18n.Lang) rankJSON {
	doc := rankJSON{Bloc: r.Bloc.Name, BlocCode: r.Bloc.Code, Period: r.Period.Code, Label: r.Period.Label, Criteria: r.Period.CriteriaHash,
		TieBreaks: model.FormatTieBreaks(r.Rules.TieBreaks), Numbering: r.Rules.Numbering.String(), Units: []rankUnitJSON{}}
	codes := r.Codes()
	for _, p := range r.Ranking.All() {
		u := r.Units[p.UnitID]
		j := rankUnitJSON{
			Rank: p.Rank, Code: p.Code, Name: u.Name, ShortName: u.ShortName, Stage: p.Stage.String(), Reviewed: p.Reviewed,
			SelfTotal: num(r.Self[p.UnitID].Total), Standard: num(p.Totals.Standard), Bonus: num(p.Totals.Bonus),
			Deduction: num(p.Totals.Deduction), Total: num(p.Totals.Total), Tied: p.Tied, Ranked: p.NotRanked == nil,
			Proposal: r.Proposals.Describe(l, p.UnitID, r.Rules.Awards, codes), Explain: p.Explain(l),
			Flags: []string{}, Missing: len(p.Totals.Missing), Decisions: []string{},
		}
		for _, f := range p.Flags {
			j.Flags = append(j.Flags, f.Localize(l))
		}
		for _, d := range r.Decisions {
			if d.UnitID == p.UnitID {
				j.Decisions = append(j.Decisions, model.DescribeDecision(l, d, r.Rules.Awards, codes))
			}
		}
		doc.Units = append(doc.Units, j)
	}
	top, note := model.StageNote(l, r.Ranking)
	doc.Stage, doc.StageNote = top.String(), note
	return doc
}

// runRank prints a period's ranking with totals, the stage used, ties,
// explanations and award proposals: at a province one section a bloc
// (--bloc names one), with --json a list of blocs.
func runRank(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("rank", true)
	periodCode := fs.String("period", "", "")
	history := fs.Bool("history", false, "")
	blocCode := fs.String("bloc", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	if *history {
		if *periodCode != "" || *blocCode != "" {
			return usageError{i18n.T(c.lang, "history.cli.no_period")}
		}
		return runRankHistory(ctx, c)
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	sections, province, err := blocSections(ctx, db, *blocCode, *periodCode)
	if err != nil {
		return err
	}
	var docs []rankJSON
	for _, s := range sections {
		r, err := db.Result(ctx, s.Period.ID)
		if err != nil {
			return err
		}
		docs = append(docs, rankDoc(r, c.lang))
	}
	if c.json {
		if !province {
			return c.writeJSON(docs[0])
		}
		return c.writeJSON(provinceJSON[rankJSON]{Period: *periodCode, Blocs: docs})
	}
	for i, doc := range docs {
		if i > 0 {
			fmt.Fprintln(c.io.out)
		}
		if err := c.printRank(doc); err != nil {
			return err
		}
	}
	return nil
}

// printRank prints one bloc's ranking as a table, then each unit's
// explanation, proposal, decision and flags.
func (c *cli) printRank(doc rankJSON) error {
	fmt.Fprintf(c.io.out, "%s — %s\n", printable(doc.Bloc), printable(doc.Label))
	if doc.StageNote != "" {
		fmt.Fprintf(c.io.out, "%s\n", printable(doc.StageNote))
	}
	fmt.Fprintln(c.io.out)
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', tabwriter.AlignRight)
	t := func(id string) string { return i18n.T(c.lang, id) }
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", t("col.rank"), t("col.code"), t("col.self_total"),
		t("col.stage"), t("col.standard"), t("col.bonus"), t("col.deduction"), t("col.total"))
	for _, u := range doc.Units {
		rank := "—"
		if u.Ranked {
			rank = strconv.Itoa(u.Rank)
			if u.Tied {
				rank += "="
			}
		}
		pt := func(n json.Number) string {
			v, _ := model.ParsePoints(n.String())
			return v.Localize(c.lang)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", rank, printable(u.Code), pt(u.SelfTotal), t("stage."+u.Stage),
			pt(u.Standard), pt(u.Bonus), pt(u.Deduction), pt(u.Total))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(c.io.out)
	for _, u := range doc.Units {
		fmt.Fprintf(c.io.out, "%s: %s\n", printable(u.Code), printable(u.Explain))
		if u.Proposal != "" {
			fmt.Fprintf(c.io.out, "    %s\n", printable(u.Proposal))
		}
		for _, d := range u.Decisions {
			fmt.Fprintf(c.io.out, "    %s\n", printable(d))
		}
		for _, f := range u.Flags {
			fmt.Fprintf(c.io.out, "    ! %s\n", printable(f))
		}
	}
	return nil
}

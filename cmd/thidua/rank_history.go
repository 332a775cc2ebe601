package main

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"thidua/model"
	"thidua/model/i18n"
)

// historyJSON is `thidua rank --history --json` (fields may be added,
// never renamed): every period oldest first, and each unit's total, rank
// and shortfalls in each.
type historyJSON struct {
	Bloc    string            `json:"bloc"`
	Periods []historyPeriod   `json:"periods"`
	Units   []historyUnitJSON `json:"units"`
}

type historyPeriod struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
}

type historyUnitJSON struct {
	Code      string             `json:"code"`
	Name      string             `json:"name"`
	ShortName string             `json:"short_name"`
	Sparkline string             `json:"sparkline"`
	History   []historyPointJSON `json:"history"` // one per period, in the order of periods
}

type historyPointJSON struct {
	Period     string          `json:"period"`
	Scored     bool            `json:"scored"`
	Total      json.Number     `json:"total"`
	Rank       int             `json:"rank"` // 0 when not ranked
	Tied       bool            `json:"tied"`
	Shortfalls []shortfallJSON `json:"shortfalls"`
}

type shortfallJSON struct {
	Code    string      `json:"code"`
	Title   string      `json:"title"`
	Unit    json.Number `json:"unit"`
	Average json.Number `json:"average"`
	Lost    json.Number `json:"lost"`
}

// historyDoc turns a history into its JSON document, units in the order
// of the latest period's ranking.
func historyDoc(bloc model.Bloc, h model.History, units []model.Unit) historyJSON {
	doc := historyJSON{Bloc: bloc.Name, Periods: []historyPeriod{}, Units: []historyUnitJSON{}}
	for _, p := range h.Periods {
		doc.Periods = append(doc.Periods, historyPeriod{Code: p.Code, Label: p.Label, Kind: p.Kind.String()})
	}
	lo, hi := h.Range()
	for _, u := range historyOrder(h, units) {
		j := historyUnitJSON{Code: u.Code, Name: u.Name, ShortName: u.ShortName, Sparkline: h.Sparkline(u.ID, lo, hi)}
		for i, pt := range h.Units[u.ID] {
			hp := historyPointJSON{Period: h.Periods[i].Code, Scored: pt.Scored, Total: num(pt.Total), Rank: pt.Rank, Tied: pt.Tied,
				Shortfalls: []shortfallJSON{}}
			for _, s := range pt.Shortfalls {
				hp.Shortfalls = append(hp.Shortfalls, shortfallJSON{Code: s.Code, Title: s.Title, Unit: num(s.Unit),
					Average: num(s.Average), Lost: num(s.Lost)})
			}
			j.History = append(j.History, hp)
		}
		doc.Units = append(doc.Units, j)
	}
	return doc
}

// historyOrder lists the units that have a history: by rank in the latest
// period someone has scores in, then those not ranked there in Vietnamese
// order of their names.
func historyOrder(h model.History, units []model.Unit) []model.Unit {
	last := len(h.Periods) - 1
	for ; last > 0; last-- {
		if slices.ContainsFunc(units, func(u model.Unit) bool { pts, ok := h.Units[u.ID]; return ok && pts[last].Scored }) {
			break
		}
	}
	var ranked, rest []model.Unit
	for _, u := range sortedUnits(unitMap(units)) {
		pts, ok := h.Units[u.ID]
		switch {
		case !ok:
		case last >= 0 && pts[last].Rank > 0:
			ranked = append(ranked, u)
		default:
			rest = append(rest, u)
		}
	}
	rank := func(u model.Unit) int { return h.Units[u.ID][last].Rank }
	for i := 1; i < len(ranked); i++ { // insertion sort keeps the name order among ties
		for j := i; j > 0 && rank(ranked[j]) < rank(ranked[j-1]); j-- {
			ranked[j], ranked[j-1] = ranked[j-1], ranked[j]
		}
	}
	return append(ranked, rest...)
}

func unitMap(units []model.Unit) map[string]model.Unit {
	out := make(map[string]model.Unit, len(units))
	for _, u := range units {
		out[u.ID] = u
	}
	return out
}

// runRankHistory prints each unit's total and rank in every period, with
// a small chart, and where it lost the most points against the bloc's
// average in the latest period and the one to compare it with.
func runRankHistory(ctx context.Context, c *cli) error {
	s, err := c.session(ctx, "", "")
	if err != nil {
		return err
	}
	defer s.db.Close()
	h, err := s.db.ResultHistory(ctx)
	if err != nil {
		return err
	}
	units, err := s.db.Units(ctx, "")
	if err != nil {
		return err
	}
	bloc, err := s.db.Bloc(ctx)
	if err != nil {
		return err
	}
	doc := historyDoc(bloc, h, units)
	if c.json {
		return c.writeJSON(doc)
	}
	fmt.Fprintf(c.io.out, "%s — %s\n\n", printable(doc.Bloc), i18n.T(c.lang, "history.title"))
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
	head := []string{i18n.T(c.lang, "col.code"), ""}
	for _, p := range doc.Periods {
		head = append(head, printable(p.Code))
	}
	fmt.Fprintln(w, strings.Join(head, "\t")+"\t")
	for _, u := range doc.Units {
		cells := []string{printable(u.Code), u.Sparkline}
		for _, pt := range u.History {
			cells = append(cells, c.historyCell(pt))
		}
		fmt.Fprintln(w, strings.Join(cells, "\t")+"\t")
	}
	if err := w.Flush(); err != nil {
		return err
	}
	c.printShortfalls(h, doc)
	return nil
}

// historyCell is a unit's total and rank in a period: "101,75 (1)".
func (c *cli) historyCell(pt historyPointJSON) string {
	if !pt.Scored {
		return "—"
	}
	total, _ := model.ParsePoints(pt.Total.String())
	rank := "—"
	if pt.Rank > 0 {
		rank = strconv.Itoa(pt.Rank)
		if pt.Tied {
			rank += "="
		}
	}
	return total.Localize(c.lang) + " (" + rank + ")"
}

// printShortfalls writes, for each unit, where it lost the most points
// against the bloc's average in the latest period and the one before it.
func (c *cli) printShortfalls(h model.History, doc historyJSON) {
	if len(h.Periods) == 0 {
		return
	}
	latest := h.Periods[len(h.Periods)-1]
	idx := []int{len(h.Periods) - 1}
	if prev, ok := model.PreviousPeriod(h.Periods, latest.ID); ok {
		idx = append(idx, h.Index(prev.ID))
	}
	fmt.Fprintf(c.io.out, "\n%s\n", i18n.T(c.lang, "history.shortfalls"))
	for _, u := range doc.Units {
		for _, i := range idx {
			pt := u.History[i]
			if len(pt.Shortfalls) == 0 {
				continue
			}
			var parts []string
			for _, s := range pt.Shortfalls {
				lost, _ := model.ParsePoints(s.Lost.String())
				parts = append(parts, printable(s.Code)+" −"+lost.Localize(c.lang))
			}
			fmt.Fprintf(c.io.out, "  %s, %s: %s\n", printable(u.Code), printable(pt.Period), strings.Join(parts, "; "))
		}
	}
}

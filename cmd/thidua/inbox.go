package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"thidua/model"
	"thidua/storage"
)

// inboxRowJSON is one unit in `thidua inbox --json`.
type inboxRowJSON struct {
	Code       string `json:"code"`
	Name       string `json:"name"`
	Review     string `json:"review"`
	ReceivedAt string `json:"received_at"`
	Seq        int64  `json:"seq"`
	Receipt    string `json:"receipt"`
	Status     string `json:"status"`
	Key        string `json:"key"`
	Holds      int    `json:"holds"`
	Flagged    int    `json:"flagged"`
	Deadline   string `json:"deadline"`
}

// inboxBlocJSON is one bloc in `thidua inbox --json` at a province: the
// board's line for the bloc and its units' rows.
type inboxBlocJSON struct {
	Bloc       string         `json:"bloc"`
	Name       string         `json:"name"`
	Leader     string         `json:"leader"`
	Period     string         `json:"period"`
	State      string         `json:"state"`
	ReceivedAt string         `json:"received_at"`
	Seq        int64          `json:"seq"`
	Receipt    string         `json:"receipt"`
	Status     string         `json:"status"`
	Key        string         `json:"key"`
	Holds      int            `json:"holds"`
	Deadline   string         `json:"deadline"`
	DaysLeft   *int           `json:"days_left"`
	Units      []inboxRowJSON `json:"units"`
}

// runInbox prints the leader's board for a period: per unit, the last file
// received and when, its seq and receipt, the key's verification, open
// holds, the review state and the deadline. At a province it prints the
// board of blocs, each bloc's line followed by its units (--bloc names one).
func runInbox(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("inbox", true)
	periodCode := fs.String("period", "", "")
	blocCode := fs.String("bloc", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
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
	if !province {
		doc, err := inboxUnits(ctx, db, sections[0].Period.ID)
		if err != nil {
			return err
		}
		if c.json {
			return c.writeJSON(map[string]any{"period": sections[0].Period.Code, "units": doc})
		}
		return c.printInbox(doc)
	}
	board, err := db.ProvinceBlocs(ctx, *periodCode)
	if err != nil {
		return err
	}
	var docs []inboxBlocJSON
	for _, s := range sections {
		for _, b := range board {
			if b.Bloc.ID != s.Bloc.ID {
				continue
			}
			d := c.inboxBloc(b, db.Now())
			if d.Units, err = inboxUnits(ctx, db, s.Period.ID); err != nil {
				return err
			}
			docs = append(docs, d)
		}
	}
	if c.json {
		return c.writeJSON(provinceJSON[inboxBlocJSON]{Period: *periodCode, Blocs: docs})
	}
	for i, d := range docs {
		if i > 0 {
			fmt.Fprintln(c.io.out)
		}
		c.printInboxBloc(d)
		if err := c.printInbox(d.Units); err != nil {
			return err
		}
	}
	return nil
}

// inboxUnits is a period's units on the board, as JSON rows.
func inboxUnits(ctx context.Context, db *storage.DB, periodID string) ([]inboxRowJSON, error) {
	rows, err := db.Inbox(ctx, periodID)
	if err != nil {
		return nil, err
	}
	doc := []inboxRowJSON{}
	for _, r := range rows {
		j := inboxRowJSON{Code: r.Unit.Code, Name: r.Unit.Name, Review: r.Review.String(), Holds: r.OpenHolds,
			Flagged: r.Flagged, Key: r.KeyVerified}
		if r.Last != nil {
			j.ReceivedAt, j.Seq, j.Status = r.Last.At.Format(time.RFC3339), r.Last.Seq, r.Last.Status.String()
			j.Receipt = fmt.Sprintf("%d-%.8s", r.Last.Seq, r.Last.ContentHash)
		}
		if !r.Deadline.IsZero() {
			j.Deadline = r.Deadline.Format("2006-01-02")
		}
		doc = append(doc, j)
	}
	return doc, nil
}

// inboxBloc is a bloc's line of the province's board.
func (c *cli) inboxBloc(b model.ProvinceBloc, now time.Time) inboxBlocJSON {
	d := inboxBlocJSON{Bloc: b.Bloc.Code, Name: b.Bloc.Name, Leader: b.Leader.Code, Period: b.Period.Code,
		State: b.State().String(), Key: b.KeyVerified, Holds: b.OpenHolds}
	if b.Last != nil {
		d.ReceivedAt, d.Seq, d.Status = b.Last.At.Format(time.RFC3339), b.Last.Seq, b.Last.Status.String()
		d.Receipt = fmt.Sprintf("%d-%.8s", b.Last.Seq, b.Last.ContentHash)
	}
	if dl := b.Deadline(); !dl.IsZero() {
		d.Deadline = dl.Format("2006-01-02")
		days, _ := b.DaysLeft(now)
		d.DaysLeft = &days
	}
	return d
}

func (c *cli) printInboxBloc(d inboxBlocJSON) {
	at, key, days := "—", c.t("exchange.key.none"), "—"
	if d.ReceivedAt != "" {
		t, _ := time.Parse(time.RFC3339, d.ReceivedAt)
		at = t.Local().Format("02/01 15:04") + " " + d.Receipt
	}
	if d.Key != "" {
		key = c.t("exchange.key." + d.Key)
	}
	if d.DaysLeft != nil {
		days = c.t("province.days_left", *d.DaysLeft)
		if *d.DaysLeft < 0 {
			days = c.t("province.days_past", -*d.DaysLeft)
		}
	}
	fmt.Fprintf(c.io.out, "%s — %s\n", printable(d.Bloc), printable(d.Name))
	fmt.Fprintf(c.io.out, "  %s\n\n", printable(c.t("province.bloc_line", d.Leader, d.Period, c.t("province.state."+d.State), at,
		key, d.Holds, days)))
}

// printInbox prints the units' rows of the board.
func (c *cli) printInbox(doc []inboxRowJSON) error {
	w := tabwriter.NewWriter(c.io.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(w, strings.Join([]string{c.t("col.code"), c.t("exchange.cli.col_review"), c.t("exchange.cli.col_received"),
		c.t("exchange.cli.col_receipt"), c.t("exchange.cli.col_key"), c.t("exchange.cli.col_holds")}, "\t"))
	for _, j := range doc {
		key := c.t("exchange.key.none")
		if j.Key != "" {
			key = c.t("exchange.key." + j.Key)
		}
		at := "—"
		if j.ReceivedAt != "" {
			t, _ := time.Parse(time.RFC3339, j.ReceivedAt)
			at = t.Local().Format("02/01 15:04")
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%d\n", printable(j.Code), c.t("exchange.review."+j.Review), at, printable(j.Receipt), printable(key), j.Holds)
	}
	return w.Flush()
}

// savedReport is what a held file's saved report says, for the list.
type savedReport struct {
	Unit   string            `json:"unit"`
	Period string            `json:"period"`
	Reason map[string]string `json:"reason"`
}

// readReport reads a received file's saved report.
func readReport(report string) (savedReport, error) {
	var r savedReport
	if err := json.Unmarshal([]byte(report), &r); err != nil {
		return r, fmt.Errorf("read the report of a received file: %w", err)
	}
	return r, nil
}

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"
	"time"
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

// runInbox prints the leader's board for a period: per unit, the last file
// received and when, its seq and receipt, the key's verification, open
// holds, the review state and the deadline.
func runInbox(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("inbox", true)
	periodCode := fs.String("period", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	rows, err := s.db.Inbox(ctx, s.period.ID)
	if err != nil {
		return err
	}
	var doc []inboxRowJSON
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
	if c.json {
		return c.writeJSON(map[string]any{"period": s.period.Code, "units": doc})
	}
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

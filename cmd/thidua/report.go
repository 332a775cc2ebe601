package main

import (
	"context"
	"io"
	"path/filepath"
	"slices"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/sheet"
)

// runReport writes a period's print-ready workbook: the bloc's summary and
// ranking, the minutes of its meeting, the proposal to the province, the
// chart of totals, each unit's score sheet and the registrations (--only
// some of them), dated --date (today by default) at --place (the leader
// unit's place by default). At a province it writes one workbook for
// every bloc (a summary sheet, then a sheet a bloc), or with --bloc that
// bloc's whole report.
func runReport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("report", false)
	periodCode := fs.String("period", "", "")
	out := fs.String("out", "", "")
	place := fs.String("place", "", "")
	date := fs.String("date", "", "")
	blocCode := fs.String("bloc", "", "")
	var only listFlag
	fs.Var(&only, "only", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageError{i18n.T(c.lang, "sheet.cli.report_usage")}
	}
	if *out == "" {
		return usageError{i18n.T(c.lang, "cli.need_flag", "--out")}
	}
	if strings.ToLower(filepath.Ext(*out)) != ".xlsx" {
		return usageError{i18n.T(c.lang, "sheet.cli.report_usage")}
	}
	opt := sheet.ReportOptions{Lang: c.lang, Place: model.NFC(*place)}
	for _, part := range only.values {
		part = strings.ToLower(part)
		if !slices.Contains(sheet.Parts, part) {
			return usageError{i18n.T(c.lang, "sheet.cli.bad_part", part, strings.Join(sheet.Parts, ", "))}
		}
		opt.Only = append(opt.Only, part)
	}
	if *date != "" {
		if opt.Date, err = parseDay(*date); err != nil {
			return usageError{i18n.T(c.lang, "sheet.cli.bad_date", *date)}
		}
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	if opt.Date.IsZero() {
		opt.Date = db.Now()
	}
	sections, province, err := blocSections(ctx, db, *blocCode, *periodCode)
	if err != nil {
		return err
	}
	var r *sheet.Report
	if province && *blocCode == "" {
		// The province's workbook: the summary of every bloc, then each
		// bloc's ranking on a sheet of its own.
		var ids []string
		for _, s := range sections {
			ids = append(ids, s.Period.ID)
		}
		r, err = sheet.BuildProvinceReport(ctx, db, ids, opt)
	} else {
		r, err = sheet.BuildReport(ctx, db, sections[0].Period.ID, opt)
	}
	if err != nil {
		return err
	}
	if err := storage.WriteAtomic(*out, func(w io.Writer) error {
		_, err := r.WriteTo(w)
		return err
	}); err != nil {
		return err
	}
	abs, _ := filepath.Abs(*out)
	c.printf("cli.written", abs)
	c.printf("sheet.cli.report_has", strings.Join(r.Sheets, ", "))
	return nil
}

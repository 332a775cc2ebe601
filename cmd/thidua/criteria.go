package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/sheet"
)

// runCriteria imports or exports a criteria table.
func runCriteria(ctx context.Context, c *cli, args []string) error {
	if len(args) == 0 {
		return usageError{i18n.T(c.lang, "cli.criteria_usage")}
	}
	switch args[0] {
	case "import":
		return runCriteriaImport(ctx, c, args[1:])
	case "export":
		return runCriteriaExport(ctx, c, args[1:])
	}
	return usageError{i18n.T(c.lang, "cli.criteria_usage")}
}

// runCriteriaImport reads a criteria table from a workbook or CSV through
// the one import path (model/table) and shows what was understood: the
// parts, the counts, the rule read for every criterion and every problem
// with its row. A table with problems is refused and nothing is saved.
// Every flag and the period are checked before anything is written; then
// a backup is taken and the draft, its issue (--issue) and the period's pin
// (--period) are written in one transaction. --dry-run only shows.
func runCriteriaImport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("criteria import", false)
	label := fs.String("label", "", "")
	issue := fs.Bool("issue", false, "")
	periodCode := fs.String("period", "", "")
	dry := fs.Bool("dry-run", false, "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usageError{i18n.T(c.lang, "cli.need_file")}
	}
	file := pos[0]
	f, _, err := c.openTable(file)
	if err != nil {
		return err
	}
	_ = f.Close() // opened only to refuse what cannot be read, and read again below
	res, err := app.ReadCriteriaFile(ctx, file, nil)
	if err != nil {
		return err
	}
	head, problems, notes := res.PreviewParts(c.lang)
	for _, l := range head {
		fmt.Fprintln(c.io.out, l)
	}
	if !res.OK() {
		// A table that does not add up is refused with the rows to fix; a
		// draft is never half right.
		for _, l := range problems {
			fmt.Fprintln(c.io.err, l)
		}
		for _, l := range notes {
			fmt.Fprintln(c.io.err, l)
		}
		c.warnf("cli.criteria_not_issued")
		return silentError{1}
	}
	for _, l := range append(problems, notes...) {
		fmt.Fprintln(c.io.out, l)
	}
	if *dry {
		return nil
	}
	if *label == "" {
		*label = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	imp := model.CriteriaImport{Label: *label, Rows: res.Rows, Issue: *issue || *periodCode != "", Period: *periodCode}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	inst, err := db.Installation(ctx)
	if err != nil {
		return err
	}
	// Everything is checked before the backup: a mistyped period or a
	// period already scored leaves the database exactly as it was.
	if err := db.CheckCriteriaImport(ctx, inst.Actor(), imp); err != nil {
		return err
	}
	if _, err := db.Backup(ctx, model.BackupBeforeCriteria); err != nil {
		return err
	}
	done, err := db.ImportCriteria(ctx, inst.Actor(), imp)
	if err != nil {
		return err
	}
	c.printf("cli.criteria_draft", *label, done.VersionID)
	if done.Hash != "" {
		c.printf("cli.criteria_issued", done.Hash[:12])
	}
	if done.Period.ID != "" {
		c.printf("cli.criteria_used", done.Period.Code)
	}
	return nil
}

// runCriteriaExport writes a period's (or a version's) criteria table to a
// workbook or CSV, by the extension of --out.
func runCriteriaExport(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("criteria export", false)
	out := fs.String("out", "", "")
	periodCode := fs.String("period", "", "")
	versionID := fs.String("version", "", "")
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usageError{i18n.T(c.lang, "cli.need_flag", "--out")}
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".csv" && ext != ".xlsx" {
		return usageError{i18n.T(c.lang, "sheet.cli.formats", *out)}
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	id := *versionID
	if id == "" {
		id = s.period.CriteriaVersionID
	}
	tree, err := s.db.VersionTree(ctx, id)
	if err != nil {
		return err
	}
	if ext == ".csv" {
		return writeFile(*out, func(w io.Writer) error { return sheet.WriteCriteriaCSV(w, tree, c.lang) }, c)
	}
	opt := sheet.CriteriaOptions{Lang: c.lang}
	if b, err := s.db.Bloc(ctx); err == nil {
		opt.Bloc = b.Name
	}
	if vs, err := s.db.Versions(ctx); err == nil {
		for _, v := range vs {
			if v.ID == id {
				opt.Label = v.Label
			}
		}
	}
	return writeFile(*out, func(w io.Writer) error { return sheet.WriteCriteria(w, tree, opt) }, c)
}

// writeFile writes a file atomically (storage.WriteAtomic) and says where.
func writeFile(path string, write func(io.Writer) error, c *cli) error {
	if err := storage.WriteAtomic(path, write); err != nil {
		return err
	}
	abs, _ := filepath.Abs(path)
	c.printf("cli.written", abs)
	return nil
}

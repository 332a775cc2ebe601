package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

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

// runCriteriaImport reads a criteria table from a workbook or CSV into a
// new draft version, after showing what was understood; a table with
// problems is refused with their rows and nothing is saved. --issue issues
// the draft (and --period pins a period to it); --dry-run only shows.
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
	f, xlsx, err := c.openTable(file)
	if err != nil {
		return err
	}
	var table *storage.CriteriaTable
	if xlsx {
		table, err = sheet.ReadCriteria(f)
	} else {
		table, err = storage.ReadCriteriaCSV(f)
	}
	f.Close()
	if err != nil {
		return err
	}
	tree, err := table.Tree()
	if err != nil {
		return err
	}
	c.preview(tree)
	// A table that does not add up is refused with the rows to fix; a
	// draft is never half right.
	problems := table.Problems()
	for _, p := range problems {
		fmt.Fprintf(c.io.err, "  ! %s\n", p.Localize(c.lang))
	}
	if len(problems) > 0 {
		c.warnf("cli.criteria_not_issued")
		return silentError{1}
	}
	if *dry {
		return nil
	}
	rows := table.Rows
	if *label == "" {
		*label = strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	inst, err := db.Installation(ctx)
	if err != nil {
		return err
	}
	if _, err := db.Backup(ctx, "truoc khi nhap bang tieu chi"); err != nil {
		return err
	}
	id, err := db.CreateDraft(ctx, inst.Actor(), *label, "", rows)
	if err != nil {
		return err
	}
	c.printf("cli.criteria_draft", *label, id)
	if !*issue && *periodCode == "" {
		return nil
	}
	hash, err := db.IssueVersion(ctx, inst.Actor(), id)
	if err != nil {
		return err
	}
	c.printf("cli.criteria_issued", hash[:12])
	if *periodCode != "" {
		p, err := db.PeriodByCode(ctx, *periodCode)
		if err != nil {
			return err
		}
		if err := db.UsePeriodCriteria(ctx, inst.Actor(), p.ID, id); err != nil {
			return err
		}
		c.printf("cli.criteria_used", p.Code)
	}
	return nil
}

// preview shows what was understood of a table: each part with its maximum
// and number of criteria, then the totals.
func (c *cli) preview(t *model.Tree) {
	for _, part := range t.Children("") {
		n := 0
		for _, l := range t.Leaves() {
			if t.Part(l.ID) == part.ID {
				n++
			}
		}
		fmt.Fprintf(c.io.out, "  %-6s %-60s %8s  %s\n", part.Code, truncate(part.Title, 60), part.Max.Localize(c.lang),
			i18n.T(c.lang, "cli.preview_count", n, i18n.T(c.lang, "kind."+t.Section(part.ID).String())))
	}
	c.printf("cli.preview_total", len(t.Leaves()), t.StandardMax())
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
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
		return writeFile(*out, func(w io.Writer) error { return storage.WriteCriteriaCSV(w, tree) }, c)
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

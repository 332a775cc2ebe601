package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
	"thidua/storage"
	"thidua/storage/exchange"
)

// mergeFileJSON is one file in `thidua merge --json` (DESIGN §5: fields
// may be added, never renamed).
type mergeFileJSON struct {
	File        string       `json:"file"`
	Status      string       `json:"status"`
	Kind        string       `json:"kind"`
	Unit        string       `json:"unit"`
	Reason      string       `json:"reason"`
	Counts      facts.Counts `json:"counts"`
	Bloc        string       `json:"bloc"`
	Period      string       `json:"period"`
	Seq         int64        `json:"seq"`
	Receipt     string       `json:"receipt"`
	Fingerprint string       `json:"fingerprint"`
	Hold        string       `json:"hold"`
	HoldID      int64        `json:"hold_id"`
	Digest      string       `json:"digest"`
	Warnings    []string     `json:"warnings"`
	Nominees    int          `json:"nominees"`
}

type mergeJSON struct {
	DryRun  bool            `json:"dry_run"`
	Files   []mergeFileJSON `json:"files"`
	Skipped []skippedJSON   `json:"skipped"`
}

// skippedJSON is an entry of a folder that was not read (a link, a device).
type skippedJSON struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// kindJSON names a file kind in JSON output as DESIGN §5 does: "setup",
// "submission", "bloc", the province's "decision" and the leader's "handover".
func kindJSON(k model.FileKind) string {
	return [...]string{"setup", "submission", "bloc", "decision", "handover"}[k]
}

// t returns a message in the command's language.
func (c *cli) t(id string, args ...any) string { return i18n.T(c.lang, id, args...) }

// outcomeJSON describes one outcome.
func (c *cli) outcomeJSON(o model.MergeOutcome) mergeFileJSON {
	j := mergeFileJSON{File: o.Path, Status: o.Status.String(), Unit: o.Unit, Reason: o.Message(c.lang),
		Counts: o.Counts, HoldID: o.HoldID, Digest: o.Digest, Warnings: []string{}, Nominees: o.Nominees}
	if o.Hold != model.HoldNone {
		j.Hold = o.Hold.String()
	}
	if f := o.File; f != nil {
		j.Kind, j.Bloc, j.Period, j.Seq = kindJSON(f.Kind), f.BlocCode, f.PeriodCode, f.Seq
		j.Receipt, j.Fingerprint = f.Receipt(), f.Fingerprint
	}
	for _, w := range o.Warnings {
		j.Warnings = append(j.Warnings, w.Localize(c.lang))
	}
	return j
}

// printOutcome writes one outcome for people: file, status, what to do.
func (c *cli) printOutcome(j mergeFileJSON, dry bool) {
	who := j.Unit
	if who == "" {
		who = "—"
	}
	status := c.t("exchange.status." + j.Status)
	if dry && j.Status == model.StatusApplied.String() {
		status = c.t("exchange.status.would_apply")
	}
	fmt.Fprintf(c.io.out, "%s  [%s] %s\n", printable(filepath.Base(j.File)), printable(who), status)
	fmt.Fprintf(c.io.out, "    %s\n", j.Reason)
	if j.Seq > 0 {
		fmt.Fprintf(c.io.out, "    %s\n", c.t("exchange.cli.receipt", j.Seq, j.Receipt))
	}
	if j.Nominees > 0 {
		fmt.Fprintf(c.io.out, "    %s\n", c.t("exchange.cli.nominees", j.Nominees))
	}
	for _, w := range j.Warnings {
		fmt.Fprintf(c.io.out, "    ! %s\n", w)
	}
	if j.HoldID > 0 && j.Status == model.StatusHeld.String() {
		fmt.Fprintf(c.io.out, "    %s\n", c.t("exchange.cli.hold_next", j.HoldID))
	}
}

// runMerge previews or applies exchange files: each file gets a status
// (applied, unchanged, stale, held, rejected), a reason in the chosen
// language and its counts. A folder stands for the thidua files in it. The
// exit code is 1 if any file was not applied or unchanged.
func runMerge(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("merge", true)
	dry := fs.Bool("dry-run", false, "")
	province := fs.Bool("province", false, "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	paths, skipped, err := exchange.ExpandFolders(pos)
	if err != nil {
		return err
	}
	if len(paths) == 0 && len(skipped) == 0 {
		return usageError{c.t("exchange.cli.need_files")}
	}
	var db *storage.DB
	fresh := false
	if *province {
		_, statErr := os.Stat(c.dbPath())
		fresh = errors.Is(statErr, os.ErrNotExist)
		db, err = storage.Open(ctx, c.dbPath())
		if err == nil {
			if err = db.BecomeProvince(ctx); err != nil {
				db.Close()
			}
		}
	} else {
		db, err = c.open(ctx)
	}
	if err != nil {
		if fresh {
			return removeUnfinished(c.dbPath(), err)
		}
		return err
	}
	defer db.Close()
	keepHeapSmall()
	opt := exchange.MergeOptions{DryRun: *dry, Options: exchange.Options{AppVersion: version}}
	if c.io.self != "" {
		opt.Check = childCheck(c.io.self)
	}
	label := c.t("xtui.merging")
	if *dry {
		label = c.t("xtui.previewing")
	}
	var done func()
	opt.Progress, done = c.progress(label)
	var out []model.MergeOutcome
	if len(paths) > 0 {
		out, err = exchange.Merge(ctx, db, paths, opt)
		if err == nil && !*dry {
			app.KeepTotals(ctx, db, out...)
		}
		done()
		if err != nil {
			if fresh {
				// A province database made for this merge, which did
				// not happen, is not left behind.
				db.Close()
				return removeUnfinished(c.dbPath(), err)
			}
			return err
		}
	}
	return c.reportOutcomes(out, skipped, *dry)
}

// mergeHeap is the soft limit of the Go heap during a merge. A province's
// merge of forty national bloc files keeps 25–35 MB live; left to GOGC
// alone the heap grows to twice that between collections and the process
// to 105–112 MB resident (SQLite's allocations and the mapped binary come
// on top; the child that checks each file peaks at 44 MB). At 48 MiB the
// collector runs earlier: 75 MB resident for about 3 % more wall time and
// 14 % more CPU; 44 MiB gives 71 MB but a third more CPU. GOMEMLIMIT, when
// set, wins.
const mergeHeap = 48 << 20

// keepHeapSmall sets the merge's soft heap limit unless GOMEMLIMIT does.
func keepHeapSmall() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(mergeHeap)
	}
}

// reportOutcomes prints outcomes (or one JSON document) and sets the exit
// code: 1 unless every file was applied or unchanged.
func (c *cli) reportOutcomes(out []model.MergeOutcome, skipped []exchange.Skipped, dry bool) error {
	doc := mergeJSON{DryRun: dry, Files: []mergeFileJSON{}, Skipped: []skippedJSON{}}
	failed := len(skipped) > 0
	for _, s := range skipped {
		doc.Skipped = append(doc.Skipped, skippedJSON{File: s.Path, Reason: c.t("exchange.cli.skipped", filepath.Base(s.Path), s.Kind)})
	}
	count := map[model.MergeStatus]int{}
	for _, o := range out {
		doc.Files = append(doc.Files, c.outcomeJSON(o))
		count[o.Status]++
		failed = failed || (o.Status != model.StatusApplied && o.Status != model.StatusUnchanged)
	}
	if c.json {
		if err := c.writeJSON(doc); err != nil {
			return err
		}
	} else {
		for _, j := range doc.Files {
			c.printOutcome(j, dry)
		}
		for _, s := range doc.Skipped {
			fmt.Fprintln(c.io.out, s.Reason)
		}
		c.printf("exchange.cli.summary", count[model.StatusApplied], count[model.StatusUnchanged], count[model.StatusStale],
			count[model.StatusHeld], count[model.StatusRejected])
	}
	if failed {
		return silentError{1}
	}
	return nil
}

// progress returns what tells how far long work labelled label has come,
// on stderr when it is a terminal (never with --json: scripts read the
// streams), and what ends the line once the work is over.
func (c *cli) progress(label string) (report func(done, total int), end func()) {
	if !c.io.errTerminal || c.json {
		return nil, func() {}
	}
	// The line is thidua's own (a catalogue label, a bar, numbers): its
	// carriage return goes to the terminal as is.
	w := c.io.err
	if p, ok := w.(*printableWriter); ok {
		w = p.raw()
	}
	shown := false
	report = func(done, total int) {
		const width = 30
		filled := width * done / max(1, total)
		fmt.Fprintf(w, "\r%s %s%s %d/%d", label, strings.Repeat("█", filled), strings.Repeat("░", width-filled), done, total)
		shown = true
	}
	return report, func() {
		if shown {
			fmt.Fprintln(w)
		}
	}
}

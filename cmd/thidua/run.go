package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/storage"
)

// command is one subcommand.
type command struct {
	name string
	help string // message id of its one-line summary
	run  func(ctx context.Context, c *cli, args []string) error
}

func commands() []command {
	return []command{
		{"demo", "cli.help.demo", runDemo},
		{"units", "cli.help.units", runUnits},
		{"score", "cli.help.score", runScore},
		{"rank", "cli.help.rank", runRank},
		{"report", "sheet.help.report", runReport},
		{"meeting", "meeting.help", runMeeting},
		{"decide", "province.help.decide", runDecide},
		{"people", "people_cli.help", runPeople},
		{"nominate", "people_cli.help_nominate", runNominate},
		{"criteria", "cli.help.criteria", runCriteria},
		{"period", "period.help", runPeriod},
		{"backup", "cli.help.backup", runBackup},
		{"restore", "cli.help.restore", runRestore},
		{"keys", "exchange.help.keys", runKeys},
		{"setup", "exchange.help.setup", runSetup},
		{"join", "exchange.help.join", runJoin},
		{"handover", "handover.help", runHandover},
		{"confirm-leader", "confirm.help", runConfirmLeader},
		{"export", "exchange.help.export", runExport},
		{"verify", "exchange.help.verify", runVerify},
		{"merge", "exchange.help.merge", runMerge},
		{"hold", "exchange.help.hold", runHold},
		{"inbox", "exchange.help.inbox", runInbox},
		{"return", "exchange.help.return", runReturn},
		{"answer", "exchange.help.answer", runAnswer},
		{"gen", "cli.help.gen", runGen},
		{"version", "cli.help.version", runVersion},
		{"help", "cli.help.help", runHelp},
	}
}

// cli is the state shared by a command: its streams, language and database
// path.
type cli struct {
	io      stdio
	lang    i18n.Lang
	langSet bool // chosen by --lang or THIDUA_LANG (else the saved choice)
	db      string
	json    bool
	debug   bool // --debug: print the technical cause of an error
}

// usageError is a mistake in how the command was called: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// silentError has already been reported on stderr; only the exit code
// remains to be set.
type silentError struct{ code int }

func (e silentError) Error() string { return "" }

// exitCode maps run's result to the contract of DESIGN §5: 0 success, 1 a
// validation error or a file not applied, 2 a usage error.
func exitCode(err error) int {
	var u usageError
	var s silentError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return 2
	case errors.As(err, &s):
		return s.code
	}
	return 1
}

// run parses the command line and runs the command, reporting any error on
// stderr in the person's language.
func run(ctx context.Context, args []string, sio stdio) (err error) {
	// Whatever a command prints may hold text from a file or a database:
	// both streams show it as data, never as terminal commands.
	out, errw := newPrintableWriter(sio.out), newPrintableWriter(sio.err)
	sio.out, sio.err = out, errw
	c := &cli{io: sio, lang: i18n.VI}
	defer func() {
		// Output cut short (a full disk under a redirect) fails the
		// command, which says so on stderr; a failing stderr has nowhere
		// left to say anything.
		if werr := out.Flush(); werr != nil && err == nil {
			err = c.fail(fmt.Errorf("write output: %w", werr))
		}
		_ = errw.Flush()
	}()
	if l, ok := i18n.Parse(sio.getenv("THIDUA_LANG")); ok {
		c.lang, c.langSet = l, true
	}
	// Global flags may come before the command: thidua --db x.db rank.
	// They go after the command's own arguments, so that a subcommand
	// ("criteria import") still comes first.
	name := ""
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if !strings.HasPrefix(a, "-") {
			name, rest = a, append(append([]string{}, args[i+1:]...), rest...)
			break
		}
		rest = append(rest, a)
		if (a == "--db" || a == "-db" || a == "--lang" || a == "-lang") && i+1 < len(args) {
			rest = append(rest, args[i+1])
			i++
		}
	}
	if lang := peekFlag(args, "lang"); lang != "" {
		l, ok := i18n.Parse(lang)
		if !ok {
			return c.fail(usageError{i18n.T(c.lang, "cli.bad_lang", lang)})
		}
		c.lang, c.langSet = l, true
	}
	if name == "" {
		return c.fail(runTUI(ctx, c, rest))
	}
	for _, cmd := range commands() {
		if cmd.name == name {
			storage.SetHolder(name) // named in the lock file while it runs
			// "thidua criteria --help": a command with subcommands shows
			// its usage too.
			if len(rest) > 0 && (rest[0] == "--help" || rest[0] == "-h" || rest[0] == "-help") {
				c.usage(name)
				return nil
			}
			return c.fail(cmd.run(ctx, c, rest))
		}
	}
	return c.fail(usageError{msgUnknownCommand(c, name)})
}

func msgUnknownCommand(c *cli, name string) string {
	return i18n.T(c.lang, "cli.unknown_command", name)
}

// peekFlag finds --name value or --name=value anywhere in args.
func peekFlag(args []string, name string) string {
	for i, a := range args {
		for _, p := range []string{"--" + name, "-" + name} {
			if a == p && i+1 < len(args) {
				return args[i+1]
			}
			if v, ok := strings.CutPrefix(a, p+"="); ok {
				return v
			}
		}
	}
	return ""
}

// fail reports err on stderr and returns it for the exit code.
func (c *cli) fail(err error) error {
	if err == nil {
		return nil
	}
	var s silentError
	if errors.As(err, &s) {
		return err
	}
	var u usageError
	if errors.As(err, &u) {
		fmt.Fprintf(c.io.err, "thidua: %s\n%s\n", u.msg, i18n.T(c.lang, "cli.see_help"))
		return err
	}
	if errors.Is(err, context.Canceled) {
		fmt.Fprintln(c.io.err, "thidua: "+i18n.T(c.lang, "cli.interrupted"))
		return err
	}
	fmt.Fprintln(c.io.err, "thidua: "+model.Message(c.lang, err))
	var loc i18n.Localizer
	switch {
	case c.debug:
		if t := model.Technical(err); t != "" {
			fmt.Fprintln(c.io.err, "debug: "+t)
		}
	case !errors.As(err, &loc):
		// An error nobody foresaw: its technical text goes to a log file
		// that the message's code names, never on the person's screen.
		if path := errorLog(err); path != "" {
			fmt.Fprintln(c.io.err, i18n.T(c.lang, "cli.error_log", path))
		}
	}
	return err
}

// flags returns a flag set with the options every command takes.
func (c *cli) flags(name string, jsonOutput bool) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.db, "db", "", "")
	var lang string
	fs.StringVar(&lang, "lang", "", "")
	fs.BoolVar(&c.debug, "debug", false, "")
	if jsonOutput {
		fs.BoolVar(&c.json, "json", false, "")
	}
	return fs
}

// parse parses a command's flags, allowing flags after positional
// arguments ("thidua score import file.csv --period 2019").
func (c *cli) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				c.usage(fs.Name())
				return nil, silentError{0}
			}
			return nil, usageError{c.flagError(err)}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dbPath is the database a command works on: --db, else THIDUA_DB, else
// thidua.db in the user's local data folder (%LOCALAPPDATA%\thidua on
// Windows, never the roaming profile).
func (c *cli) dbPath() string {
	if c.db != "" {
		return c.db
	}
	if p := c.io.getenv("THIDUA_DB"); p != "" {
		return p
	}
	return filepath.Join(xdg.DataHome, "thidua", "thidua.db")
}

// open opens the database; it must already hold a bloc unless fresh is set.
func (c *cli) open(ctx context.Context) (*storage.DB, error) {
	path := c.dbPath()
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, model.Errorf("cli.no_db", path)
	}
	return storage.Open(ctx, path)
}

// session is an open database, who writes through it, and the period a
// command works on.
type session struct {
	db     *storage.DB
	actor  model.Actor
	period model.Period
}

// session opens the database, works out the acting role (--as) and finds
// the period (the latest one when code is empty). The caller closes s.db.
func (c *cli) session(ctx context.Context, as, periodCode string) (*session, error) {
	db, err := c.open(ctx)
	if err != nil {
		return nil, err
	}
	s := &session{db: db}
	if s.actor, err = c.actor(ctx, db, as); err == nil {
		s.period, err = period(ctx, db, periodCode)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// openTable opens a table given on the command line, a workbook (.xlsx)
// or a CSV file, and says which it is; other formats are a usage mistake.
func (c *cli) openTable(file string) (f *os.File, xlsx bool, err error) {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".xlsx":
		xlsx = true
	case ".csv", ".txt":
	default:
		return nil, false, usageError{i18n.T(c.lang, "sheet.cli.formats_in", file)}
	}
	if f, err = storage.OpenRegular(file); err != nil {
		return nil, false, err
	}
	return f, xlsx, nil
}

// removeUnfinished removes a database this command made and could not
// finish, so that nothing half-made is left, and returns the error that
// stopped the command, with the removal's own if it failed too.
func removeUnfinished(path string, cause error) error {
	if err := storage.RemoveDatabase(path); err != nil {
		return errors.Join(cause, err)
	}
	return cause
}

// closeRead closes a file that was only read: its Close has nothing to
// report that the reads did not.
func closeRead(f io.Closer) { _ = f.Close() }

// printf writes a translated line to stdout.
func (c *cli) printf(id string, args ...any) {
	fmt.Fprintln(c.io.out, i18n.T(c.lang, id, args...))
}

// warnf writes a translated line to stderr.
func (c *cli) warnf(id string, args ...any) {
	fmt.Fprintln(c.io.err, i18n.T(c.lang, id, args...))
}

// writeJSON prints one JSON document on stdout. Text in it keeps its
// value exactly, but characters a terminal would obey are escaped (\u009b,
// \u202e), as JSON allows.
func (c *cli) writeJSON(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := c.io.out.Write(jsonSafe(buf.Bytes()))
	return err
}

// period finds a period by code, or the latest one when code is empty.
func period(ctx context.Context, db *storage.DB, code string) (model.Period, error) {
	if code != "" {
		return db.PeriodByCode(ctx, code)
	}
	ps, err := db.Periods(ctx)
	if err != nil {
		return model.Period{}, err
	}
	if len(ps) == 0 {
		return model.Period{}, model.Errorf(model.EPeriodUnknown, "—")
	}
	return ps[len(ps)-1], nil
}

func runVersion(_ context.Context, c *cli, args []string) error {
	fs := c.flags("version", false)
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(c.io.out, "thidua %s (schema %d)\n", version, storage.SchemaVersion())
	return nil
}

func runHelp(_ context.Context, c *cli, args []string) error {
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name := strings.Join(args, " ")
		for _, cmd := range commands() {
			if cmd.name == args[0] {
				c.usage(name)
				return nil
			}
		}
		return usageError{msgUnknownCommand(c, args[0])}
	}
	c.printf("cli.usage")
	width := 0
	for _, cmd := range commands() {
		width = max(width, len(cmd.name))
	}
	for _, cmd := range commands() {
		fmt.Fprintf(c.io.out, "  %-*s %s\n", width, cmd.name, i18n.T(c.lang, cmd.help))
	}
	c.printf("cli.usage_tail")
	return nil
}

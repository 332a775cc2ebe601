package main

import (
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"thidua/model/i18n"
)

// usage prints a command's usage on stdout: what it does, how to call it,
// and the options every command takes.
func (c *cli) usage(name string) {
	first, _, _ := strings.Cut(name, " ")
	summary := ""
	for _, cmd := range commands() {
		if cmd.name == first {
			summary = i18n.T(c.lang, cmd.help)
		}
	}
	if summary != "" {
		c.printf("usage.head", name, summary)
	}
	id := "usage." + strings.ReplaceAll(name, " ", "_")
	if !i18n.Has(id) {
		id = "usage." + first
	}
	if i18n.Has(id) {
		c.printf(id)
	}
	c.printf("usage.global")
}

// Go's flag package explains a bad option in English; these are its
// sentences, said again in the person's language.
var (
	flagUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	flagBadValue  = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]*)`)
)

// flagError says what is wrong with an option.
func (c *cli) flagError(err error) string {
	msg := err.Error()
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		return i18n.T(c.lang, "cli.bad_flag", "--"+m[1])
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		return i18n.T(c.lang, "cli.flag_needs_value", "--"+m[1])
	}
	if m := flagBadValue.FindStringSubmatch(msg); m != nil {
		return i18n.T(c.lang, "cli.flag_bad_value", m[1], "--"+m[2])
	}
	return i18n.T(c.lang, "cli.bad_flag", "?")
}

// printable shows text from a file or a database on one line: what a
// command prints beside its own words goes through it.
func printable(s string) string { return i18n.Printable(s) }

// printableWriter shows what is written to it as data (i18n.PrintableLines):
// escape sequences, carriage returns, bells and bidirectional controls
// become visible symbols or nothing; lines and tabs stay. A character cut
// between two writes waits for its end.
//
// It keeps the first write that failed (a full disk under a redirect):
// Flush returns it, and run makes the command fail with it.
type printableWriter struct {
	w       io.Writer
	pending []byte
	err     error
}

// raw returns the stream under the filter, for what thidua writes of its
// own (a progress line's carriage return), after what is pending.
func (p *printableWriter) raw() io.Writer {
	_ = p.Flush() // a failed write is kept in p.err and reported by the next

	return p.w
}

func newPrintableWriter(w io.Writer) *printableWriter {
	if p, ok := w.(*printableWriter); ok {
		return p
	}
	return &printableWriter{w: w}
}

func (p *printableWriter) Write(b []byte) (int, error) {
	if p.err != nil {
		return 0, p.err
	}
	data := append(p.pending, b...)
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	p.pending = append([]byte(nil), data[cut:]...)
	if _, err := io.WriteString(p.w, i18n.PrintableLines(string(data[:cut]))); err != nil {
		p.err = err
		return 0, err
	}
	return len(b), nil
}

// Flush writes what waits for the end of a character (as �) and returns
// the first write that failed, if any did.
func (p *printableWriter) Flush() error {
	if len(p.pending) > 0 && p.err == nil {
		if _, err := io.WriteString(p.w, i18n.PrintableLines(string(p.pending))); err != nil {
			p.err = err
		}
		p.pending = nil
	}
	return p.err
}

// jsonSafe escapes, in a JSON document, the characters a terminal would
// obey or that hide text (C1 controls, DEL, bidirectional controls): JSON
// strings may spell any character as \uXXXX, so the values are unchanged.
func jsonSafe(doc []byte) []byte {
	if i18n.PrintableLines(string(doc)) == string(doc) {
		return doc
	}
	var out []byte
	for i := 0; i < len(doc); {
		r, size := utf8.DecodeRune(doc[i:])
		if r == 0x7f || r >= 0x80 && r < 0xa0 || i18n.Hidden(r) || r == '\u2028' || r == '\u2029' {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, doc[i:i+size]...)
		}
		i += size
	}
	return out
}

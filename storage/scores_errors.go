package storage

import (
	"errors"
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// EntryError is a refused entry of a batch.
type EntryError struct {
	Index int
	Ref   string // the criterion as the person wrote it
	Err   error
	// Twice is the index of an earlier entry for the same criterion, or
	// -1: a batch names each criterion once, never "the last one wins".
	Twice int
}

// EntryErrors lists every refused entry of a batch.
type EntryErrors []EntryError

// Error implements error.
func (e EntryErrors) Error() string { return e.Localize(i18n.EN) }

// Localize implements i18n.Localizer: one line per refused entry.
func (e EntryErrors) Localize(l i18n.Lang) string {
	lines := make([]string, len(e))
	for i, x := range e {
		msg := model.Message(l, x.Err)
		if strings.HasPrefix(msg, x.Ref+":") {
			lines[i] = msg // the message names the criterion itself
			continue
		}
		lines[i] = i18n.T(l, "score.entry", x.Ref, msg)
	}
	return strings.Join(lines, "\n")
}

// asEntryErrors reports whether err is a batch's list of refused entries.
func asEntryErrors(err error, out *EntryErrors) bool {
	return errors.As(err, out)
}

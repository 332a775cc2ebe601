// Package dialog is the one shape of a dialog over a screen: a form (package
// form) and what submitting it does. A screen keeps one dialog.Model of its
// own type and gives it every key, paste and picker listing while it is
// open (Update); each dialog is built by a small function of the screen
// that adds the form's fields and says what a submission does, so no
// screen has a switch over its dialogs.
//
// A submission either refuses (the submit function calls SetError on the
// form: the dialog stays open with what was typed), or starts its work and
// closes the dialog, or, for a dialog made with Awaiting, stays open until
// the work answers (Answer): a refusal from the database then keeps what
// was typed and says why.
package dialog

import (
	"sync/atomic"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/form"
	"thidua/tui/theme"
)

// Submit carries out a dialog over screen S: it reads the submitted form f
// and returns the screen with its work started. It refuses by calling
// f.SetError.
type Submit[S any] func(s S, f *form.Model) (S, tea.Cmd)

// Model is a dialog over a screen of type S (the zero value is closed).
type Model[S any] struct {
	id     int64 // tells a dialog from the one its submission opened
	name   string
	form   form.Model
	submit Submit[S]
	// awaits: a submission keeps the dialog open until Answer; field is
	// where the answer's refusal is shown ("" under the title).
	awaits  bool
	field   string
	waiting bool
}

var ids atomic.Int64

// New opens a dialog over form f; submitting it calls submit.
func New[S any](f form.Model, submit Submit[S]) Model[S] {
	return Model[S]{id: ids.Add(1), form: f, submit: submit}
}

// Awaiting makes a submission keep the dialog open, with what was typed,
// until the work answers: a refusal is shown under field ("" under the
// title).
func (d Model[S]) Awaiting(field string) Model[S] {
	d.awaits, d.field = true, field
	return d
}

// Named gives the dialog a name, which Is tells (for the screen's own
// checks and tests).
func (d Model[S]) Named(name string) Model[S] {
	d.name = name
	return d
}

// Is reports whether the dialog is open and named name.
func (d Model[S]) Is(name string) bool { return d.Open() && d.name == name }

// Open reports whether the dialog is open.
func (d Model[S]) Open() bool { return d.id != 0 }

// Typed reports whether the dialog is open with something the person
// typed or chose in it that is not saved yet.
func (d Model[S]) Typed() bool { return d.Open() && d.form.Typed() }

// Waiting reports whether a submission waits for its work's answer.
func (d Model[S]) Waiting() bool { return d.waiting }

// Close closes the dialog.
func (d *Model[S]) Close() { *d = Model[S]{} }

// Form returns the dialog's form (for views and tests).
func (d *Model[S]) Form() *form.Model { return &d.form }

// Answer ends the wait of a submission: with an error the dialog stays open
// and says why in language l, without it closes. It reports whether the
// dialog was waiting (the answer was its).
func (d *Model[S]) Answer(err error, l i18n.Lang) bool { return d.AnswerAt(d.field, err, l) }

// AnswerAt is Answer with the refusal shown under field.
func (d *Model[S]) AnswerAt(field string, err error, l i18n.Lang) bool {
	if !d.waiting {
		return false
	}
	d.waiting = false
	if err != nil {
		d.form.SetError(field, model.Message(l, err))
		return true
	}
	d.Close()
	return true
}

// Reopen puts a dialog that was answered or left for another view back to
// editing, with what was typed.
func (d *Model[S]) Reopen() {
	d.waiting = false
	d.form.Reopen()
}

// SetSize sets the room the dialog has.
func (d *Model[S]) SetSize(w, h int) { d.form.SetSize(w, h) }

// SetStyles restyles the dialog (the terminal's background changed).
func (d *Model[S]) SetStyles(st theme.Styles) { d.form.SetStyles(st) }

// View renders the dialog.
func (d Model[S]) View() string { return d.form.View() }

// Update gives msg (a key, a paste, the picker's folder listing) to the
// dialog open over screen s, which at returns; a submission runs the
// dialog's submit function. Keys wait while a submission waits for its
// answer.
func Update[S any](s S, at func(*S) *Model[S], msg tea.Msg) (S, tea.Cmd) {
	d := at(&s)
	if _, key := msg.(tea.KeyPressMsg); !d.Open() || (key && d.waiting) {
		return s, nil
	}
	var cmd tea.Cmd
	d.form, cmd = d.form.Update(msg)
	switch d.form.State() {
	case form.Cancelled:
		d.Close()
		return s, nil
	case form.Editing:
		return s, cmd
	}
	id, f, submit := d.id, d.form, d.submit
	s, cmd = submit(s, &f)
	if d = at(&s); d.id != id {
		return s, cmd // the submission opened another dialog (or closed this one)
	}
	d.form = f
	switch {
	case f.State() == form.Editing: // refused: the form says why
	case d.awaits:
		d.waiting = true
	default:
		d.Close()
	}
	return s, cmd
}

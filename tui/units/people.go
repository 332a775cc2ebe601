package units

import (
	"context"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/people"
	"thidua/tui/input"
	"thidua/tui/status"
	"thidua/tui/table"
)

// PeopleStore is what the individuals part of the screen needs: a unit's
// staff and the period's book, the unit's writes (people typed or
// imported, reviews, registrations, proposals checked by the rules) and
// the leader's marks of what the bloc proposes upward, and the province's
// decisions on them (a unit matches those on its staff's old ids).
type PeopleStore interface {
	Book(ctx context.Context, periodID, unitID string) (people.Book, error)
	SavePerson(ctx context.Context, actor model.Actor, p people.Person) (people.Person, error)
	ImportStaffFile(ctx context.Context, actor model.Actor, unitID, path string, year int) (*people.Staff, people.ImportResult, error)
	SetHistory(ctx context.Context, actor model.Actor, h people.History) error
	SetNomineeRegistrations(ctx context.Context, actor model.Actor, periodID string, regs []people.Registration) error
	Nominate(ctx context.Context, actor model.Actor, periodID string, props []people.Proposal) ([]people.Verdict, error)
	Withdraw(ctx context.Context, actor model.Actor, periodID, personID string, f people.Form) error
	SetUpward(ctx context.Context, actor model.Actor, periodID, personID string, f people.Form, on bool) error
	DecideNominee(ctx context.Context, actor model.Actor, periodID string, d people.Decision) error
	MatchDecision(ctx context.Context, actor model.Actor, periodID, oldID string, f people.Form, personID string) error
}

// The two lists of the individuals part.
const (
	staffTab = iota
	nomineeTab
)

// staffView is the individuals part of the screen: one unit's staff list
// and its proposals for the period on show; the leader may show every
// unit's proposals at once (unit.ID "") and mark those the bloc proposes
// upward.
type staffView struct {
	open      bool
	unit      model.Unit // ID "": every unit's proposals
	home      model.Unit // the unit the part was opened on
	tab       int
	book      people.Book
	loaded    bool
	cursor    int
	scroll    table.Scroll
	filter    textinput.Model
	filtering bool
	shown     []people.Person
	focus     string // the person the cursor goes to once read again
}

// bookMsg carries a unit's book read from the store.
type bookMsg struct {
	unitID, periodID string
	book             people.Book
}

// peopleDoneMsg reports the outcome of a write of the individuals part.
type peopleDoneMsg struct {
	err   error
	field string // the dialog's field a refusal is shown under
	info  string
	focus string
}

// loadBook reads the book of the unit open (every unit's for "").
func (m Model) loadBook() tea.Cmd {
	store, periodID, unitID := m.people, m.scope.Period.ID, m.staff.unit.ID
	if store == nil || periodID == "" {
		return nil
	}
	return func() tea.Msg {
		b, err := store.Book(context.Background(), periodID, unitID)
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return bookMsg{unitID: unitID, periodID: periodID, book: b}
	}
}

// openPeople shows unit u's individuals.
func (m Model) openPeople(u model.Unit) (Model, tea.Cmd) {
	m.staff = staffView{open: true, unit: u, home: u}
	m.staff.filter = input.New(m.t("people_ui.filter_prompt"), m.t("people_ui.filter_placeholder"), m.isDark)
	return m, m.loadBook()
}

// peopleUpdate handles what reaches the individuals part.
func (m Model) peopleUpdate(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case bookMsg:
		if !m.staff.open || msg.unitID != m.staff.unit.ID || msg.periodID != m.scope.Period.ID {
			return m, nil, true // an answer for a list no longer on show
		}
		m.staff.book, m.staff.loaded = msg.book, true
		m.applyPeopleFilter()
		return m, nil, true
	case peopleDoneMsg:
		if m.dialog.AnswerAt(msg.field, msg.err, m.lang) && msg.err != nil {
			return m, nil, true
		}
		if msg.err != nil {
			return m, status.ErrorCmd(msg.err), true
		}
		m.staff.focus = msg.focus
		return m, tea.Batch(m.loadBook(), status.InfoCmd(msg.info)), true
	}
	return m, nil, false
}

// applyPeopleFilter keeps the people whose name or position holds every
// word typed, the Vietnamese way (accents ignored, names by given name).
func (m *Model) applyPeopleFilter() {
	v := &m.staff
	q := v.filter.Value()
	if q == "" {
		v.shown = append(v.shown[:0], v.book.People...)
	} else {
		v.shown = people.Search(v.book.People, q)
	}
	if v.focus != "" {
		for i, p := range v.shown {
			if p.ID == v.focus {
				v.cursor = i
			}
		}
		for i, n := range v.book.Nominees {
			if v.tab == nomineeTab && n.Person == v.focus {
				v.cursor = i
			}
		}
		v.focus = ""
	}
	v.cursor = max(0, min(v.cursor, v.rows()-1))
}

// rows is how many rows the list on show has.
func (v *staffView) rows() int {
	if v.tab == nomineeTab {
		return len(v.book.Nominees)
	}
	return len(v.shown)
}

// selectedPerson is the person under the cursor, on either list.
func (m Model) selectedPerson() (people.Person, bool) {
	v := m.staff
	id := ""
	switch {
	case v.tab == staffTab && v.cursor < len(v.shown):
		return v.shown[v.cursor], true
	case v.tab == nomineeTab && v.cursor < len(v.book.Nominees):
		id = v.book.Nominees[v.cursor].Person
	}
	for _, p := range v.book.People {
		if p.ID == id {
			return p, true
		}
	}
	return people.Person{}, false
}

// selectedNominee is the proposal under the cursor of the nominees list.
func (m Model) selectedNominee() (people.Nominee, bool) {
	v := m.staff
	if v.tab != nomineeTab || v.cursor >= len(v.book.Nominees) {
		return people.Nominee{}, false
	}
	return v.book.Nominees[v.cursor], true
}

// mayWrite reports whether this installation writes the open unit's
// individuals: its own unit, or the leader on a unit's behalf.
func (m Model) mayWrite() bool { return m.mayWriteUnit(m.staff.unit.ID) }

// mayWriteUnit reports whether this installation writes unit's
// individuals.
func (m Model) mayWriteUnit(unitID string) bool {
	if unitID == "" {
		return false
	}
	_, err := model.MayWrite(m.scope.Actor(), model.FactPeople, unitID, m.scope.Bloc)
	return err == nil
}

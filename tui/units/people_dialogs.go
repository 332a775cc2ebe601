package units

import (
	"context"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/people"
	"thidua/tui/dialog"
	"thidua/tui/form"
	"thidua/tui/pick"
)

// The individuals' dialogs: a person typed in or edited, a staff list
// imported from a file, a year's review, a registration, a proposal
// checked by the rules, a proposal withdrawn. Each keeps what was typed
// and says why under the field a refusal is about.

func (m Model) peopleForm(title string) form.Model {
	f := form.New(title, m.styles, m.lang, m.isDark)
	f.SetSize(min(m.width, 100), m.height)
	return f
}

// personDialog adds a person to the open unit (p.ID "") or edits p.
func (m Model) personDialog(p people.Person) dialog.Model[Model] {
	title := m.t("people_ui.add_title", m.staff.unit.ShortName)
	if p.ID != "" {
		title = m.t("people_ui.edit_title", p.Name)
	}
	f := m.peopleForm(title)
	f.AddText("name", m.t("people_ui.field_name"), p.Name, m.t("people_ui.hint_name"))
	f.AddText("position", m.t("people_ui.field_position"), p.Position, "")
	f.AddChoice("sex", m.t("people_ui.field_sex"), []string{"—", m.t("sex.male"), m.t("sex.female")}, int(p.Sex))
	f.AddText("born", m.t("people_ui.field_born"), yearOrEmpty(p.BirthYear), m.t("people_ui.hint_born"))
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		p.Name, p.Position, p.Sex = people.Clean(f.Value("name")), people.Clean(f.Value("position")), people.Sex(f.Choice("sex"))
		if n, changed := people.Recase(p.Name); changed {
			p.Name = n
		}
		if err := people.ValidateName(p.Name); err != nil {
			f.SetError("name", model.Message(m.lang, err))
			return m, nil
		}
		p.BirthYear = 0
		if s := strings.TrimSpace(f.Value("born")); s != "" {
			y, ok := people.ParseBirthYear(s)
			if !ok || y < people.MinBirthYear || y > people.MaxBirthYear {
				f.SetError("born", m.t("people_ui.bad_born"))
				return m, nil
			}
			// A year typed wrong (2030 for 2003) is not a member of staff.
			if this := time.Now().Year(); y > this-people.MinWorkingAge {
				f.SetError("born", m.t("people_ui.born_too_late", y, people.MinWorkingAge, this))
				return m, nil
			}
			p.BirthYear = y
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			saved, err := store.SavePerson(context.Background(), actor, p)
			return peopleDoneMsg{err: err, field: "name", info: tr(lang, "people_ui.saved", saved.Name), focus: saved.ID}
		}
	}).Awaiting("name")
}

// importDialog reads the open unit's staff list from a workbook or CSV.
func (m Model) importDialog() dialog.Model[Model] {
	f := m.peopleForm(m.t("people_ui.import_title", m.staff.unit.ShortName))
	f.SetIntro(m.t("people_ui.import_intro"))
	f.AddPath("file", m.t("people_ui.field_file"), "", m.t("people_ui.hint_file"),
		pick.Options{Mode: pick.File, Exts: []string{".xlsx", ".csv"}, Title: m.t("people_ui.import_title", m.staff.unit.ShortName)})
	unitID, year := m.staff.unit.ID, m.staff.book.Period.Year
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		path := strings.TrimSpace(f.Value("file"))
		if path == "" {
			f.SetError("file", m.t("people_ui.need_file"))
			return m, nil
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			st, res, err := store.ImportStaffFile(context.Background(), actor, unitID, path, year)
			if st != nil && len(st.Problems) > 0 {
				err = model.Errorf("people_ui.import_refused", len(st.Problems), st.Problems[0].Message())
			}
			return peopleDoneMsg{err: err, field: "file", info: tr(lang, "people_cli.imported", res.Added+res.Updated+res.Unchanged,
				res.Added, res.Updated, res.Unchanged, res.Kept)}
		}
	}).Awaiting("file")
}

// reviewDialog records p's rating for the period's year.
func (m Model) reviewDialog(p people.Person) dialog.Model[Model] {
	year := m.staff.book.Period.Year
	f := m.peopleForm(m.t("people_ui.review_title", p.Name, year))
	ratings := []people.Rating{people.Excellent, people.Good, people.Done, people.NotDone}
	var names []string
	sel := 1
	for i, r := range ratings {
		names = append(names, r.Localize(m.lang))
		for _, old := range m.staff.book.History.Reviews {
			if old.Person == p.ID && old.Year == year && old.Rating == r {
				sel = i
			}
		}
	}
	f.AddChoice("rating", m.t("people_ui.field_rating"), names, sel)
	f.AddText("months", m.t("people_ui.field_months"), "", m.t("people_ui.hint_months"))
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		r := people.Review{Person: p.ID, Year: year, Rating: ratings[f.Choice("rating")]}
		if s := strings.TrimSpace(f.Value("months")); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 || n > 11 {
				f.SetError("months", m.t("people_ui.bad_months"))
				return m, nil
			}
			r.MonthsServed = n
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			err := store.SetHistory(context.Background(), actor, people.History{Reviews: []people.Review{r}})
			return peopleDoneMsg{err: err, field: "rating", info: tr(lang, "people_ui.reviewed", p.Name), focus: p.ID}
		}
	}).Awaiting("rating")
}

// registerDialog records the titles p registers for this period.
func (m Model) registerDialog(p people.Person) dialog.Model[Model] {
	var old []string
	for _, r := range m.staff.book.Registrations {
		if r.Person == p.ID {
			for _, f := range r.Forms {
				old = append(old, f.Label(m.lang))
			}
		}
	}
	f := m.peopleForm(m.t("people_ui.register_title", p.Name))
	f.AddText("forms", m.t("people_ui.field_titles"), strings.Join(old, ", "), m.t("people_ui.hint_titles"))
	year, periodID := m.staff.book.Period.Year, m.scope.Period.ID
	return dialog.New(f, func(m Model, f *form.Model) (Model, tea.Cmd) {
		reg := people.Registration{Person: p.ID, Year: year}
		for _, w := range strings.FieldsFunc(f.Value("forms"), func(r rune) bool { return r == ',' || r == ';' || r == '+' }) {
			form, err := people.ParseForm(w)
			if err != nil {
				f.SetError("forms", model.Message(m.lang, err))
				return m, nil
			}
			reg.Forms = append(reg.Forms, form)
		}
		if err := reg.Validate(); err != nil {
			f.SetError("forms", model.Message(m.lang, err))
			return m, nil
		}
		store, actor, lang := m.people, m.scope.Actor(), m.lang
		return m, func() tea.Msg {
			err := store.SetNomineeRegistrations(context.Background(), actor, periodID, []people.Registration{reg})
			return peopleDoneMsg{err: err, field: "forms", info: tr(lang, "people_ui.registered", p.Name), focus: p.ID}
		}
	}).Awaiting("forms")
}

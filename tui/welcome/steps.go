package welcome

import (
	"context"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"thidua/model"
)

// submit checks the step's form and moves on.
func (m Model) submit() (Model, tea.Cmd) {
	f := &m.form
	switch m.step {
	case blocStep:
		m.bloc.Name, m.bloc.Code = f.Value("name"), model.NormalizeCode(f.Value("code"))
		if m.bloc.Name == "" {
			f.SetError("name", m.t("welcome.need_name"))
			return m, nil
		}
		if m.bloc.Code == "" {
			m.bloc.Code = suggestCode(m.bloc.Name)
		}
		return m.goTo(ownStep), nil
	case ownStep:
		u := typedUnit(f)
		if err := u.Validate(); err != nil {
			f.SetError(unitField(err), model.Message(m.lang, err))
			return m, nil
		}
		m.bloc.LeaderCode = u.Code
		m.setOwn(u)
		return m.goTo(unitsStep), nil
	case unitsStep:
		return m.submitUnit()
	case criteriaStep:
		return m.submitCriteria()
	case periodStep:
		return m.submitPeriod()
	case joinStep:
		m.busy, m.err = true, ""
		store, path := m.store, f.Value("path")
		return m, func() tea.Msg {
			file, err := store.ReadFile(context.Background(), path)
			return readMsg{file: &file, err: err}
		}
	case keyStep:
		if f.Choice("ok") != 1 {
			return m.goTo(joinStep), nil
		}
		m.busy, m.err = true, ""
		store, path, fp := m.store, m.setup.Path, m.setup.Fingerprint
		return m, func() tea.Msg {
			o, err := store.JoinFile(context.Background(), path, fp)
			if err == nil && o.Reason != nil && (o.Status == model.StatusRejected || o.Status == model.StatusHeld) {
				err = o.Reason
			}
			return doneMsg{err: err}
		}
	case confirmStep:
		m.busy, m.err = true, ""
		n := model.NewBloc{Bloc: m.bloc, CriteriaLabel: m.t("welcome.criteria_label", m.period.Code),
			Criteria: m.criteria, Period: m.period, Rules: model.DefaultRules()}
		n.Bloc.Units, n.Bloc.Role = m.units, model.RoleLeader
		store := m.store
		return m, func() tea.Msg {
			_, err := store.SetupBloc(context.Background(), n)
			return doneMsg{err: err}
		}
	}
	return m, nil
}

// setOwn puts the leader's own unit first in the member list.
func (m *Model) setOwn(u model.Unit) {
	for i, x := range m.units {
		if x.Code == u.Code {
			m.units[i] = u
			return
		}
	}
	m.units = append([]model.Unit{u}, m.units...)
}

// unitsMsg carries the units read from a file.
type unitsMsg struct {
	units []model.Unit
	err   error
}

// unitsRead adds the units of a file to the list, or says why the file
// could not be read.
func (m Model) unitsRead(msg unitsMsg) Model {
	m.busy = false
	if msg.err != nil {
		m.form.SetError("file", model.Message(m.lang, msg.err))
		return m
	}
	for _, u := range msg.units {
		m.addUnit(u)
	}
	m.form = m.newForm(unitsStep)
	m.form.SetSize(m.formSize())
	return m
}

// submitUnit adds the unit typed, reads a file of units, or (with nothing
// typed) moves on.
func (m Model) submitUnit() (Model, tea.Cmd) {
	f := &m.form
	if path := f.Value("file"); path != "" {
		m.busy = true
		store := m.store
		return m, func() tea.Msg {
			units, err := store.ReadUnitsFile(context.Background(), path)
			return unitsMsg{units: units, err: err}
		}
	}
	u := typedUnit(f)
	if u.Code == "" && u.Name == "" {
		if len(m.units) < 2 {
			f.SetError("code", m.t("welcome.need_units"))
			return m, nil
		}
		return m.goTo(criteriaStep), nil
	}
	if err := u.Validate(); err != nil {
		f.SetError(unitField(err), model.Message(m.lang, err))
		return m, nil
	}
	for _, x := range m.units {
		if x.Code == u.Code {
			f.SetError("code", m.t("unit.duplicate", u.Code))
			return m, nil
		}
	}
	m.addUnit(u)
	m.form = m.newForm(unitsStep)
	m.form.SetSize(m.formSize())
	return m, nil
}

func (m *Model) addUnit(u model.Unit) {
	for i, x := range m.units {
		if x.Code == u.Code {
			m.units[i] = u
			return
		}
	}
	m.units = append(m.units, u)
}

func (m Model) submitPeriod() (Model, tea.Cmd) {
	f := &m.form
	p := model.Period{Code: model.NormalizeCode(f.Value("code")), Label: f.Value("label"),
		Kind: []model.PeriodKind{model.Year, model.HalfYear, model.OtherPeriod}[f.Choice("kind")]}
	if p.Code == "" {
		f.SetError("code", m.t("period.no_code"))
		return m, nil
	}
	if p.Label == "" {
		p.Label = p.Code
	}
	dates := []struct {
		field string
		dst   *time.Time
	}{{"starts", &p.Starts}, {"ends", &p.Ends}, {"registration", &p.RegistrationCloses}, {"self", &p.SelfScoreCloses}}
	for _, d := range dates {
		v := f.Value(d.field)
		if v == "" {
			continue
		}
		t, err := time.Parse("2/1/2006", strings.ReplaceAll(v, "-", "/"))
		if err != nil {
			f.SetError(d.field, m.t("settings.bad_date", v))
			return m, nil
		}
		*d.dst = t
	}
	if err := p.Validate(); err != nil {
		f.SetError("ends", model.Message(m.lang, err))
		return m, nil
	}
	m.period = p
	return m.goTo(confirmStep), nil
}

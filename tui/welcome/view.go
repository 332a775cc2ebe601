package welcome

import (
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/tui/form"
	"thidua/tui/pick"
	"thidua/tui/table"
)

// newForm builds the form of a step.
func (m Model) newForm(s step) form.Model {
	t := m.t
	title := t("welcome.step", int(s), int(confirmStep), t("welcome.title."+m.stepName(s)))
	if s >= joinStep {
		title = t("welcome.title." + m.stepName(s))
	}
	f := form.New(title, m.styles, m.lang, m.isDark)
	switch s {
	case joinStep:
		f.SetIntro(t("welcome.join_intro"))
		f.AddPath("path", t("welcome.join_path"), "", t("welcome.join_path_hint"),
			pick.Options{Mode: pick.File, Exts: []string{".sqlite"}})
	case keyStep:
		f.SetIntro(m.keyIntro())
		f.AddChoice("ok", t("welcome.key_ok"), []string{t("welcome.key_no"), t("welcome.key_yes")}, 0)
	case blocStep:
		f.SetIntro(t("welcome.bloc_intro"))
		f.AddText("name", t("welcome.bloc_name"), m.bloc.Name, t("welcome.bloc_name_hint"))
		f.AddText("code", t("welcome.bloc_code"), m.bloc.Code, t("welcome.bloc_code_hint"))
	case ownStep:
		f.SetIntro(t("welcome.own_intro"))
		f.AddText("code", t("units.field_code"), "", t("units.hint_code"))
		f.AddText("name", t("units.field_name"), "", t("welcome.name_hint"))
		f.AddText("short", t("units.field_short"), "", t("units.hint_short"))
		f.AddText("kind", t("units.field_kind"), "", "")
		f.SubmitFrom("name") // the short name and kind are derived when left out
	case unitsStep:
		f.SetIntro(t("welcome.units_intro", len(m.units)))
		f.AddText("code", t("units.field_code"), "", t("welcome.units_code_hint"))
		f.AddText("name", t("units.field_name"), "", t("welcome.name_hint"))
		f.AddText("short", t("units.field_short"), "", "")
		f.AddText("kind", t("units.field_kind"), "", "")
		f.AddPath("file", t("welcome.units_file"), "", t("welcome.units_file_hint"),
			pick.Options{Mode: pick.File, Exts: []string{".csv", ".xlsx"}})
		f.SubmitFrom("name")
	case criteriaStep:
		f.SetIntro(t("welcome.criteria_intro"))
		f.AddChoice("source", t("welcome.criteria_source"), []string{t("welcome.criteria_demo"), t("welcome.criteria_file")}, 0)
		f.AddPath("file", t("welcome.criteria_path"), "", t("welcome.criteria_path_hint"),
			pick.Options{Mode: pick.File, Exts: []string{".csv", ".xlsx"}})
	case periodStep:
		year := strconv.Itoa(time.Now().Year())
		f.SetIntro(t("welcome.period_intro"))
		f.AddText("code", t("welcome.period_code"), year, t("welcome.period_code_hint"))
		f.AddText("label", t("welcome.period_label"), t("welcome.period_label_default", year), "")
		f.SubmitFrom("label") // the rest has defaults, changed later in Settings
		f.AddChoice("kind", t("welcome.period_kind"), []string{t("welcome.kind_year"), t("welcome.kind_half"), t("welcome.kind_other")}, 0)
		f.AddText("starts", t("welcome.period_starts"), "01/01/"+year, t("settings.date_hint"))
		f.AddText("ends", t("welcome.period_ends"), "31/12/"+year, t("settings.date_hint"))
		f.AddText("registration", t("settings.registration"), "", t("settings.date_hint"))
		f.AddText("self", t("settings.self_score"), "", t("settings.date_hint"))
	case confirmStep:
		f.SetIntro(t("welcome.confirm_intro"))
	}
	return f
}

func (m Model) stepName(s step) string {
	return [...]string{"choose", "bloc", "own", "units", "criteria", "period", "confirm", "join", "key"}[s]
}

// View renders the screen.
func (m Model) View() string {
	var lines []string
	lines = append(lines, m.styles.Title.Render(m.t("welcome.hello")), m.styles.Dim.Render(m.t("welcome.tagline")), "")
	switch m.step {
	case chooseStep:
		for i, c := range m.choices() {
			line := "  " + c
			if i == m.choice {
				line = m.styles.Table.Selected.Render("› " + c)
			}
			lines = append(lines, line)
		}
		lines = append(lines, "", m.styles.Dim.Render(m.t("welcome.choose_keys")))
	case unitsStep:
		form := m.form.View()
		// The list takes the room the form leaves: the box keeps its
		// border whatever the number of units.
		room := m.height - len(lines) - lipgloss.Height(form)
		if m.busy || m.job.Running() || m.err != "" {
			room--
		}
		if list := m.unitList(room); list != "" {
			lines = append(lines, list)
		}
		lines = append(lines, form)
	case confirmStep:
		lines = append(lines, m.summary(), m.form.View())
	case criteriaStep:
		if m.previewing {
			lines = append(lines, m.preview.View())
		} else {
			lines = append(lines, m.form.View())
		}
	default:
		lines = append(lines, m.form.View())
	}
	if m.busy {
		lines = append(lines, m.styles.Dim.Render(m.t("welcome.working")))
	}
	if m.job.Running() {
		lines = append(lines, m.job.View(m.styles, min(m.width, 100), m.t("work.stopping")))
	}
	if m.err != "" {
		lines = append(lines, m.styles.Error.Render(m.err))
	}
	return strings.Join(lines, "\n")
}

// unitList shows the units gathered so far in room lines, the last ones
// when the list is longer ("… n more" above them).
func (m Model) unitList(room int) string {
	if room < 2 || len(m.units) == 0 {
		return ""
	}
	cols := table.Fit([]table.Column{{Title: m.t("col.code"), Width: 12}, {Title: m.t("col.unit")},
		{Title: m.t("units.field_short"), Width: 16, Drop: 1}}, min(m.width, 100), 20)
	lines := []string{m.styles.Table.Header.Render(table.Header(cols))}
	shown := m.units
	if len(shown) > room-1 {
		keep := max(0, room-2)
		lines = append(lines, m.styles.Dim.Render(m.t("welcome.more_units", len(shown)-keep)))
		shown = shown[len(shown)-keep:]
	}
	for _, u := range shown {
		lines = append(lines, table.Line(cols, []string{u.Code, u.Name, u.ShortName}))
	}
	return strings.Join(lines, "\n")
}

// summary lists what will be created.
func (m Model) summary() string {
	source := m.t("welcome.criteria_file")
	if m.fromDemo {
		source = m.t("welcome.criteria_demo")
	}
	tree, _ := model.NewTree(m.criteria)
	n, max := 0, model.Points(0)
	if tree != nil {
		n, max = len(tree.Leaves()), tree.StandardMax()
	}
	return strings.Join([]string{
		m.t("welcome.sum_bloc", m.bloc.Name, m.bloc.Code),
		m.t("welcome.sum_leader", m.bloc.LeaderCode),
		m.t("welcome.sum_units", len(m.units)),
		m.t("welcome.sum_criteria", source, n, max),
		m.t("welcome.sum_period", m.period.Label, m.period.Code),
	}, "\n")
}

// keyIntro says what the setup file is and asks to check the leader's key
// on the phone before trusting it.
func (m Model) keyIntro() string {
	f := m.setup
	bloc, unit := f.BlocCode, f.AddresseeCode
	if f.BlocName != "" {
		bloc = f.BlocName
	}
	if f.AddresseeName != "" {
		unit = f.AddresseeName
	}
	return m.t("welcome.key_intro", bloc, unit, f.AuthorCode, f.Fingerprint)
}

package scoring

import (
	"charm.land/lipgloss/v2"
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/input"
	"thidua/tui/status"
	"thidua/tui/table"
	"thidua/tui/theme"
)

// picker chooses the unit whose sheet is shown: a list with an
// accent-insensitive filter.
type picker struct {
	styles theme.Styles
	lang   i18n.Lang
	keys   pickerKeys
	filter textinput.Model
	units  []model.Unit
	shown  []model.Unit
	cursor int
	scroll table.Scroll
}

// pickerKeys are the picker's keys; every other key goes to its filter.
type pickerKeys struct{ Up, Down, Pick, Back key.Binding }

func newPicker(styles theme.Styles, lang i18n.Lang, isDark bool) *picker {
	p := &picker{styles: styles, lang: lang, keys: pickerKeys{
		Up: key.NewBinding(key.WithKeys("up")), Down: key.NewBinding(key.WithKeys("down")),
		Pick: key.NewBinding(key.WithKeys("enter")), Back: key.NewBinding(key.WithKeys("esc")),
	}}
	p.filter = input.New(i18n.T(lang, "units.filter_prompt"), i18n.T(lang, "units.filter_placeholder"), isDark)
	p.filter.Focus()
	return p
}

// openPicker opens the unit picker and reads the units.
func (m Model) openPicker() (Model, tea.Cmd) {
	m.picker = newPicker(m.styles, m.lang, m.isDark)
	store := m.store
	return m, func() tea.Msg {
		units, err := store.Units(context.Background(), "")
		if err != nil {
			return status.ErrorMsg{Err: err}
		}
		return unitsMsg{units: units}
	}
}

func (p *picker) setUnits(units []model.Unit) {
	p.units = units
	p.apply()
}

func (p *picker) apply() {
	p.shown = p.shown[:0]
	for _, u := range p.units {
		if u.Status == model.Active && model.MatchFold(u.Code+" "+u.Name+" "+u.ShortName, p.filter.Value()) {
			p.shown = append(p.shown, u)
		}
	}
	p.cursor = max(0, min(p.cursor, len(p.shown)-1))
}

func (m Model) pickerKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	p := m.picker
	switch {
	case key.Matches(msg, p.keys.Back):
		m.picker = nil
		return m, nil
	case key.Matches(msg, p.keys.Up):
		p.cursor = max(0, p.cursor-1)
		return m, nil
	case key.Matches(msg, p.keys.Down):
		p.cursor = max(0, min(len(p.shown)-1, p.cursor+1))
		return m, nil
	case key.Matches(msg, p.keys.Pick):
		if p.cursor < len(p.shown) {
			id := p.shown[p.cursor].ID
			m.picker = nil
			return m, m.SetUnit(id)
		}
		return m, nil
	}
	var cmd tea.Cmd
	p.filter, cmd = p.filter.Update(msg)
	p.apply()
	return m, cmd
}

func (p *picker) view(width, height int) string {
	var b strings.Builder
	b.WriteString(p.styles.Title.Render(i18n.T(p.lang, "scoring.pick_unit")) + "\n")
	// Without a width the field shows one letter of its placeholder.
	p.filter.SetWidth(max(10, width-8-lipgloss.Width(p.filter.Prompt)))
	b.WriteString(p.filter.View() + "\n")
	cols := table.Fit([]table.Column{{Width: 10}, {}}, width-4, 10)
	start := p.scroll.Follow(p.cursor, max(1, height-5), len(p.shown))
	for i := start; i < len(p.shown) && i < start+max(1, height-5); i++ {
		line := table.Line(cols, []string{p.shown[i].Code, p.shown[i].Name})
		if i == p.cursor {
			line = p.styles.Table.Selected.Render(line)
		}
		b.WriteString(line + "\n")
	}
	if len(p.shown) == 0 {
		b.WriteString(p.styles.Dim.Render(i18n.T(p.lang, "units.none_match")))
	}
	return p.styles.Pane.Width(max(30, width-2)).Render(strings.TrimRight(b.String(), "\n"))
}

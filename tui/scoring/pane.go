package scoring

import (
	"strings"

	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/table"
)

// pane shows the focused criterion in full: its text, maximum, rule,
// guidance, the scores of each stage with notes, and on h its history.
func (m Model) pane(width, height int) string {
	c, ok := m.Focused()
	if !ok {
		return ""
	}
	inner := max(10, width-4)
	wrap := lipgloss.NewStyle().Width(inner)
	tree := m.sheet.Tree
	// Blocks with a priority (1 first): what does not fit the pane goes
	// whole, the lowest priority first, and the rest keeps its order.
	var blocks []paneBlock
	add := func(priority int, lines ...string) {
		blocks = append(blocks, paneBlock{priority: priority, text: strings.Join(lines, "\n")})
	}
	add(1, m.styles.Title.Render(table.Cut(tree.PathString(c.ID)+" · "+i18n.T(m.lang, "kind."+c.Kind.String()), inner)))
	add(2, wrap.Render(c.Title))
	if c.Scorable() {
		rule := c.Rule.Describe(m.lang, c.Max)
		if !c.Rule.IsDirect() {
			rule += " " + m.roundingRule()
		}
		add(5, m.styles.Dim.Render(wrap.Render(rule)))
	} else {
		add(3, m.styles.Dim.Render(i18n.T(m.lang, "scoring.group_total", m.shown.Value[c.ID], c.Max)))
	}
	if c.Guidance != "" {
		add(6, wrap.Render(i18n.TLines(m.lang, "scoring.guidance", c.Guidance)))
	}
	for _, s := range model.Stages {
		r, has := m.sheet.Rows[c.ID][s]
		if !has {
			continue
		}
		v := r.Points.Localize(m.lang)
		if r.Input != "" {
			v = r.Input + " → " + v
			// Say so when the rule's result was rounded down to the step.
			if raw, _, err := c.Rule.Score(r.Input, c.Max); err == nil && raw != r.Points {
				v += " " + i18n.T(m.lang, "scoring.rounded", raw, m.sheet.Rules.Step)
			}
		}
		add(3, wrap.Render(i18n.T(m.lang, "scoring.stage_value", m.stageName(s), v)))
		if r.Note != "" {
			add(7, wrap.Render("  "+i18n.T(m.lang, "scoring.note_line", r.Note)))
		}
		if r.Evidence != "" {
			add(7, wrap.Render("  "+i18n.T(m.lang, "scoring.evidence_line", r.Evidence)))
		}
		if r.Flag != "" {
			add(3, m.styles.Warn.Render(wrap.Render("  ! "+model.Errorf(r.Flag).Localize(m.lang))))
		}
	}
	if reason, ok := m.sheet.Returns[c.ID]; ok {
		how := "scoring.answer_how"
		if m.scope.Leader() {
			how = "scoring.answer_wait"
		}
		answer := m.styles.Dim.Render(wrap.Render("  " + i18n.T(m.lang, how)))
		if a := m.sheet.Answers[c.ID]; a != "" {
			answer = wrap.Render("  " + i18n.T(m.lang, "scoring.answered", a))
		}
		add(2, m.styles.Warn.Render(wrap.Render(i18n.T(m.lang, "scoring.returned", reason))), answer)
	}
	if m.details {
		lines := []string{m.styles.Title.Render(i18n.T(m.lang, "scoring.history"))}
		if len(m.history) == 0 {
			lines = append(lines, m.styles.Dim.Render(i18n.T(m.lang, "scoring.no_history")))
		}
		for _, h := range m.history {
			lines = append(lines, wrap.Render(m.changeLine(h)))
		}
		add(4, lines...)
	}
	return m.styles.Pane.Width(width).Render(fitBlocks(blocks, height-2))
}

// paneBlock is a part of the criterion pane.
type paneBlock struct {
	priority int
	text     string
}

// fitBlocks keeps the blocks that fit height lines, the highest priority
// first, in their order; a last block too long for the room left (the
// history) keeps its first lines.
func fitBlocks(blocks []paneBlock, height int) string {
	if height <= 0 {
		height = 1 << 30
	}
	keep := make([]bool, len(blocks))
	used := 0
	for p := 1; p <= 7; p++ {
		for i, b := range blocks {
			if b.priority != p {
				continue
			}
			if h := lipgloss.Height(b.text); used+h <= height {
				keep[i], used = true, used+h
			} else if p == 4 && height-used > 1 {
				lines := strings.Split(b.text, "\n")[:height-used]
				blocks[i].text, keep[i], used = strings.Join(lines, "\n"), true, height
			}
		}
	}
	var out []string
	for i, b := range blocks {
		if keep[i] {
			out = append(out, b.text)
		}
	}
	return strings.Join(out, "\n")
}

// roundingRule says how a rule's result becomes points: rounded down to
// the bloc's step (to the hundredth without one).
func (m Model) roundingRule() string {
	if m.sheet.Rules.Step > 0 {
		return i18n.T(m.lang, "scoring.rounding_step", m.sheet.Rules.Step)
	}
	return i18n.T(m.lang, "scoring.rounding_hundredth")
}

// changeLine prints one history entry: when, who, old → new, why, from
// which file.
func (m Model) changeLine(h model.Change) string {
	val := func(v string) string {
		if v == "" {
			return i18n.T(m.lang, "scoring.blank")
		}
		s, err := model.DecodeScore(v)
		if err != nil || s == nil {
			return v
		}
		return s.Points.Localize(m.lang)
	}
	who := i18n.T(m.lang, "role.name."+h.Role.String())
	line := i18n.T(m.lang, "scoring.change", h.At.Local().Format("02/01/2006 15:04"), who, m.stageName(stageOf(h.Stage)), val(h.Old), val(h.New))
	if h.UndoOf > 0 {
		line += " " + i18n.T(m.lang, "scoring.change_undo")
	}
	if h.Reason != "" {
		line += " — " + h.Reason
	}
	if h.Source != "" {
		line += " [" + h.Source + "]"
	}
	return line
}

func stageOf(s string) model.Stage {
	st, _ := model.ParseStage(s)
	return st
}

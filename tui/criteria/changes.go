package criteria

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/status"
)

// A version copied from another (a draft made with c, or the table of a
// new year started from the last) shows what changed since that version:
// a line of counts under the title, a mark on each row added (+) or
// changed (~), and with v the list of every change — criteria added and
// removed, maxima, rules, kinds and wording.

// diff is what changed from the version on show's parent.
type diff struct {
	parent  string // the parent version's label; "" when it has none
	changes []model.CriteriaChange
	marks   map[string]string // row id → "+" added, "~" changed
	showing bool              // the list is on show (v)
	top     int               // the list's first line on show
}

// loadFor loads the versions for a period: the draft copied for it while
// that draft is not issued, else the version it is scored on.
func (m Model) loadFor(p model.Period) tea.Cmd {
	store, show := m.store, p.CriteriaVersionID
	return func() tea.Msg {
		n := periodReads.Add(1)
		ctx := context.Background()
		if origin, ok, err := store.PeriodOrigin(ctx, p.ID); err != nil {
			return status.ErrorMsg{Err: err}
		} else if ok {
			vs, err := store.Versions(ctx)
			if err != nil {
				return status.ErrorMsg{Err: err}
			}
			for _, v := range vs {
				if v.ID == origin.DraftID && !v.Issued() {
					show = v.ID
				}
			}
		}
		msg := m.load(show, "")()
		if l, ok := msg.(loadedMsg); ok {
			l.period, l.read = p.ID, n
			return l
		}
		return msg
	}
}

// periodReads numbers the reads of a period's table as they begin: after
// a new year is made, the read for the period on show and the one for the
// period switched to can answer in either order, and the older must not
// replace what the newer showed (the table of last year instead of the
// new year's draft).
var periodReads atomic.Int64

// parentTree reads the tree of the version versionID was copied from; nil
// when it has none (or it cannot be read: the screen then shows no diff).
func parentTree(ctx context.Context, store Store, vs []model.CriteriaVersion, versionID string) *model.Tree {
	for _, v := range vs {
		if v.ID == versionID && v.ParentID != "" {
			if t, err := store.VersionTree(ctx, v.ParentID); err == nil {
				return t
			}
		}
	}
	return nil
}

// newDiff compares the version on show with its parent.
func newDiff(vs []model.CriteriaVersion, current string, parent, tree *model.Tree) diff {
	var d diff
	for _, v := range vs {
		if v.ID == current && v.ParentID != "" && parent != nil {
			for _, p := range vs {
				if p.ID == v.ParentID {
					d.parent = p.Label
				}
			}
		}
	}
	if d.parent == "" {
		return d
	}
	d.changes = model.DiffCriteria(parent, tree)
	d.marks = map[string]string{}
	for _, c := range d.changes {
		switch c.Kind {
		case model.CriterionAdded:
			d.marks[c.New.ID] = "+"
		case model.CriterionRemoved:
		default:
			d.marks[c.New.ID] = "~"
		}
	}
	return d
}

// summary is the version line's part about the parent: "so với «2019»:
// thêm 1, bỏ 1, đổi 2 (v: xem)", or that nothing changed.
func (d diff) summary(l i18n.Lang) string {
	if d.parent == "" {
		return ""
	}
	if len(d.changes) == 0 {
		return i18n.T(l, "changes.none", d.parent)
	}
	a, r, c := model.ChangeCounts(d.changes)
	return i18n.T(l, "changes.summary", d.parent, a, r, c)
}

// changesKey scrolls the list of changes, or closes it.
func (m Model) changesKey(msg tea.KeyPressMsg) Model {
	k := m.keys
	switch {
	case key.Matches(msg, k.Changes, k.Stop):
		m.diff.showing = false
	case key.Matches(msg, k.Up):
		m.diff.top = max(0, m.diff.top-1)
	case key.Matches(msg, k.Down):
		m.diff.top = min(max(0, len(m.diff.changes)-1), m.diff.top+1)
	}
	return m
}

// changesView lists every change, a line each, as many as fit.
func (m Model) changesView(rows int) string {
	l := m.lang
	lines := []string{m.styles.Title.Render(i18n.T(l, "changes.title", m.diff.parent))}
	if len(m.diff.changes) == 0 {
		return strings.Join(append(lines, m.styles.Dim.Render(i18n.T(l, "changes.none", m.diff.parent))), "\n")
	}
	// Each change wrapped to the width, under a hanging indent, as many
	// whole changes as fit above the line of the list's keys.
	wrap := lipgloss.NewStyle().Width(max(20, m.width-2))
	room, end := max(1, rows-2), m.diff.top
	for ; end < len(m.diff.changes); end++ {
		c := m.diff.changes[end]
		text := strings.ReplaceAll(wrap.Render(changeLine(l, c)), "\n", "\n  ")
		if n := strings.Count(text, "\n") + 1; n > room && end > m.diff.top {
			break
		} else {
			room -= n
		}
		switch c.Kind {
		case model.CriterionAdded:
			text = m.styles.Table.Group.Render(text)
		case model.CriterionRemoved:
			text = m.styles.Error.Render(text)
		}
		lines = append(lines, text)
	}
	if end < len(m.diff.changes) || m.diff.top > 0 {
		lines = append(lines, m.styles.Dim.Render(i18n.T(l, "changes.more", m.diff.top+1, end, len(m.diff.changes))))
	}
	return strings.Join(lines, "\n")
}

// changeLine writes one change: "+ 1.3 Title (tối đa 5)", "− 2.4 Title",
// "~ 1.1 Title: tối đa 10 → 12".
func changeLine(l i18n.Lang, c model.CriteriaChange) string {
	o, n := c.Old, c.New
	head := func(x model.Criterion) string { return fmt.Sprintf("%s %s", x.Code, x.Title) }
	switch c.Kind {
	case model.CriterionAdded:
		return "+ " + i18n.T(l, "changes.added", head(n), n.Max.Localize(l))
	case model.CriterionRemoved:
		return "− " + i18n.T(l, "changes.removed", head(o))
	case model.CriterionMax:
		return "~ " + i18n.T(l, "changes.max", head(n), maxText(l, o), maxText(l, n))
	case model.CriterionRule:
		return "~ " + i18n.T(l, "changes.rule", head(n), o.Rule.WordsFor(l, o.Max, o.Kind), n.Rule.WordsFor(l, n.Max, n.Kind))
	case model.CriterionKind:
		return "~ " + i18n.T(l, "changes.kind", head(n), i18n.T(l, "kind."+o.Kind.String()), i18n.T(l, "kind."+n.Kind.String()))
	}
	code := n.Code
	if o.Code != n.Code {
		code = i18n.T(l, "changes.code_was", n.Code, o.Code)
	}
	return "~ " + i18n.T(l, "changes.title_changed", code, o.Title, n.Title)
}

// maxText is a maximum as the grid shows it ("≤10" for a capped group).
func maxText(l i18n.Lang, c model.Criterion) string {
	s := c.Max.Localize(l)
	if c.Capped {
		s = "≤" + s
	}
	return s
}

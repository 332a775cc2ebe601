package exchange

import (
	"sort"
	"strings"

	"thidua/model"
)

// Criteria as the screen names them, and the lists kept in the table's
// order.

// exampleCode is a criterion as the return dialog proposes to type it: a
// repeated code with its path where the table has one (the form that
// needs showing), else the first criterion's code.
func (m Model) exampleCode() string {
	if m.tree == nil {
		return "I.1"
	}
	first := ""
	for _, c := range m.tree.Leaves() {
		label := m.tree.Label(c.ID)
		if first == "" {
			first = label
		}
		if label != strings.TrimSpace(c.Code) {
			return label
		}
	}
	return first
}

// criterionName is a criterion's label, or what "" means (the whole
// sheet).
func criterionName(tree *model.Tree, id, whole string) string {
	if id == "" {
		return whole
	}
	if tree != nil {
		if _, ok := tree.Get(id); ok {
			return tree.Label(id)
		}
	}
	return id
}

// sortByTable orders return reasons as the table does (the whole sheet
// first).
func sortByTable(tree *model.Tree, rs []model.ReturnReason) {
	order := map[string]int{"": -1}
	if tree != nil {
		for i, c := range tree.Nodes() {
			order[c.ID] = i
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].UnitID != rs[j].UnitID {
			return rs[i].UnitID < rs[j].UnitID
		}
		return order[rs[i].CriterionID] < order[rs[j].CriterionID]
	})
}

// interfaceKeys says a held file's next step with the keys of this screen
// where the message names the command line's ("thidua hold accept").
func (m Model) interfaceKeys(s string) string {
	s = strings.ReplaceAll(s, "thidua hold accept", m.t("xtui.hold_accept_keys"))
	return strings.ReplaceAll(s, "thidua hold", m.t("xtui.hold_decide_keys"))
}

// follow keeps the cursor of the list on show in its window.
func (m *Model) follow() {
	switch m.mode {
	case boardMode:
		if m.scope.Leader() {
			m.scroll.Follow(m.cursor, m.boardRows(), len(m.rows))
		}
	case filesMode:
		m.fscroll.Follow(m.fcursor, m.filesRows(), len(m.outcomes))
	case changesMode:
		m.cscroll.Follow(m.ccursor, m.changesRows(), len(m.changes()))
	case holdsMode:
		m.hscroll.Follow(m.hcursor, m.holdsRows(), len(m.holds))
	}
}

package exchange

import (
	"strings"

	"thidua/model"
)

// provinceView is the province's side of the exchange: the blocs' files
// come in here (o: a folder or files, previewed, then merged; a file from
// a key not known or changed is held), the held files are decided (g),
// and the province's decision file for the bloc on show is written (x).
// Its board of blocs is the blocs screen (0).
func (m Model) provinceView() string {
	lines := []string{m.title(), ""}
	lines = append(lines, m.wrap(m.t("xtui.province_intro", m.scope.Bloc.Code, m.scope.Period.Label)), "")
	if len(m.holds) > 0 {
		lines = append(lines, m.styles.Warn.Render(m.t("xtui.province_holds", len(m.holds))))
	} else {
		lines = append(lines, m.styles.Dim.Render(m.t("xtui.no_holds")))
	}
	var last *model.SentFile
	for i, s := range m.sent {
		if s.Kind == model.KindDecision {
			last = &m.sent[i]
			break
		}
	}
	if last == nil {
		lines = append(lines, m.t("xtui.province_not_sent", m.scope.Bloc.Code))
	} else {
		lines = append(lines, m.wrap(m.t("xtui.province_sent", last.Name, last.At.Local().Format("02/01/2006 15:04"),
			model.Receipt(last.Seq, last.ContentHash))))
	}
	lines = append(lines, "", m.styles.Dim.Render(m.wrap(m.t("xtui.province_board"))))
	return strings.Join(lines, "\n")
}

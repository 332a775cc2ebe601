package table

import (
	"strings"

	"thidua/model"
	"thidua/model/i18n"
)

// Preview is what was understood of the table, as lines of text in
// language l: each part with its maximum (and cap), the counts per kind,
// how many rules were read, every criterion's rule (read, with its
// sentence; given in the file; or typed directly, with the reason), every
// problem with its sheet and row, then the notes. The command line, the
// wizard and the criteria screen all show these same lines.
func (r *Result) Preview(l i18n.Lang) []string {
	head, problems, notes := r.PreviewParts(l)
	return append(append(head, problems...), notes...)
}

// PreviewParts is the preview in its three parts: what was understood, the
// problems (with the line that counts them, or that says there are none),
// and the notes; the command line prints the problems on stderr.
func (r *Result) PreviewParts(l i18n.Lang) (head, problems, notes []string) {
	var out []string
	if r.Sheet != "" {
		out = append(out, i18n.T(l, "table.preview_from_sheet", r.Sheet))
	} else {
		out = append(out, i18n.T(l, "table.preview_from_csv"))
	}
	tree, err := r.Tree()
	if err == nil {
		leaves := tree.Leaves()
		for _, part := range tree.Children("") {
			n := 0
			var sum model.Points
			for _, k := range tree.Children(part.ID) {
				sum += k.Max
			}
			for _, c := range leaves {
				if tree.Part(c.ID) == part.ID {
					n++
				}
			}
			name := partName(part)
			if part.Capped && part.Kind == model.Group {
				out = append(out, "  "+i18n.T(l, "table.preview_part_cap", name, part.Max, sum, n))
			} else {
				out = append(out, "  "+i18n.T(l, "table.preview_part", name, part.Max, n))
			}
		}
		var std, bonus, ded int
		for _, c := range leaves {
			switch tree.Section(c.ID) {
			case model.Bonus:
				bonus++
			case model.Deduction:
				ded++
			default:
				std++
			}
		}
		out = append(out, i18n.T(l, "table.preview_counts", len(leaves), std, bonus, ded, tree.StandardMax()))
		read, typed, direct := r.RuleCounts()
		out = append(out, i18n.T(l, "table.preview_rules", read, typed, direct))
		for _, c := range leaves {
			out = append(out, "  "+r.RuleLine(l, tree.PathString(c.ID), c))
		}
	}
	if len(r.Problems) > 0 {
		problems = append(problems, i18n.T(l, "table.preview_problems", len(r.Problems)))
		for _, p := range r.Problems {
			problems = append(problems, "  ! "+p.Message().Localize(l))
		}
	} else {
		problems = append(problems, i18n.T(l, "table.preview_no_problems"))
	}
	if len(r.Notes) > 0 {
		notes = append(notes, i18n.T(l, "table.preview_notes"))
		for _, n := range r.Notes {
			notes = append(notes, "  · "+n.Message().Localize(l))
		}
	}
	return out, problems, notes
}

// RuleCounts counts the scorable criteria whose rule was read from the
// guidance, given in the file, or left as points typed directly.
func (r *Result) RuleCounts() (read, typed, direct int) {
	for _, c := range r.Rows {
		if c.Kind == model.Group {
			continue
		}
		rd := r.Readings[c.ID]
		switch {
		case rd.Typed && !c.Rule.IsDirect():
			typed++
		case rd.Read():
			read++
		default:
			direct++
		}
	}
	return read, typed, direct
}

// RuleLine is one criterion's line of the preview: "rule read: … ←
// «sentence»", "rule given in the file: …" or "points typed directly",
// with the reason when guidance spoke of points.
func (r *Result) RuleLine(l i18n.Lang, name string, c model.Criterion) string {
	rd := r.Readings[c.ID]
	switch {
	case rd.Typed && !c.Rule.IsDirect():
		return i18n.T(l, "table.preview_rule_typed", name, c.Rule.WordsFor(l, c.Max, c.Kind))
	case rd.Read():
		return i18n.T(l, "table.preview_rule_read", name, c.Rule.WordsFor(l, c.Max, c.Kind), cut(rd.Sentence, 90))
	case rd.Why != nil:
		return i18n.T(l, "table.preview_rule_why", name, rd.Why.Localize(l))
	}
	return i18n.T(l, "table.preview_rule_direct", name)
}

// partName is a part's number and title, the number once when the title
// starts with it ("Tiêu chí 1", "Tiêu chí 3 Không để xảy ra …").
func partName(c model.Criterion) string {
	code, title := strings.TrimSpace(c.Code), cut(c.Title, 50)
	if code == "" || strings.HasPrefix(model.Fold(title), model.Fold(code)) {
		return title
	}
	return code + " " + title
}

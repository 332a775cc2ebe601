// Package theme holds the one set of styles of the terminal interface,
// built for the terminal's background and passed down to every screen. It
// uses the 16 basic ANSI colours so that it reads on a classic Windows
// console; Bubble Tea downgrades them further (or drops them) for NO_COLOR
// and plain terminals.
package theme

import (
	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles is every style the screens use, one pointer wide: New builds the
// set once and nothing changes it after, so the screens and dialogs that
// hold it (by value, as Bubble Tea copies its models on every message) copy
// a word, not the 17 KB of the set.
type Styles struct{ *Set }

// Set is the styles themselves. No screen creates colours of its own.
type Set struct {
	Header    lipgloss.Style // the top line: bloc, period, role
	HeaderDim lipgloss.Style
	Title     lipgloss.Style // a screen's title
	Status    lipgloss.Style // confirmations
	Error     lipgloss.Style // refusals and failures
	Warn      lipgloss.Style // flags worth a look
	Dim       lipgloss.Style
	Pane      lipgloss.Style // a framed side or bottom pane
	Table     TableStyles
	Chart     ChartStyles
	Help      help.Styles
}

// ChartStyles draw the results' pictures. Each also differs in its glyphs
// (▒ and █, the shades of the heat table), so that a terminal without
// colours shows the same picture.
type ChartStyles struct {
	Self lipgloss.Style // the self-score bar
	Bloc lipgloss.Style // the bloc's bar
	Line lipgloss.Style // an award's minimum total
	Axis lipgloss.Style
	Heat [4]lipgloss.Style // full marks, a little lost, more lost, most lost
}

// TableStyles style the lists and tables.
type TableStyles struct {
	Header   lipgloss.Style
	Row      lipgloss.Style
	Selected lipgloss.Style
	Group    lipgloss.Style // group rows of the criteria table
}

// New builds the styles for a dark or light background.
func New(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Blue, lipgloss.BrightBlue)
	dim := ld(lipgloss.BrightBlack, lipgloss.BrightBlack)
	s := &Set{
		Header:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		HeaderDim: lipgloss.NewStyle().Foreground(dim),
		Title:     lipgloss.NewStyle().Bold(true),
		Status:    lipgloss.NewStyle().Foreground(ld(lipgloss.Green, lipgloss.BrightGreen)),
		Error:     lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Red, lipgloss.BrightRed)),
		Warn:      lipgloss.NewStyle().Foreground(ld(lipgloss.Yellow, lipgloss.BrightYellow)),
		Dim:       lipgloss.NewStyle().Foreground(dim),
		Pane:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(dim).Padding(0, 1),
		Help:      help.DefaultStyles(isDark),
	}
	s.Chart = ChartStyles{
		Self: lipgloss.NewStyle().Foreground(dim),
		Bloc: lipgloss.NewStyle().Foreground(accent),
		Line: lipgloss.NewStyle().Bold(true).Foreground(ld(lipgloss.Magenta, lipgloss.BrightMagenta)),
		Axis: lipgloss.NewStyle().Foreground(dim),
		Heat: [4]lipgloss.Style{lipgloss.NewStyle().Foreground(dim), lipgloss.NewStyle(), s.Warn, s.Error},
	}
	s.Table = TableStyles{
		Header:   lipgloss.NewStyle().Bold(true).Underline(true),
		Row:      lipgloss.NewStyle(),
		Selected: lipgloss.NewStyle().Reverse(true),
		Group:    lipgloss.NewStyle().Bold(true),
	}
	return Styles{s}
}

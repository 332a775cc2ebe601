package tuitest

import (
	tea "charm.land/bubbletea/v2"

	"thidua/model"
	"thidua/model/i18n"
	"thidua/tui/status"
)

// Screen is a screen as tests drive it: its Update returns itself.
type Screen[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// Driver runs a screen as the Bubble Tea runtime would: every command to
// the end, each message back into the screen, and the status line kept.
type Driver[M Screen[M]] struct {
	M M
	// Catch sees every other message first (those meant for the root);
	// returning true keeps it from the screen.
	Catch func(tea.Msg) bool
	// Status is the last status line, in Vietnamese; IsErr says whether it
	// was an error, Err is that error.
	Status string
	IsErr  bool
	Err    error
}

// Run runs cmd and everything it leads to.
func (d *Driver[M]) Run(cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case status.ErrorMsg:
			d.Status, d.IsErr, d.Err = model.Message(i18n.VI, msg.Err), true, msg.Err
		case status.InfoMsg:
			d.Status, d.IsErr = msg.Text, false
		default:
			if d.Catch != nil && d.Catch(msg) {
				continue
			}
			var next tea.Cmd
			d.M, next = d.M.Update(msg)
			queue = append(queue, next)
		}
	}
}

// Press sends named keys ("enter", "ctrl+u", "q") and runs what they start.
func (d *Driver[M]) Press(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		d.M, cmd = d.M.Update(Key(k))
		d.Run(cmd)
	}
}

// Type types text one key at a time.
func (d *Driver[M]) Type(s string) {
	for _, k := range Keys(s) {
		var cmd tea.Cmd
		d.M, cmd = d.M.Update(k)
		d.Run(cmd)
	}
}

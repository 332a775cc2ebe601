// Package work runs a screen's long work (a merge, a report, reading a big
// workbook) off the event loop, with a context the person cancels with esc
// and a progress bar. The work is a function of a context and a progress
// callback that returns the screen's own message; that message arrives
// like any other command's, after the work ended, finished or stopped.
package work

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"

	"thidua/tui/theme"
)

// Func is long work: it stops when ctx is done and may report how far it
// has come; it returns the message the screen gets when it ends.
type Func func(ctx context.Context, report func(done, total int)) tea.Msg

// ProgressMsg says how far a job has come.
type ProgressMsg struct {
	job         int64
	done, total int
}

// Job is long work under way (the zero value is none).
type Job struct {
	id        int64
	label     string
	cancel    context.CancelFunc
	ch        chan tea.Msg
	done      int
	total     int
	cancelled bool
}

var ids atomic.Int64

// Start runs fn in the background under label (what the person is told
// is under way) and returns the job and the command that waits for its
// first message.
func Start(label string, fn Func) (Job, tea.Cmd) {
	ctx, cancel := context.WithCancel(context.Background())
	j := Job{id: ids.Add(1), label: label, cancel: cancel, ch: make(chan tea.Msg, 8)}
	id, ch := j.id, j.ch
	go func() {
		defer close(ch)
		defer cancel()
		report := func(done, total int) {
			select { // a bar that skips a step is fine; work that waits for it is not
			case ch <- ProgressMsg{job: id, done: done, total: total}:
			default:
			}
		}
		ch <- fn(ctx, report)
	}()
	return j, j.wait()
}

// wait delivers the job's next message.
func (j Job) wait() tea.Cmd {
	ch := j.ch
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return nil
		}
		return msg
	}
}

// Stopped reports whether err says the work was stopped by the person (its
// context was cancelled), not that it failed.
func Stopped(err error) bool { return errors.Is(err, context.Canceled) }

// Running reports whether the job is under way.
func (j Job) Running() bool { return j.id != 0 }

// Cancelled reports whether the person asked the job to stop.
func (j Job) Cancelled() bool { return j.cancelled }

// Cancel asks the job to stop; its message still comes, once it stopped.
func (j *Job) Cancel() {
	if j.cancel != nil && !j.cancelled {
		j.cancel()
		j.cancelled = true
	}
}

// Update takes the job's progress and waits for its next message; it
// reports whether msg was this job's.
func (j Job) Update(msg tea.Msg) (Job, tea.Cmd, bool) {
	p, ok := msg.(ProgressMsg)
	if !ok || p.job != j.id || !j.Running() {
		return j, nil, ok
	}
	j.done, j.total = p.done, p.total
	return j, j.wait(), true
}

// View is the job's line: what is under way and, once it has said how much
// there is, a bar with the count ("Đang nhập  ███░░░ 3/8"); stopping says
// so.
func (j Job) View(st theme.Styles, width int, stopping string) string {
	label := j.label
	if j.cancelled {
		label = stopping
	}
	if j.total == 0 {
		return st.Dim.Render(label)
	}
	bar := progress.New(progress.WithFillCharacters('█', '░'), progress.WithoutPercentage(),
		progress.WithColors(st.Header.GetForeground()), progress.WithWidth(max(10, min(width-30, 50))))
	return fmt.Sprintf("%s  %s %d/%d", label, bar.ViewAs(float64(j.done)/float64(j.total)), j.done, j.total)
}

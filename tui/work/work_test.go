package work

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"thidua/tui/theme"
)

type doneMsg struct{ err error }

// run feeds the job its messages until its own comes, as the runtime does.
func run(j Job, cmd tea.Cmd) (Job, tea.Msg, []string) {
	var views []string
	for cmd != nil {
		msg := cmd()
		var ok bool
		if j, cmd, ok = j.Update(msg); !ok {
			return j, msg, views
		}
		views = append(views, j.View(theme.New(true), 80, "dừng"))
	}
	return j, nil, views
}

func TestProgressThenTheResult(t *testing.T) {
	j, cmd := Start("Đang nhập", func(ctx context.Context, report func(int, int)) tea.Msg {
		report(1, 2)
		return doneMsg{}
	})
	j, msg, views := run(j, cmd)
	if _, ok := msg.(doneMsg); !ok {
		t.Fatalf("the job's message: %T", msg)
	}
	if len(views) != 1 || !strings.Contains(views[0], "Đang nhập") || !strings.Contains(views[0], "1/2") {
		t.Errorf("progress: %q", views)
	}
	if !j.Running() {
		t.Error("the screen ends the job when it takes its message")
	}
}

func TestCancel(t *testing.T) {
	started := make(chan struct{})
	j, cmd := Start("Đang nhập", func(ctx context.Context, _ func(int, int)) tea.Msg {
		close(started)
		<-ctx.Done()
		return doneMsg{err: ctx.Err()}
	})
	<-started
	j.Cancel()
	if !j.Cancelled() || !strings.Contains(j.View(theme.New(true), 80, "Đang dừng"), "Đang dừng") {
		t.Error("a stopped job does not say so")
	}
	_, msg, _ := run(j, cmd)
	if m, ok := msg.(doneMsg); !ok || !Stopped(m.err) {
		t.Errorf("the stopped job's message: %#v", msg)
	}
}

func TestOtherJobsProgressIgnored(t *testing.T) {
	a, _ := Start("a", func(context.Context, func(int, int)) tea.Msg { return nil })
	b, cmd := Start("b", func(ctx context.Context, report func(int, int)) tea.Msg {
		report(1, 1)
		return doneMsg{}
	})
	msg := cmd()
	if _, _, ok := a.Update(msg); !ok {
		t.Fatal("a progress message is the work package's")
	}
	if a2, _, _ := a.Update(msg); a2.total != 0 {
		t.Error("a job took another's progress")
	}
	if b2, _, _ := b.Update(msg); b2.total != 1 {
		t.Error("the job did not take its own progress")
	}
}

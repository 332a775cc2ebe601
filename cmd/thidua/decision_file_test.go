package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"thidua/model"
	"thidua/storage"
)

// The province's decisions go down from the command line: the province
// writes its decision file for a bloc (export --bloc), the leader merges
// it, checks the province's key and accepts it, and its next setup file
// carries the decisions to the units.
func TestDecisionFileRoundTrip(t *testing.T) {
	leader := demoDB(t)
	dir := t.TempDir()
	province := filepath.Join(dir, "tinh.db")
	must(t, "export", "--db", leader, "--period", "2019", "--out", dir)
	blocs, _ := filepath.Glob(filepath.Join(dir, "TD-khoi-2019-*.sqlite"))
	if len(blocs) != 1 {
		t.Fatalf("bloc file: %v", blocs)
	}
	runCmd(t, nil, "merge", "--db", province, "--province", blocs[0])
	must(t, "hold", "--db", province, "accept", "1", "--reason", "Đã gọi khối trưởng")

	ctx := context.Background()
	db, err := storage.Open(ctx, province)
	if err != nil {
		t.Fatal(err)
	}
	st, err := db.InboxState(ctx)
	var bloc model.Bloc
	for _, b := range st.Blocs {
		bloc = b
	}
	p, err2 := db.PeriodOfBloc(ctx, bloc.Code, "2019")
	if err != nil || err2 != nil {
		t.Fatal(err, err2)
	}
	r, _ := db.Rules(ctx, p.ID)
	var unit string
	for id, u := range st.Units {
		if u.Code == "TUYAN" {
			unit = id
		}
	}
	err = db.SetDecision(ctx, model.Actor{Role: model.RoleProvince}, p.ID, model.Decision{UnitID: unit, Award: r.Awards[0].Code,
		Outcome: model.Awarded, Number: "512/QĐ-UBND", Date: time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC)})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}

	if _, errs, code := runCmd(t, nil, "export", "--db", province, "--bloc", "KHONG-CO", "--out", dir); code != 1 ||
		!strings.Contains(errs, "KHONG-CO") {
		t.Errorf("unknown bloc: %d %s", code, errs)
	}
	out := must(t, "export", "--db", province, "--bloc", bloc.Code, "--period", "2019", "--out", filepath.Join(dir, "down"))
	if !strings.Contains(out, "tệp quyết định của tỉnh") {
		t.Errorf("export: %s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "down", "TD-quyetdinh-2019-*.sqlite"))
	if len(files) != 1 {
		t.Fatalf("decision file: %v", files)
	}
	out, _, code := runCmd(t, nil, "merge", "--db", leader, "--json", files[0])
	if d := parseMerge(t, out); code != 1 || d.Files[0].Status != "held" || d.Files[0].Hold != "unverified_key" {
		t.Fatalf("leader: %d %s", code, out)
	}
	out = must(t, "hold", "--db", leader, "--json")
	id := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, `"id"`) && id == "" {
			id = strings.Trim(strings.TrimSpace(strings.SplitN(line, ":", 2)[1]), ", ")
		}
	}
	out = must(t, "hold", "--db", leader, "accept", id, "--reason", "Đã gọi Ban Thi đua – Khen thưởng tỉnh", "--json")
	if d := parseMerge(t, out); d.Files[0].Status != "applied" || d.Files[0].Counts.New != 1 {
		t.Errorf("accept: %s", out)
	}
	out, _, code = runCmd(t, nil, "merge", "--db", leader, "--json", files[0])
	if d := parseMerge(t, out); code != 0 || d.Files[0].Status != "unchanged" {
		t.Errorf("again: %d %s", code, out)
	}
	must(t, "setup", "--db", leader, "--all", "--out-dir", filepath.Join(dir, "setup"), "--period", "2019")
	setups, _ := filepath.Glob(filepath.Join(dir, "setup", "TD-thietlap-*-TUYAN-*.sqlite"))
	if len(setups) != 1 {
		t.Fatalf("setup: %v", setups)
	}
	tuyan := filepath.Join(dir, "tuyan.db")
	must(t, "join", "--db", tuyan, "--yes", setups[0])
	u, err := storage.Open(ctx, tuyan)
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	res, err := u.Result(ctx, p.ID)
	if err != nil || len(res.Decisions) != 1 || res.Decisions[0].Number != "512/QĐ-UBND" {
		t.Errorf("the unit does not see the decision: %v %+v", err, res.Decisions)
	}
}

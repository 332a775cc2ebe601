package model

import (
	"testing"

	"thidua/model/i18n"
)

// Every row has one owner; this table is the matrix the merge relies on.
func TestMayWrite(t *testing.T) {
	bloc := Bloc{ID: "b", LeaderUnitID: "lead", DeputyUnitID: "dep"}
	leader := Actor{Role: RoleLeader, UnitID: "lead"}
	deputy := Actor{Role: RoleDeputy, UnitID: "dep"}
	unit := Actor{Role: RoleUnit, UnitID: "u1"}
	province := Actor{Role: RoleProvince}
	const ok, flagged, denied = "ok", "flag", "deny"
	cases := []struct {
		who  Actor
		fact Fact
		unit string
		want string
		code string
	}{
		{unit, FactSelfScore, "u1", ok, ""},
		{unit, FactSelfScore, "u2", denied, ENotOwnUnit},
		{unit, FactRegistration, "u1", ok, ""},
		{unit, FactBlocScore, "u1", denied, ENotAllowed},
		{unit, FactSetup, "", denied, ENotAllowed},
		{leader, FactSelfScore, "lead", ok, ""},
		{leader, FactSelfScore, "u1", flagged, FlagOnBehalf},
		{leader, FactBlocScore, "u1", ok, ""},
		{leader, FactBlocScore, "lead", flagged, FlagLeaderOwnReview},
		{deputy, FactBlocScore, "lead", ok, ""},
		{leader, FactSetup, "", ok, ""},
		{leader, FactResult, "", ok, ""},
		{leader, FactProvinceScore, "u1", denied, ENotAllowed},
		{leader, FactDecision, "u1", flagged, FlagTranscribed},
		{unit, FactDecision, "u1", denied, ENotAllowed},
		{province, FactProvinceScore, "u1", ok, ""},
		{province, FactDecision, "u1", ok, ""},
		{province, FactSelfScore, "u1", denied, ENotAllowed},
		{province, FactBlocScore, "u1", denied, ENotAllowed},
	}
	for _, c := range cases {
		flag, err := MayWrite(c.who, c.fact, c.unit, bloc)
		got, code := ok, ""
		switch {
		case err != nil:
			got, code = denied, ErrorCode(err)
		case flag != nil:
			got, code = flagged, flag.Code
		}
		if got != c.want || code != c.code {
			t.Errorf("%v writes %v of %q: %s %s, want %s %s", c.who.Role, c.fact, c.unit, got, code, c.want, c.code)
		}
	}
	_, err := MayWrite(unit, FactBlocScore, "u1", bloc)
	if got := Message(i18n.VI, err); got != "Đơn vị không được ghi điểm khối chấm." {
		t.Errorf("message = %q", got)
	}
	if s := ScoreFact(StageBloc); s != FactBlocScore {
		t.Error("ScoreFact")
	}
}

// Locks say why and who can lift them.
func TestCheckLocks(t *testing.T) {
	submitted := Lock{Kind: LockSubmitted, UnitID: "u1", Reason: "đã gửi tệp ngày 10/12"}
	closed := Lock{Kind: LockClosed, Reason: "hết hạn chấm điểm"}
	if err := CheckLocks([]Lock{submitted}, "u2", StageSelf); err != nil {
		t.Errorf("another unit's lock: %v", err)
	}
	if err := CheckLocks([]Lock{submitted}, "u1", StageBloc); err != nil {
		t.Errorf("a submitted sheet can still be reviewed: %v", err)
	}
	err := CheckLocks([]Lock{submitted}, "u1", StageSelf)
	if got := Message(i18n.VI, err); got != "Đang khóa: đơn vị đã nộp bảng tự chấm. Lý do: đã gửi tệp ngày 10/12. Đơn vị có thể mở lại để sửa (sẽ được ghi nhật ký)." {
		t.Errorf("submitted = %q", got)
	}
	err = CheckLocks([]Lock{closed}, "u9", StageBloc)
	if got := Message(i18n.EN, err); got != "Locked: the period is closed. Reason: hết hạn chấm điểm. Only the bloc leader can reopen it (logged)." {
		t.Errorf("closed = %q", got)
	}
	if k, ok := ParseLockKind("published"); !ok || !k.PeriodWide() {
		t.Error("published lock")
	}
}

func TestRoles(t *testing.T) {
	for _, r := range []Role{RoleUnit, RoleLeader, RoleDeputy, RoleProvince} {
		if got, ok := ParseRole(r.String()); !ok || got != r {
			t.Errorf("role %v", r)
		}
	}
	if _, ok := ParseRole("king"); ok {
		t.Error("unknown role")
	}
}

func TestMayScore(t *testing.T) {
	b := Bloc{LeaderUnitID: "L"}
	unit := Actor{Role: RoleUnit, UnitID: "U"}
	if _, err := MayScore(unit, b, nil, "U", StageSelf); err != nil {
		t.Errorf("a unit scores itself: %v", err)
	}
	if _, err := MayScore(unit, b, nil, "V", StageSelf); ErrorCode(err) != ENotOwnUnit {
		t.Errorf("another unit's sheet: %v", err)
	}
	locked := []Lock{{Kind: LockSubmitted, UnitID: "U", Reason: "đã gửi"}}
	if _, err := MayScore(unit, b, locked, "U", StageSelf); ErrorCode(err) != ELocked {
		t.Errorf("a locked sheet: %v", err)
	}
	flag, err := MayScore(Actor{Role: RoleLeader, UnitID: "L"}, b, nil, "L", StageBloc)
	if err != nil || flag == nil || flag.Code != FlagLeaderOwnReview {
		t.Errorf("the leader reviewing its own unit is flagged: %v %v", flag, err)
	}
}

package model

import (
	"strings"
	"testing"

	"thidua/model/i18n"
)

// Every stored name reads back as the value that wrote it.
func TestNamesRoundTrip(t *testing.T) {
	for _, b := range []VoteBase{BaseMembers, BaseBallots} {
		if got, err := ParseVoteBase(b.String()); err != nil || got != b {
			t.Errorf("vote base %v", b)
		}
	}
	if _, err := ParseVoteBase("friends"); ErrorCode(err) != ERuleBadVoteBase {
		t.Error("bad vote base accepted")
	}
	for _, o := range []Outcome{Awarded, NotAwarded, Downgraded} {
		if got, ok := ParseOutcome(o.String()); !ok || got != o {
			t.Errorf("outcome %v", o)
		}
	}
	if _, ok := ParseOutcome("maybe"); ok {
		t.Error("bad outcome accepted")
	}
	for _, k := range []Kind{Group, Standard, Bonus, Deduction} {
		if got, ok := ParseKind(k.String()); !ok || got != k {
			t.Errorf("kind %v", k)
		}
	}
	for _, s := range Stages {
		if got, err := ParseStage(s.String()); err != nil || got != s {
			t.Errorf("stage %v", s)
		}
	}
	for _, k := range []LockKind{LockSubmitted, LockAccepted, LockClosed, LockPublished} {
		if got, ok := ParseLockKind(k.String()); !ok || got != k {
			t.Errorf("lock %v", k)
		}
	}
	if Withdrawn.String() != "withdrawn" || Active.String() != "active" || HalfYear.String() != "half_year" {
		t.Error("unit status or period kind names")
	}
	if NumberingDense.String() != "dense" || NumberingSkip.String() != "skip" {
		t.Error("numbering names")
	}
	if Whole(9).Float() != 9 || Points(950).Float() != 9.5 {
		t.Error("Float")
	}
}

func TestTreeAccessors(t *testing.T) {
	tr := smallTable(t)
	if tr.Len() != 12 || len(tr.Leaves()) != 8 {
		t.Errorf("Len %d, leaves %d", tr.Len(), len(tr.Leaves()))
	}
	if tr.Section("IV") != Bonus || tr.Section("V1") != Deduction || tr.Section("II") != Standard || tr.Section("nope") != Group {
		t.Error("Section")
	}
	kids := tr.Children("II")
	if len(kids) != 2 || kids[0].Code != "II.1" {
		t.Errorf("Children = %v", kids)
	}
	if tr.Part("II2") != "II" || tr.Part("I") != "I" || tr.Part("nope") != "" {
		t.Error("Part")
	}
	if tr.Depth("nope") != 0 {
		t.Error("Depth of an unknown id")
	}
	if _, ok := tr.Get("nope"); ok {
		t.Error("Get of an unknown id")
	}
	if tr.Label("nope") != "nope" {
		t.Error("Label of an unknown id")
	}
}

// Every rule explains itself to the officer, in both languages, without a
// format error.
func TestRuleDescriptions(t *testing.T) {
	cases := map[string]string{
		"direct":               "Nhập số điểm, từ 0 đến 3.",
		"binary":               "Nhập 1 nếu đạt (3 điểm), 0 nếu không đạt.",
		"count each=0.5":       "Nhập số lần: mỗi lần 0,5 điểm, tối đa 3 điểm.",
		"count each=0.25 down": "Nhập số lần: mỗi lần trừ 0,25 điểm từ 3 điểm, trừ đến hết điểm tiêu chí.",
		"target full=100 step=1 loss=0.1 zero=70": "Nhập tỷ lệ % hoàn thành chỉ tiêu (hoặc thực hiện/chỉ tiêu): từ 100% trở lên được 3 điểm; cứ thiếu 1% trừ 0,1 điểm; dưới 70%: 0 điểm.",
		"bands 100=3 95=2":                        "Nhập tỷ lệ % hoàn thành (hoặc thực hiện/chỉ tiêu): từ 100%: 3 điểm; từ 95%: 2 điểm; thấp hơn: 0 điểm.",
		"ratio":                                   "Nhập tỷ lệ % hoàn thành (hoặc thực hiện/chỉ tiêu): điểm = 3 × tỷ lệ, tối đa 3.",
		"excess from=100 step=1 gain=0.1":         "Nhập tỷ lệ % hoàn thành: cộng 0,1 điểm cho mỗi 1% vượt trên 100%, tối đa 3 điểm.",
	}
	for text, want := range cases {
		r := mustRule(t, text)
		if got := r.Describe(i18n.VI, Whole(3)); got != want {
			t.Errorf("%s:\n got %q\nwant %q", text, got, want)
		}
		if en := r.Describe(i18n.EN, Whole(3)); strings.Contains(en, "%!") || en == "" {
			t.Errorf("%s in English: %q", text, en)
		}
	}
}

// A rule that cannot work for its criterion is reported.
func TestRuleCheck(t *testing.T) {
	for _, r := range []Rule{
		{Kind: RuleCount},
		{Kind: RuleTarget, Full: Whole(100), Step: Whole(1)},
		{Kind: RuleTarget, Full: Whole(100), Step: Whole(1), Loss: 10, Zero: Whole(120)},
		{Kind: RuleExcess, From: Whole(100), Step: Whole(1)},
		{Kind: RuleBands},
		{Kind: RuleBands, Bands: []Band{{Min: Whole(90), Points: 1}, {Min: Whole(95), Points: 1}}},
	} {
		if ErrorCode(r.Check(Whole(3))) != ERuleText {
			t.Errorf("%s passed Check", r)
		}
	}
}

func TestRulesValidate(t *testing.T) {
	for _, r := range []Rules{{Step: -1}, {Caps: Caps{Bonus: -1}}, {Caps: Caps{Deduction: -1}}} {
		if r.Validate() == nil {
			t.Errorf("%+v accepted", r)
		}
	}
	r := DefaultRules()
	r.Awards = flagAndCertificates()
	if a, ok := r.Award("BK"); !ok || a.Quota != 2 {
		t.Error("Award lookup")
	}
	if _, ok := r.Award("XX"); ok {
		t.Error("unknown award found")
	}
	bad := AwardRule{Code: "CO", Name: "Cờ", Quota: 1, VoteRequired: true}
	if ErrorCode(bad.Validate()) != ERuleBadThreshold {
		t.Error("a vote without a threshold accepted")
	}
	if ErrorCode((&AwardRule{Code: "CO", Name: "Cờ", Quota: 1, MinTotal: -1}).Validate()) != ERuleBadCap {
		t.Error("negative minimum accepted")
	}
	if (&Period{Code: "2019"}).Validate() != nil || ErrorCode((&Period{}).Validate()) != EPeriodNoCode {
		t.Error("period validation")
	}
}

func TestMessageOfAnyError(t *testing.T) {
	// The technical text stays out of the message; its code names it.
	err := errString("disk I/O error")
	if got := Message(i18n.VI, err); strings.Contains(got, "disk I/O error") || !strings.Contains(got, "Lỗi nội bộ") ||
		!strings.Contains(got, ErrorID(err)) {
		t.Errorf("plain error = %q", got)
	}
	if Technical(Errorf(EInternal, ErrorID(err)).WithCause(err)) != "disk I/O error" {
		t.Error("the technical text is kept for --debug")
	}
	if ErrorCode(errString("x")) != EInternal {
		t.Error("plain errors are internal")
	}
}

type errString string

func (e errString) Error() string { return string(e) }

// A list of units that gives only official names still yields the short
// name units are sorted and shown by, and the kind of place or office.
func TestSplitUnitName(t *testing.T) {
	for name, want := range map[string][2]string{
		"Phòng Lao động - Thương binh và Xã hội thị xã Sông Cầu":   {"Sông Cầu", "Thị xã"},
		"Phòng Lao động - Thương binh và Xã hội huyện Tuy An":      {"Tuy An", "Huyện"},
		"Phòng Lao động - Thương binh và Xã hội thành phố Tuy Hòa": {"Tuy Hòa", "Thành phố"},
		"  Ủy ban nhân dân   xã Hòa Hiệp Bắc ":                     {"Hòa Hiệp Bắc", "Xã"},
		"UBND phường 7":                          {"7", "Phường"},
		"Sở Tài chính":                           {"Tài chính", "Sở"},
		"Văn phòng UBND tỉnh":                    {"UBND tỉnh", "Văn phòng"},
		"Phòng Lao động - Thương binh và Xã hội": {"Lao động - Thương binh và Xã hội", "Phòng"},
		"Công an tỉnh Phú Yên":                   {"Phú Yên", "Tỉnh"},
		"Hội Nông dân":                           {"", ""},
		"":                                       {"", ""},
		"TP. Tuy Hòa":                            {"Tuy Hòa", "Thành phố"},
	} {
		short, kind := SplitUnitName(name)
		if short != want[0] || kind != want[1] {
			t.Errorf("SplitUnitName(%q) = %q, %q; want %q, %q", name, short, kind, want[0], want[1])
		}
	}
}

// Every backup reason thidua writes is said in words, in both languages;
// a reason of another version stays as its file name has it.
func TestBackupLabels(t *testing.T) {
	for _, r := range []string{BackupManual, BackupBeforeMerge, BackupBeforeHold, BackupBeforeSetup, BackupBeforeScores,
		BackupBeforeCriteria, BackupBeforeDemo, BackupBeforeHandover} {
		if l := BackupLabel(i18n.VI, r); l == r || strings.Contains(l, "-") {
			t.Errorf("%s is not said in words: %q", r, l)
		}
	}
	if l := BackupLabel(i18n.EN, BackupBeforeMerge); l != "before merging files" {
		t.Errorf("English: %q", l)
	}
	if l := BackupLabel(i18n.VI, "truoc-khi-lam-gi-do"); l != "truoc-khi-lam-gi-do" {
		t.Errorf("an unknown reason: %q", l)
	}
}

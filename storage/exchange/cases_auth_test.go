package exchange

import (
	"crypto/ed25519"
	"crypto/rand"
	"path/filepath"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
	"thidua/storage/exchange/wire"
)

// pinned returns the key and its verification the leader holds for a unit.
func (w *world) pinned(code string) ([]byte, string) {
	w.t.Helper()
	st, err := w.leader.InboxState(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	u := st.Units[w.unit(code).ID]
	return u.PublicKey, u.KeyVerified
}

func newKey(t testing.TB) ed25519.PrivateKey {
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// setRows replaces the value of column col in every row of table.
func setRows(p facts.Set, table, col string, v any) {
	t := facts.MustTable(table)
	for _, r := range p[table] {
		r[t.Col(col)] = v
	}
}

// Cases 18–21, 24–31, 40: who may send what.
func TestAuthorityCases(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tuyan, donghoa := w.units["TUYAN"], w.units["DONGHOA"]
	genuine := w.submit("TUYAN")
	other := w.submit("DONGHOA")
	w.one(other, model.StatusApplied) // pins Đông Hòa's key by its setup code
	kT, kD := w.key(tuyan), w.key(donghoa)
	uT := w.unit("TUYAN")

	t.Run("18 says Tuy An, signed with Đông Hòa's key", func(t *testing.T) {
		p := w.tampered("signed-by-other.sqlite")
		resign(t, genuine, p, kD, func(*Manifest, facts.Set) {})
		w.rejects(p, ESignedByOther)
		// The manifest keeps Tuy An's key but the signature is Đông Hòa's.
		q := w.tampered("sig-mismatch.sqlite")
		resign(t, genuine, q, kD, func(*Manifest, facts.Set) {})
		rewrite(t, q, q, `UPDATE manifest SET public_key = X'`+hexOf(kT.Public().(ed25519.PublicKey))+`'`)
		w.rejects(q, ESignature)
	})
	t.Run("19 Đông Hòa adds rows for Tuy An and signs", func(t *testing.T) {
		p := w.tampered("foreign-rows.sqlite")
		resign(t, other, p, kD, func(_ *Manifest, pl facts.Set) {
			r := append(facts.Row{}, pl[facts.TScore][0]...)
			r[1] = uT.ID
			pl[facts.TScore] = append(pl[facts.TScore], r)
		})
		w.rejects(p, ENotOwned)
	})
	t.Run("20 a unit file raising a criterion's maximum", func(t *testing.T) {
		// Format 1 has a criterion table in every file; format 2 has none
		// in a submission, and one added is not the format's schema.
		p := w.tampered("criteria.sqlite")
		resign(t, genuine, p, kT, func(m *Manifest, pl facts.Set) {
			m.Format = 1
			pl[facts.TCriterion] = []facts.Row{{"v", "c", nil, int64(1), "I.1", "x", "standard", int64(99900), int64(0), "direct", ""}}
		})
		w.rejects(p, ENotOwned)
		q := w.tampered("criteria-v2.sqlite")
		rewrite(t, genuine, q, wire.TableDDL(facts.MustTable(facts.TCriterion)),
			`INSERT INTO criterion VALUES ('v', 'c', NULL, 1, 'I.1', 'x', 'standard', 99900, 0, 'direct', '')`)
		w.rejects(q, ESchema)
	})
	t.Run("21 a unit scoring itself as the bloc", func(t *testing.T) {
		p := w.tampered("bloc-stage.sqlite")
		resign(t, genuine, p, kT, func(_ *Manifest, pl facts.Set) { setRows(pl, facts.TScore, "stage", "bloc") })
		w.rejects(p, ENotOwned)
	})
	t.Run("28 a unit file posing as the leader's", func(t *testing.T) {
		w.rejects(w.setupFor("TUYAN"), EKindHere)
		w.rejects(w.export(w.leader, model.KindBlocFile), EKindHere)
		p := w.tampered("posing.sqlite")
		resign(t, genuine, p, kT, func(m *Manifest, _ facts.Set) {
			m.Kind, m.AuthorRole, m.EnrolMAC = model.KindBlocFile, model.RoleLeader, nil
		})
		w.rejects(p, ENotOwned)
	})
	t.Run("29 another bloc, another period", func(t *testing.T) {
		p := w.tampered("other-bloc.sqlite")
		resign(t, genuine, p, kT, func(m *Manifest, _ facts.Set) { m.BlocID, m.BlocCode = "b-khac", "KHOI-KHAC" })
		o := w.rejects(p, EOtherBloc)
		if !strings.Contains(o.Message("vi"), "KHOI-KHAC") {
			t.Errorf("the bloc is not named: %s", o.Message("vi"))
		}
		q := w.tampered("other-period.sqlite")
		resign(t, genuine, q, kT, func(m *Manifest, pl facts.Set) {
			m.PeriodID, m.PeriodCode = "p-2020", "2020"
			for _, name := range model.UnitSliceTables() {
				setRows(pl, name, "period_id", "p-2020")
			}
		})
		o = w.rejects(q, EOtherPeriod)
		if !strings.Contains(o.Message("en"), "2020") {
			t.Errorf("the period is not named: %s", o.Message("en"))
		}
	})
	t.Run("30 not in the roster, withdrawn", func(t *testing.T) {
		p := w.tampered("stranger.sqlite")
		resign(t, genuine, p, newKey(t), func(m *Manifest, pl facts.Set) {
			m.AuthorID, m.AuthorCode, m.EnrolMAC = "u-la", "LA", nil
			for _, name := range model.UnitSliceTables() {
				setRows(pl, name, "unit_id", "u-la")
			}
		})
		w.rejects(p, ENotInRoster)
		err := w.leader.WithdrawUnit(w.ctx, model.Actor{Role: model.RoleLeader, UnitID: w.unit("SONGCAU").ID},
			w.unit("DONGHOA").ID, "sáp nhập", true)
		if err != nil {
			t.Fatal(err)
		}
		w.rejects(w.submit("DONGHOA"), EWithdrawn)
	})
	t.Run("31 scores out of bounds, named", func(t *testing.T) {
		tree, _ := w.leader.VersionTree(w.ctx, w.period.CriteriaVersionID)
		byCode := func(c string) string { x, _ := tree.Resolve(c); return x.ID }
		p := w.tampered("bounds.sqlite")
		resign(t, genuine, p, kT, func(_ *Manifest, pl facts.Set) {
			st := facts.MustTable(facts.TScore)
			set := map[string]int64{byCode("II.1"): 250, byCode("II.2"): -100, byCode("IV.1"): 99900}
			for _, r := range pl[facts.TScore] {
				if v, ok := set[r[st.Col("criterion_id")].(string)]; ok {
					r[st.Col("points_x100")] = v
				}
			}
			group := append(facts.Row{}, pl[facts.TScore][0]...)
			group[st.Col("criterion_id")] = byCode("II")
			unknown := append(facts.Row{}, pl[facts.TScore][0]...)
			unknown[st.Col("criterion_id")] = "khong-co"
			pl[facts.TScore] = append(pl[facts.TScore], group, unknown)
		})
		o := w.rejects(p, EBounds)
		msg := o.Message("vi")
		for _, want := range []string{"II.1", "II.2", "IV.1", "nhóm tiêu chí", "khong-co"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%q not named in %s", want, msg)
			}
		}
	})
	t.Run("40 unknown criteria version", func(t *testing.T) {
		p := w.tampered("unknown-table.sqlite")
		resign(t, genuine, p, kT, func(m *Manifest, _ facts.Set) { m.CriteriaVersion = strings.Repeat("ab", 32) })
		w.rejects(p, ECriteriaUnkown)
	})
	t.Run("24 first file without an enrolment proof", func(t *testing.T) {
		p := w.tampered("no-mac.sqlite")
		resign(t, genuine, p, kT, func(m *Manifest, _ facts.Set) { m.EnrolMAC = nil })
		before, _ := w.leader.UnitSlice(w.ctx, w.period.ID, uT.ID)
		o := w.one(p, model.StatusHeld)
		if o.Hold != model.HoldUnverified || !strings.Contains(o.Message("vi"), "Chờ xác minh") ||
			!strings.Contains(o.Message("vi"), o.File.Fingerprint) || o.HoldID == 0 {
			t.Fatalf("hold: %v %s", o.Hold, o.Message("vi"))
		}
		after, _ := w.leader.UnitSlice(w.ctx, w.period.ID, uT.ID)
		if ContentHash(model.KindSubmission, before) != ContentHash(model.KindSubmission, after) {
			t.Error("a held file changed the unit's data")
		}
		d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi điện, mã khớp", Options{})
		if err != nil || d.Status != model.StatusUnchanged && d.Status != model.StatusApplied {
			t.Fatalf("accept: %v %v", d.Status, err)
		}
		if key, how := w.pinned("TUYAN"); string(key) != string(kT.Public().(ed25519.PublicKey)) || how != storage.KeyByPhone {
			t.Errorf("pinned %x as %q", key, how)
		}
		if _, err := Decide(w.ctx, w.leader, o.HoldID, true, "", Options{}); model.ErrorCode(err) != storage.EHoldDecided {
			t.Errorf("deciding twice: %v", err)
		}
	})
}

// Cases 25–27 on a fresh leader: enrolment by setup code, a wrong code, a
// changed key.
func TestEnrolmentAndKeyChange(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	kT := w.key(w.units["TUYAN"])
	genuine := w.submit("TUYAN")

	wrong := w.tampered("wrong-mac.sqlite")
	resign(t, genuine, wrong, kT, func(m *Manifest, _ facts.Set) { m.EnrolMAC = make([]byte, 32) })
	o := w.one(wrong, model.StatusHeld) // 26
	if o.Hold != model.HoldUnverified || len(o.Warnings) == 0 || o.Warnings[0].Code != WEnrolWrong {
		t.Errorf("wrong code: %v %v", o.Hold, o.Warnings)
	}
	if key, _ := w.pinned("TUYAN"); key != nil {
		t.Error("a wrong code pinned the key")
	}

	w.score("TUYAN", "II.1", "1,5")
	o = w.one(w.submit("TUYAN"), model.StatusApplied) // 25
	if _, how := w.pinned("TUYAN"); how != storage.KeyBySetupCode {
		t.Errorf("pinned as %q", how)
	}
	if o.Counts.Changed != 1 {
		t.Errorf("counts %+v", o.Counts)
	}
	holds, _ := w.leader.Holds(w.ctx, true)
	if len(holds) != 0 {
		t.Errorf("the older held file was not superseded: %+v", holds)
	}

	// 27: a reinstall: the same unit, a new key, a valid setup code.
	newK := newKey(t)
	p := w.tampered("new-key.sqlite")
	resign(t, genuine, p, newK, func(m *Manifest, _ facts.Set) {
		m.Seq += 1000
		m.EnrolMAC = EnrolMAC(enrolmentOf(t, w), m.AuthorID, newK.Public().(ed25519.PublicKey))
	})
	before := content(t, w.path)
	o = w.one(p, model.StatusHeld)
	if o.Hold != model.HoldKeyChanged || !strings.Contains(o.Message("vi"), "Khóa đã thay đổi") {
		t.Fatalf("key change: %v %s", o.Hold, o.Message("vi"))
	}
	if key, _ := w.pinned("TUYAN"); string(key) != string(kT.Public().(ed25519.PublicKey)) {
		t.Error("the old key was not kept")
	}
	if content(t, w.path) != before {
		t.Error("a file with a changed key changed data")
	}
	d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đơn vị cài lại máy", Options{})
	if err != nil || d.Status != model.StatusApplied {
		t.Fatalf("accept new key: %v %v", d.Status, err)
	}
	if key, how := w.pinned("TUYAN"); string(key) != string(newK.Public().(ed25519.PublicKey)) || how != storage.KeyByPhone {
		t.Error("the new key was not pinned")
	}
	hist, _ := w.leader.History(w.ctx, "", w.unit("TUYAN").ID, "")
	found := false
	for _, c := range hist {
		found = found || c.Action == storage.ActKeyReplace
	}
	if !found {
		t.Error("the key change was not logged")
	}
	// A file of the old, now revoked key is held again, never applied.
	w.score("TUYAN", "II.1", "1")
	w.one(w.submit("TUYAN"), model.StatusHeld)
}

// enrolmentOf reads Tuy An's enrolment code from its own database.
func enrolmentOf(t *testing.T, w *world) []byte {
	st, err := w.units["TUYAN"].InboxState(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return st.Units[w.unit("TUYAN").ID].Enrolment
}

func hexOf(b []byte) string { return strings.ToUpper(strings.TrimSpace(fmtHex(b))) }

func fmtHex(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// The setup file at a unit: a forged update, a first join not confirmed,
// a setup meant for another unit.
func TestJoinCases(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	tuyan := w.units["TUYAN"]
	setup := w.setupFor("TUYAN")
	forged := w.tampered("forged-setup.sqlite")
	resign(t, setup, forged, newKey(t), func(*Manifest, facts.Set) {})
	before := digest(t, filepath.Join(w.dir, "TUYAN", "unit.db"))
	if _, err := Join(w.ctx, tuyan, forged, JoinOptions{Confirm: func(Manifest, bool) bool { return false }}); model.ErrorCode(err) != EJoinKey {
		t.Errorf("forged setup: %v", err)
	}
	if _, err := Join(w.ctx, tuyan, w.setupFor("DONGHOA"), JoinOptions{}); model.ErrorCode(err) != EJoinOtherUnit {
		t.Errorf("another unit's setup: %v", err)
	}
	if digest(t, filepath.Join(w.dir, "TUYAN", "unit.db")) != before {
		t.Error("a refused setup changed the unit's database")
	}
	fresh := w.open(filepath.Join(w.dir, "fresh", "unit.db"))
	if _, err := Join(w.ctx, fresh, setup, JoinOptions{Confirm: func(Manifest, bool) bool { return false }}); model.ErrorCode(err) != EJoinCancelled {
		t.Errorf("unconfirmed first join: %v", err)
	}
	if _, err := fresh.Installation(w.ctx); model.ErrorCode(err) != storage.ENoBloc {
		t.Errorf("an unconfirmed join set up the bloc: %v", err)
	}
	asked := ""
	o, err := Join(w.ctx, fresh, setup, JoinOptions{Confirm: func(m Manifest, changed bool) bool { asked = m.Fingerprint(); return !changed }})
	if err != nil || o.Status != model.StatusApplied || asked == "" {
		t.Fatalf("first join: %v %v %q", o.Status, err, asked)
	}
	// The same setup again: unchanged; an older one: stale.
	if o, err := Join(w.ctx, fresh, setup, JoinOptions{}); err != nil || o.Status != model.StatusUnchanged {
		t.Errorf("again: %v %v", o.Status, err)
	}
	newer := w.setupFor("TUYAN")
	if o, err := Join(w.ctx, fresh, newer, JoinOptions{}); err != nil || o.Status != model.StatusUnchanged {
		t.Errorf("a newer setup with the same content: %v %v", o.Status, err)
	}
	// A leader key rotated (a new leader): accepted only when confirmed.
	rotated := w.tampered("rotated.sqlite")
	k := newKey(t)
	resign(t, newer, rotated, k, func(m *Manifest, _ facts.Set) { m.Seq += 10 })
	if _, err := Join(w.ctx, fresh, rotated, JoinOptions{Confirm: func(m Manifest, changed bool) bool {
		return changed && model.SameFingerprint(model.Fingerprint(k.Public().(ed25519.PublicKey)), m.Fingerprint())
	}}); err != nil {
		t.Errorf("confirmed new leader key: %v", err)
	}
}

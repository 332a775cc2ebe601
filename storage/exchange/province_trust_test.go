package exchange

import (
	"crypto/ed25519"
	"strings"
	"testing"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// payloadOf reads a genuine file's rows.
func (w *world) payloadOf(path string) facts.Set {
	w.t.Helper()
	f, err := Verify(w.ctx, path, VerifyOptions{})
	if err != nil {
		w.t.Fatal(err)
	}
	return f.Payload
}

// swapUnitSlice puts into bloc payload p the unit's slice and signed
// manifest of another bloc payload from: what a leader keeping an older
// genuine submission of the unit would do.
func swapUnitSlice(p, from facts.Set, unit string) {
	for _, name := range append(model.UnitSliceTables(), facts.TUnitSigned) {
		t := facts.MustTable(name)
		keep := p[name][:0]
		for _, r := range p[name] {
			if str(t, r, "unit_id") != unit || name == facts.TScore && str(t, r, "stage") != model.StageSelf.String() {
				keep = append(keep, r)
			}
		}
		for _, r := range from[name] {
			if str(t, r, "unit_id") == unit && (name != facts.TScore || str(t, r, "stage") == model.StageSelf.String()) {
				keep = append(keep, r)
			}
		}
		p[name] = keep
	}
}

// resignUnit signs the unit's slice of bloc payload p again with key, as
// a leader who swapped the unit's key in the roster would.
func resignUnit(t testing.TB, p facts.Set, unit string, key ed25519.PrivateKey) {
	t.Helper()
	st := facts.MustTable(facts.TUnitSigned)
	for i, r := range p[facts.TUnitSigned] {
		if str(st, r, "unit_id") != unit {
			continue
		}
		m, err := parseManifest(fromEmbedded(r))
		if err != nil {
			t.Fatal(err)
		}
		m.ContentHash = contentHash(m.Format, model.KindSubmission, UnitSlice(p, unit))
		m.PublicKey = key.Public().(ed25519.PublicKey)
		m.Seq++
		sign(key, &m)
		p[facts.TUnitSigned][i] = m.Embedded()
	}
	ut := facts.MustTable(facts.TUnit)
	for _, r := range p[facts.TUnit] {
		if str(ut, r, "unit_id") == unit {
			r[ut.Col("public_key")] = []byte(key.Public().(ed25519.PublicKey))
		}
	}
}

// provinceWith is a province that accepted the leader's key with the
// bloc file it returns.
func (w *world) provinceWith() (*storage.DB, string, string) {
	w.t.Helper()
	prov, path := w.province("prov")
	file := w.blocFile()
	o := w.mergeInto(prov, false, file)[0]
	if d, err := Decide(w.ctx, prov, o.HoldID, true, "Đã gọi khối trưởng", Options{}); err != nil || d.Status != model.StatusApplied {
		w.t.Fatalf("accept the leader: %v %v", d.Status, err)
	}
	return prov, path, file
}

// Attack: a leader puts a unit's older, genuinely signed submission into a
// new bloc file. The province keeps the highest seq it has seen of every
// unit's signed slice and refuses the rollback, naming the unit.
func TestProvinceUnitRollback(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, path, first := w.provinceWith()
	w.score("TUYAN", "II.1", "1")
	w.one(w.submit("TUYAN"), model.StatusApplied)
	second := w.export(w.leader, model.KindBlocFile)
	if o := w.mergeInto(prov, false, second)[0]; o.Status != model.StatusApplied {
		t.Fatalf("second bloc file: %v %v", o.Status, o.Reason)
	}
	before := content(t, path)
	old := w.payloadOf(first)
	rolled := w.tampered("rollback.sqlite")
	tuyan := w.unit("TUYAN").ID
	resign(t, second, rolled, w.key(w.leader), func(m *Manifest, p facts.Set) {
		swapUnitSlice(p, old, tuyan)
		m.Seq += 10
	})
	for _, dry := range []bool{true, false} {
		o := w.mergeInto(prov, dry, rolled)[0]
		if o.Status != model.StatusStale || code(o) != EUnitStale || !strings.Contains(o.Message("vi"), "TUYAN") ||
			!strings.Contains(o.Message("en"), "TUYAN") {
			t.Fatalf("dry %v: rollback of TUYAN: %v %s", dry, o.Status, o.Message("en"))
		}
	}
	if content(t, path) != before {
		t.Error("the rollback changed the province's data")
	}
	// The same rollback in one batch with the genuine file it undoes.
	prov2, _ := w.province("prov2")
	out := w.mergeInto(prov2, false, first)
	if _, err := Decide(w.ctx, prov2, out[0].HoldID, true, "", Options{}); err != nil {
		t.Fatal(err)
	}
	out = w.mergeInto(prov2, false, second)
	if out[0].Status != model.StatusApplied {
		t.Fatalf("second at prov2: %v", out[0].Status)
	}
	if o := w.mergeInto(prov2, false, rolled)[0]; o.Status != model.StatusStale {
		t.Errorf("prov2: %v %v", o.Status, o.Reason)
	}
}

// Attack: a leader swaps a unit's key in the roster and signs the unit's
// scores again with it. The province holds the file for a decision,
// exactly like a changed leader key; its stored key does not move until
// the province accepts.
func TestProvinceUnitKeySwap(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, path, first := w.provinceWith()
	tuyan := w.unit("TUYAN")
	stored := func() []byte {
		st, err := prov.InboxState(w.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st.Units[tuyan.ID].PublicKey
	}
	genuine := stored()
	if genuine == nil {
		t.Fatal("the province holds no key for TUYAN")
	}
	forged := newKey(t)
	swapped := w.tampered("unit-key.sqlite")
	resign(t, first, swapped, w.key(w.leader), func(m *Manifest, p facts.Set) {
		sc := facts.MustTable(facts.TScore)
		for _, r := range p[facts.TScore] {
			if str(sc, r, "unit_id") == tuyan.ID && str(sc, r, "stage") == "self" && r[sc.Col("points_x100")].(int64) > 0 {
				r[sc.Col("points_x100")] = int64(0)
				r[sc.Col("input")] = ""
				break
			}
		}
		resignUnit(t, p, tuyan.ID, forged)
		m.Seq += 10
	})
	before := content(t, path)
	fp := model.Fingerprint(forged.Public().(ed25519.PublicKey))
	o := w.mergeInto(prov, false, swapped)[0]
	if o.Status != model.StatusHeld || o.Hold != model.HoldUnitKey || !strings.Contains(o.Message("vi"), "TUYAN") ||
		!strings.Contains(o.Message("vi"), fp) {
		t.Fatalf("swapped unit key: %v %v %s", o.Status, o.Hold, o.Message("vi"))
	}
	if content(t, path) != before || string(stored()) != string(genuine) {
		t.Fatal("a held file changed the province's data or moved the unit's key")
	}
	// Declined: nothing moves. A second copy is held again and accepted:
	// the key moves, by the province's decision only.
	if _, err := Decide(w.ctx, prov, o.HoldID, false, "Đơn vị không đổi khóa", Options{}); err != nil {
		t.Fatal(err)
	}
	if content(t, path) != before || string(stored()) != string(genuine) {
		t.Fatal("a declined file changed the province's data")
	}
	again := w.tampered("unit-key-2.sqlite")
	resign(t, swapped, again, w.key(w.leader), func(m *Manifest, _ facts.Set) { m.Seq++ })
	o = w.mergeInto(prov, false, again)[0]
	if o.Status != model.StatusHeld || o.Hold != model.HoldUnitKey {
		t.Fatalf("second copy: %v %v", o.Status, o.Hold)
	}
	d, err := Decide(w.ctx, prov, o.HoldID, true, "Đã gọi Tuy An: cài lại máy", Options{})
	if err != nil || d.Status != model.StatusApplied {
		t.Fatalf("accept: %v %v", d.Status, err)
	}
	if string(stored()) != string(forged.Public().(ed25519.PublicKey)) {
		t.Error("the accepted key was not pinned")
	}
	// A roster that drops the unit's key is a change too.
	dropped := w.tampered("unit-key-dropped.sqlite")
	resign(t, again, dropped, w.key(w.leader), func(m *Manifest, p facts.Set) {
		ut := facts.MustTable(facts.TUnit)
		for _, r := range p[facts.TUnit] {
			if str(ut, r, "unit_id") == tuyan.ID {
				r[ut.Col("public_key")] = nil
			}
		}
		st := facts.MustTable(facts.TUnitSigned)
		keep := p[facts.TUnitSigned][:0]
		for _, r := range p[facts.TUnitSigned] {
			if str(st, r, "unit_id") != tuyan.ID {
				keep = append(keep, r)
			}
		}
		p[facts.TUnitSigned] = keep
		m.Seq++
	})
	if o := w.mergeInto(prov, false, dropped)[0]; o.Status != model.StatusHeld || o.Hold != model.HoldUnitKey {
		t.Errorf("dropped key: %v %v", o.Status, o.Hold)
	}
}

package exchange

import (
	"bytes"
	"crypto/ed25519"
	"path/filepath"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// withProvinceKey gives the leader the province's key (its decision file,
// accepted) and passes it on to the units in their setup files (format 4).
func (w *world) withProvinceKey(prov *storage.DB) {
	w.t.Helper()
	o := w.merge(w.exportIn(prov, model.KindDecision, w.period))[0]
	if d, err := Decide(w.ctx, w.leader, o.HoldID, true, "Đã gọi tỉnh", Options{}); err != nil || d.Status != model.StatusApplied {
		w.t.Fatalf("the province's key at the leader: %v %v", d.Status, err)
	}
	for code, db := range w.units {
		if _, err := Join(w.ctx, db, w.setupFor(code), JoinOptions{}); err != nil {
			w.t.Fatalf("setup at %s: %v", code, err)
		}
	}
}

// confirm writes the province's confirmation that a unit takes over.
func (w *world) confirm(prov *storage.DB, code string) string {
	w.t.Helper()
	tg, err := prov.ConfirmTarget(w.ctx, "", code)
	if err != nil {
		w.t.Fatal(err)
	}
	path := filepath.Join(w.dir, "out", "xacnhan-"+code+".sqlite")
	if _, err := ConfirmLeader(w.ctx, prov, tg, "Máy khối trưởng bị mất", path, Options{}); err != nil {
		w.t.Fatal(err)
	}
	return path
}

// The province's confirmation is taken only by the unit it names, on the
// computer whose key it endorses, signed by the province's key that unit
// holds, for its bloc; every forged or misdirected one is refused and
// changes nothing. Once taken, the new leader's setup files are taken by
// the units holding the province's key, its bloc file by the province,
// and the old leader's bloc file is held.
func TestConfirmHostile(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	prov, _, _ := w.provinceWith()
	w.withProvinceKey(prov)
	oldBloc := w.export(w.leader, model.KindBlocFile)

	// A setup file already sent in format 3 (no province key) is still
	// taken and leaves the province's key held; two province keys are
	// refused.
	s4 := w.setupFor("DONGHOA")
	s3 := w.tampered("format-3.sqlite")
	resign(t, s4, s3, w.key(w.leader), func(m *Manifest, p facts.Set) {
		m.Format = 3
		delete(p, facts.TProvinceKey)
	})
	if o, err := Join(w.ctx, w.units["DONGHOA"], s3, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("a format-3 setup file: %v %v", o.Status, err)
	}
	if st, err := w.units["DONGHOA"].InboxState(w.ctx); err != nil || !bytes.Equal(st.ProvinceKey, keyOf(w.key(prov))) {
		t.Errorf("the province's key after a format-3 setup: %v", err)
	}
	w.joinRefused("DONGHOA", resignedByLeader(t, w, s4, func(m *Manifest, p facts.Set) {
		p[facts.TProvinceKey] = append(p[facts.TProvinceKey], facts.Row{keyOf(newKey(t))})
	}), EStructure)

	genuine := w.confirm(prov, "TUYAN")
	provKey, leaderKey, attacker := w.key(prov), w.key(w.leader), newKey(t)
	tuyan := w.unit("TUYAN")
	own := keyOf(w.key(w.units["TUYAN"]))
	edit := func(name string, key ed25519.PrivateKey, f func(m *Manifest, p facts.Set)) string {
		path := w.tampered(name + ".sqlite")
		resign(t, genuine, path, key, f)
		return path
	}
	endorseBy := func(k ed25519.PrivateKey) func(m *Manifest, p facts.Set) {
		return func(m *Manifest, p facts.Set) {
			p[facts.TEndorsement] = []facts.Row{Endorse(k, m.BlocID, tuyan.ID, own, time.Now())}
		}
	}
	w.joinRefused("DONGHOA", genuine, EHandoverUnit)
	w.joinRefused("TUYAN", edit("attacker", attacker, endorseBy(attacker)), EConfirmAuthor)
	w.joinRefused("TUYAN", edit("leader-as-province", leaderKey, endorseBy(leaderKey)), EConfirmAuthor)
	w.joinRefused("TUYAN", edit("other-bloc", provKey, func(m *Manifest, p facts.Set) {
		p[facts.TEndorsement] = []facts.Row{Endorse(provKey, "another-bloc", tuyan.ID, own, time.Now())}
	}), ENotOwned)
	w.joinRefused("TUYAN", edit("other-computer", provKey, func(m *Manifest, p facts.Set) {
		other := keyOf(newKey(t))
		ut := facts.MustTable(facts.TUnit)
		for _, r := range p[facts.TUnit] {
			if ut.Str(r, "unit_id") == tuyan.ID {
				ut.Set(r, "public_key", other)
			}
		}
		p[facts.TEndorsement] = []facts.Row{Endorse(provKey, m.BlocID, tuyan.ID, other, time.Now())}
	}), EHandoverKey)
	w.joinRefused("TUYAN", edit("old-leader-kept", provKey, func(m *Manifest, p facts.Set) {
		facts.MustTable(facts.TBloc).Set(p[facts.TBloc][0], "leader_unit_id", w.unit("SONGCAU").ID)
	}), EStructure)
	w.joinRefused("TUYAN", edit("older-than-the-pin", provKey, func(m *Manifest, p facts.Set) {
		p[facts.TEndorsement] = []facts.Row{Endorse(provKey, m.BlocID, tuyan.ID, own, time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC))}
		// A key change the leader endorsed later than that.
		p[facts.TEndorsement] = append(p[facts.TEndorsement], Endorse(leaderKey, m.BlocID, w.unit("SONGCAU").ID,
			keyOf(newKey(t)), time.Date(2002, 1, 1, 0, 0, 0, 0, time.UTC)))
	}), EConfirmStale)

	o, err := Join(w.ctx, w.units["TUYAN"], genuine, JoinOptions{})
	if err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the genuine confirmation: %v %v", o.Status, err)
	}
	if inst, _ := w.units["TUYAN"].Installation(w.ctx); inst.Role != model.RoleLeader {
		t.Fatalf("the new leader is %s", inst.Role)
	}
	w.joinRefused("TUYAN", genuine, EHandoverMember) // a replay

	// The new leader's setup at Đông Hòa, which holds the province's key:
	// taken, the pin moved; without the endorsement, a key change.
	w.leader = w.units["TUYAN"]
	setup := w.setupFor("DONGHOA")
	bare := w.tampered("no-endorsement.sqlite")
	resign(t, setup, bare, w.key(w.leader), func(m *Manifest, p facts.Set) { delete(p, facts.TEndorsement) })
	w.joinRefused("DONGHOA", bare, EJoinKey)
	if o, err := Join(w.ctx, w.units["DONGHOA"], setup, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the new leader's setup at a unit: %v %v", o.Status, err)
	}

	// At the province: the new leader's bloc file taken, the old one's held.
	if o := w.mergeInto(prov, false, w.export(w.leader, model.KindBlocFile))[0]; o.Status != model.StatusApplied {
		t.Errorf("the new leader's bloc file: %v %v", o.Status, o.Reason)
	}
	if o := w.mergeInto(prov, false, oldBloc)[0]; o.Status != model.StatusHeld || o.Hold != model.HoldKeyChanged {
		t.Errorf("the old leader's bloc file: %v %v %v", o.Status, o.Hold, o.Reason)
	}
}

// resignedByLeader re-signs a copy of a leader's file with the leader's key after f.
func resignedByLeader(t *testing.T, w *world, src string, f func(m *Manifest, p facts.Set)) string {
	t.Helper()
	path := w.tampered("edited-" + filepath.Base(src))
	resign(t, src, path, w.key(w.leader), f)
	return path
}

// The walk with the province's key: a confirmation replaces the leader
// key trusted here only if it is newer than the moment that key became the
// leader's, and only with the province's key known here.
func TestEndorsedByProvince(t *testing.T) {
	t.Parallel()
	l, p, d, e, x := newKey(t), newKey(t), newKey(t), newKey(t), newKey(t)
	t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	pd := Endorse(p, "B", "UD", keyOf(d), t0.Add(time.Hour))
	xd := Endorse(x, "B", "UD", keyOf(d), t0.Add(time.Hour))
	le := Endorse(l, "B", "UE", keyOf(e), t0.Add(2*time.Hour))
	de := Endorse(d, "B", "UE", keyOf(e), t0.Add(3*time.Hour))
	pe := Endorse(p, "B", "UE", keyOf(e), t0.Add(4*time.Hour))
	cases := []struct {
		name           string
		rows           []facts.Row
		from, province ed25519.PrivateKey
		to             ed25519.PrivateKey
		unit           string
		want           bool
	}{
		{"confirmed", []facts.Row{pd}, l, p, d, "UD", true},
		{"province unknown here", []facts.Row{pd}, l, nil, d, "UD", false},
		{"signed by another key", []facts.Row{xd}, l, p, d, "UD", false},
		{"for another unit", []facts.Row{pd}, l, p, d, "UE", false},
		{"then handed over", []facts.Row{pd, de}, l, p, e, "UE", true},
		{"older than the pin's handover", []facts.Row{pd, le}, e, p, d, "UD", false},
		{"the pin confirmed again", []facts.Row{le, pe}, e, p, e, "UE", false}, // no change of key
		{"confirmed after a handover", []facts.Row{le, Endorse(p, "B", "UD", keyOf(d), t0.Add(5*time.Hour))}, e, p, d, "UD", true},
	}
	for _, tc := range cases {
		var prov []byte
		if tc.province != nil {
			prov = keyOf(tc.province)
		}
		if got := endorsedBy(tc.rows, keyOf(tc.from), prov, keyOf(tc.to), tc.unit); got != tc.want {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
}

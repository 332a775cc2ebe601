package exchange

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage"
)

// keyOf is a private key's public half.
func keyOf(k ed25519.PrivateKey) []byte { return []byte(k.Public().(ed25519.PublicKey)) }

// handoverTo writes the leader's handover file for a unit whose
// submission the leader took (its key verified by the setup code).
func (w *world) handoverTo(code string) string {
	w.t.Helper()
	w.one(w.submit(code), model.StatusApplied)
	path := filepath.Join(w.dir, "out", "bangiao-"+code+".sqlite")
	if _, err := Handover(w.ctx, w.leader, storage.ExportRequest{PeriodID: w.period.ID, UnitID: w.unit(code).ID}, path, Options{}); err != nil {
		w.t.Fatal(err)
	}
	return path
}

// joinRefused checks that a unit refuses a file with code want and that
// its database did not change.
func (w *world) joinRefused(unit, path, want string) {
	w.t.Helper()
	db := filepath.Join(w.dir, unit, "unit.db")
	before := digest(w.t, db)
	_, err := Join(w.ctx, w.units[unit], path, JoinOptions{})
	var me *model.Error
	if !errors.As(err, &me) || me.Code != want {
		w.t.Errorf("%s at %s: %v, want %s", filepath.Base(path), unit, err, want)
	}
	if digest(w.t, db) != before {
		w.t.Errorf("%s at %s: a refused file changed the database", filepath.Base(path), unit)
	}
}

// A handover file taken only by the unit it is for, on the computer whose
// key it endorses, signed by the leader key that unit pinned; every forged
// or misdirected one is refused and changes nothing. Once taken, the new
// leader's setup files are taken by the other units without a question,
// but not without the endorsement.
func TestHandoverHostile(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	genuine := w.handoverTo("DONGHOA")
	leaderKey := w.key(w.leader)
	if inst, _ := w.leader.Installation(w.ctx); inst.Role != model.RoleUnit {
		t.Fatalf("the old leader is still %s", inst.Role)
	}
	edit := func(name string, key ed25519.PrivateKey, f func(m *Manifest, p facts.Set)) string {
		path := w.tampered(name + ".sqlite")
		resign(t, genuine, path, key, f)
		return path
	}
	et := facts.MustTable(facts.TEndorsement)
	donghoa := w.unit("DONGHOA")
	attacker := newKey(t)
	other := newKey(t)
	w.joinRefused("TUYAN", genuine, EHandoverUnit)
	w.joinRefused("DONGHOA", edit("forged-author", attacker, func(m *Manifest, p facts.Set) {
		p[facts.TEndorsement] = []facts.Row{Endorse(attacker, m.BlocID, donghoa.ID, keyOf(w.key(w.units["DONGHOA"])), time.Now())}
	}), EHandoverAuthor)
	w.joinRefused("DONGHOA", edit("forged-signature", leaderKey, func(m *Manifest, p facts.Set) {
		sig := p[facts.TEndorsement][0][et.Col("signature")].([]byte)
		sig[0] ^= 1
	}), EEndorsement)
	w.joinRefused("DONGHOA", edit("other-bloc", leaderKey, func(m *Manifest, p facts.Set) {
		p[facts.TEndorsement] = []facts.Row{Endorse(leaderKey, "another-bloc", donghoa.ID, keyOf(w.key(w.units["DONGHOA"])), time.Now())}
	}), ENotOwned)
	w.joinRefused("DONGHOA", edit("other-computer", leaderKey, func(m *Manifest, p facts.Set) {
		ut := facts.MustTable(facts.TUnit)
		for _, r := range p[facts.TUnit] {
			if ut.Str(r, "unit_id") == donghoa.ID {
				ut.Set(r, "public_key", keyOf(other))
			}
		}
		p[facts.TEndorsement] = []facts.Row{Endorse(leaderKey, m.BlocID, donghoa.ID, keyOf(other), time.Now())}
		// Its signed submissions name the key it signed with, not this one:
		// left out, so that the endorsement is what is judged.
		st := facts.MustTable(facts.TUnitSigned)
		p[facts.TUnitSigned] = slices.DeleteFunc(p[facts.TUnitSigned], func(r facts.Row) bool { return st.Str(r, "unit_id") == donghoa.ID })
	}), EHandoverKey)
	w.joinRefused("DONGHOA", edit("too-long", leaderKey, func(m *Manifest, p facts.Set) {
		for range MaxChain {
			p[facts.TEndorsement] = append(p[facts.TEndorsement], Endorse(newKey(t), m.BlocID, donghoa.ID, keyOf(other), time.Now()))
		}
	}), EEndorsement)

	o, err := Join(w.ctx, w.units["DONGHOA"], genuine, JoinOptions{})
	if err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the genuine handover: %v %v", o.Status, err)
	}
	if inst, _ := w.units["DONGHOA"].Installation(w.ctx); inst.Role != model.RoleLeader {
		t.Fatalf("the new leader is %s", inst.Role)
	}
	w.joinRefused("DONGHOA", genuine, EHandoverMember) // a replay
	// Merged instead of joined, it is refused at the leader and at the
	// province.
	prov, _ := w.province("prov")
	again := edit("merged", leaderKey, func(m *Manifest, _ facts.Set) { m.Seq++ })
	for _, db := range []*storage.DB{w.units["DONGHOA"], prov} {
		if o := w.mergeInto(db, false, again)[0]; o.Status != model.StatusRejected || code(o) != EKindHere {
			t.Errorf("a handover file merged: %v %v", o.Status, o.Reason)
		}
	}

	// The new leader's setup file: without the endorsement, a key change
	// Tuy An refuses; with it, taken, and the pin moves.
	w.leader = w.units["DONGHOA"]
	setup := w.setupFor("TUYAN")
	bare := w.tampered("no-endorsement.sqlite")
	resign(t, setup, bare, w.key(w.leader), func(m *Manifest, p facts.Set) { delete(p, facts.TEndorsement) })
	w.joinRefused("TUYAN", bare, EJoinKey)
	if o, err := Join(w.ctx, w.units["TUYAN"], setup, JoinOptions{}); err != nil || o.Status != model.StatusApplied {
		t.Fatalf("the new leader's setup at a unit: %v %v", o.Status, err)
	}
	list, err := w.units["TUYAN"].Units(w.ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range list {
		if u.ID == donghoa.ID && u.KeyVerified != storage.KeyByEndorsing {
			t.Errorf("the new leader's key at a unit: %q", u.KeyVerified)
		}
	}
}

// The walk from a pinned key: each step signed by the key before it, for
// the unit named, at most MaxChain steps; an endorsement older than the
// key's last return to the lead (a loop, a replay) leads nowhere.
func TestEndorsedChain(t *testing.T) {
	t.Parallel()
	a, b, c := newKey(t), newKey(t), newKey(t)
	t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	ab := Endorse(a, "B", "UB", keyOf(b), t0)
	ba := Endorse(b, "B", "UA", keyOf(a), t0.Add(time.Hour))
	ab2 := Endorse(a, "B", "UB", keyOf(b), t0.Add(2*time.Hour))
	bc := Endorse(b, "B", "UC", keyOf(c), t0.Add(3*time.Hour))
	forged := append(facts.Row(nil), ab...)
	forged[5] = bytes.Repeat([]byte{1}, 64)
	cases := []struct {
		name string
		rows []facts.Row
		from ed25519.PrivateKey
		to   ed25519.PrivateKey
		unit string
		want bool
	}{
		{"direct", []facts.Row{ab}, a, b, "UB", true},
		{"other unit", []facts.Row{ab}, a, b, "UC", false},
		{"two steps", []facts.Row{ab, bc}, a, c, "UC", true},
		{"forged", []facts.Row{forged}, a, b, "UB", false},
		{"backwards", []facts.Row{ab}, b, a, "UA", false},
		{"replayed after the loop", []facts.Row{ab, ba}, a, b, "UB", false},
		{"handed over again", []facts.Row{ab, ba, ab2}, a, b, "UB", true},
		{"nothing", nil, a, b, "UB", false},
	}
	for _, tc := range cases {
		if got := endorsed(tc.rows, keyOf(tc.from), keyOf(tc.to), tc.unit); got != tc.want {
			t.Errorf("%s: %v", tc.name, got)
		}
	}
	// A chain of MaxChain steps is followed; one step more is not.
	keys := []ed25519.PrivateKey{newKey(t)}
	var chain []facts.Row
	for i := range MaxChain + 1 {
		keys = append(keys, newKey(t))
		chain = append(chain, Endorse(keys[i], "B", "U", keyOf(keys[i+1]), t0.Add(time.Duration(i)*time.Hour)))
	}
	if !endorsed(chain, keyOf(keys[0]), keyOf(keys[MaxChain]), "U") || endorsed(chain, keyOf(keys[0]), keyOf(keys[MaxChain+1]), "U") {
		t.Error("the chain's bound")
	}
}

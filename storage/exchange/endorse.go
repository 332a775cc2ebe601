package exchange

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"time"

	"thidua/model"
	"thidua/model/facts"
)

// MaxChain bounds the endorsements a file may carry, and so the steps from
// a pinned leader key to the key a file is signed with.
const MaxChain = 16

// endorseTag separates an endorsement's signature from any other use of a
// leader's key.
const endorseTag = "thidua-endorse-v1"

// endorsement is one row of table key_endorsement: old endorses new as the
// key of the bloc's leader unit, at a time (UTC, RFC 3339, so that text
// order is time order).
type endorsement struct {
	bloc, unit, at string
	old, new       []byte
}

// endorseDigest is what an old leader key signs: the tag, then the bloc,
// the new leader's unit, both keys and the time, each typed (model.Canon).
func endorseDigest(e endorsement) []byte {
	c := model.NewCanon(endorseTag)
	c.Text(e.bloc)
	c.Text(e.unit)
	c.Blob(e.old)
	c.Blob(e.new)
	c.Text(e.at)
	sum, _ := hex.DecodeString(c.Sum())
	return sum
}

// Endorse returns the row by which the leader's key endorses newKey, the
// verified key of the unit taking over the bloc.
func Endorse(key ed25519.PrivateKey, bloc, unit string, newKey []byte, at time.Time) facts.Row {
	e := endorsement{bloc: bloc, unit: unit, at: at.UTC().Format(time.RFC3339),
		old: []byte(key.Public().(ed25519.PublicKey)), new: append([]byte(nil), newKey...)}
	return facts.Row{e.bloc, e.unit, e.old, e.new, e.at, ed25519.Sign(key, endorseDigest(e))}
}

// endorsementOf reads a row and checks its signature; false for a row
// whose signature does not hold or whose keys are not keys.
func endorsementOf(r facts.Row) (endorsement, bool) {
	t := facts.MustTable(facts.TEndorsement)
	e := endorsement{bloc: str(t, r, "bloc_id"), unit: str(t, r, "unit_id"), at: str(t, r, "endorsed_at")}
	e.old, _ = r[t.Col("old_key")].([]byte)
	e.new, _ = r[t.Col("new_key")].([]byte)
	sig, _ := r[t.Col("signature")].([]byte)
	if len(e.old) != ed25519.PublicKeySize || len(e.new) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize ||
		bytes.Equal(e.old, e.new) {
		return e, false
	}
	if _, err := time.Parse(time.RFC3339, e.at); err != nil {
		return e, false
	}
	return e, ed25519.Verify(e.old, endorseDigest(e), sig)
}

// checkEndorsements is phase A for the keys a file carries: one province
// key at most; endorsements at most MaxChain, each signed by its old key,
// of the file's bloc, for a unit of its roster. A handover file must carry
// its author key's endorsement of the key its roster gives the incoming
// unit.
func checkEndorsements(m *Manifest, p facts.Set, roster map[string]facts.Row) error {
	if len(p[facts.TProvinceKey]) > 1 {
		return model.Errorf(EStructure).WithCause(errors.New(facts.TProvinceKey))
	}
	rows := p[facts.TEndorsement]
	if len(rows) > MaxChain {
		return model.Errorf(EEndorsement, MaxChain).WithCause(errors.New("chain too long"))
	}
	ut := facts.MustTable(facts.TUnit)
	handover := false
	for _, r := range rows {
		e, ok := endorsementOf(r)
		_, inRoster := roster[e.unit]
		if !ok || e.bloc != m.BlocID || !inRoster {
			return model.Errorf(EEndorsement, MaxChain)
		}
		key, _ := roster[e.unit][ut.Col("public_key")].([]byte)
		handover = handover || bytes.Equal(e.old, m.PublicKey) && e.unit == m.AddresseeID && bytes.Equal(e.new, key)
	}
	if m.Kind == model.KindHandover && !handover {
		return model.Errorf(EEndorsement, MaxChain).WithCause(errors.New("no endorsement of the incoming key"))
	}
	return nil
}

// endorsed reports whether endorsements lead from the pinned leader key to
// key, the last one naming unit: at most MaxChain steps, each signed by the
// key before it. known are the endorsements the receiver kept and those
// of the file. A step is taken only if it is newer than every endorsement
// of the key it starts from: an old endorsement of a key that has since
// become the leader's again (a loop, or a replay) leads nowhere.
func endorsed(known []facts.Row, pinned, key []byte, unit string) bool {
	return endorsedBy(known, pinned, nil, key, unit)
}

// endorsedBy is endorsed where the province's key, known here (nil:
// none), may also replace the current leader key (a confirmation, when
// the leader's computer is lost): a step is the newest endorsement, signed
// by the current key or by the province's, made after the current key
// became the leader's.
func endorsedBy(known []facts.Row, pinned, province, key []byte, unit string) bool {
	if len(pinned) == 0 || len(key) == 0 {
		return false
	}
	var all []endorsement
	for _, r := range known {
		if e, ok := endorsementOf(r); ok {
			all = append(all, e)
		}
	}
	since := func(k []byte) string {
		last := ""
		for _, e := range all {
			if bytes.Equal(e.new, k) && e.at > last {
				last = e.at
			}
		}
		return last
	}
	cur := pinned
	for step := 0; step < MaxChain; step++ {
		// From the current key, the newest endorsement it signed after it
		// became the leader's is the only way on.
		from := since(cur)
		var next *endorsement
		for i, e := range all {
			signer := bytes.Equal(e.old, cur) || len(province) > 0 && bytes.Equal(e.old, province)
			if signer && e.at > from && (next == nil || e.at > next.at) {
				next = &all[i]
			}
		}
		if next == nil {
			return false
		}
		if bytes.Equal(next.new, key) {
			return next.unit == unit
		}
		cur = next.new
	}
	return false
}

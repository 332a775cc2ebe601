package storage

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"database/sql"
	"errors"

	"thidua/model"
)

// Key verification, as stored in unit.key_verified: how a pinned key was
// checked.
const (
	KeyBySetupCode = "setup_code" // the first file proved it with the unit's enrolment code
	KeyByPhone     = "phone"      // a person compared the fingerprint on the phone
	KeyTOFU        = "tofu"       // trusted on first use, not yet checked
	KeySelf        = "self"       // the installation's own key
)

// Audit actions of the exchange.
const (
	ActKeyCreate   = "key.create"
	ActKeyPin      = "key.pin"
	ActKeyReplace  = "key.replace"
	ActFileApply   = "file.apply"
	ActFileJoin    = "file.join"
	ActHoldAccept  = "hold.accept"
	ActHoldDecline = "hold.decline"
	ActReturn      = "return.set"
	ActReturnClear = "return.clear"
	ActExplain     = "explanation.set"
	ActExport      = "file.export"
)

// InstallKey returns this installation's ed25519 private key, making it on
// first use. The seed is kept only in this database.
func (db *DB) InstallKey(ctx context.Context) (ed25519.PrivateKey, error) {
	var key ed25519.PrivateKey
	err := db.write(ctx, func(tx *Tx) error {
		var err error
		key, err = installKey(ctx, tx, true)
		return err
	})
	return key, err
}

// PublicKey returns this installation's public key, or nil if it has none
// yet; it never writes.
func (db *DB) PublicKey(ctx context.Context) (ed25519.PublicKey, error) {
	var pub ed25519.PublicKey
	err := db.read(ctx, func(tx *Tx) error {
		key, err := installKey(ctx, tx, false)
		if key != nil {
			pub = key.Public().(ed25519.PublicKey)
		}
		return err
	})
	return pub, err
}

// installKey reads the installation key; with create it makes one if
// missing (and logs it).
func installKey(ctx context.Context, tx *Tx, create bool) (ed25519.PrivateKey, error) {
	var seed []byte
	err := tx.QueryRowContext(ctx, `SELECT seed FROM install_key WHERE singleton = 1`).Scan(&seed)
	if err == nil {
		return ed25519.NewKeyFromSeed(seed), nil
	}
	if !errors.Is(err, sql.ErrNoRows) || !create {
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
		return nil, err
	}
	seed = make([]byte, ed25519.SeedSize)
	if _, err := rand.Read(seed); err != nil {
		return nil, err
	}
	key := ed25519.NewKeyFromSeed(seed)
	pub := key.Public().(ed25519.PublicKey)
	if _, err := tx.ExecContext(ctx, `INSERT INTO install_key (singleton, seed, public_key, created_at) VALUES (1, ?, ?, ?)`,
		seed, []byte(pub), tx.stamp()); err != nil {
		return nil, err
	}
	actor, _ := installActor(ctx, tx)
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActKeyCreate, New: model.Fingerprint(pub)})
	return key, err
}

// installActor is the installation acting as itself (its role and unit),
// or a unit with no bloc before it has joined one.
func installActor(ctx context.Context, tx *Tx) (model.Actor, error) {
	var role string
	var unit sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT role, unit_id FROM installation`).Scan(&role, &unit)
	if errors.Is(err, sql.ErrNoRows) {
		return model.Actor{}, nil
	}
	r, _ := model.ParseRole(role)
	return model.Actor{Role: r, UnitID: unit.String}, err
}

// enrolmentCode returns a unit's enrolment code; with create, the leader
// makes one on the first setup file for the unit.
func enrolmentCode(ctx context.Context, tx *Tx, unitID string, create bool) ([]byte, error) {
	var code []byte
	err := tx.QueryRowContext(ctx, `SELECT code FROM enrolment WHERE unit_id = ?`, unitID).Scan(&code)
	if err == nil || !errors.Is(err, sql.ErrNoRows) {
		return code, err
	}
	if !create {
		return nil, nil
	}
	code = make([]byte, 16)
	if _, err := rand.Read(code); err != nil {
		return nil, err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO enrolment (unit_id, code, created_at) VALUES (?, ?, ?)`, unitID, code, tx.stamp())
	return code, err
}

// setEnrolmentCode keeps the code a unit received in its setup file.
func setEnrolmentCode(ctx context.Context, tx *Tx, unitID string, code []byte) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO enrolment (unit_id, code, created_at) VALUES (?, ?, ?)
		ON CONFLICT (unit_id) DO UPDATE SET code = excluded.code`, unitID, code, tx.stamp())
	return err
}

// pinKey records the key a unit signs with and how it was verified,
// logging the change: a first pin, or the replacement of an old key (which
// is thereby revoked).
func pinKey(ctx context.Context, tx *Tx, actor model.Actor, unitID string, pub []byte, how, source string) error {
	var old []byte
	err := tx.QueryRowContext(ctx, `SELECT public_key FROM unit WHERE unit_id = ?`, unitID).Scan(&old)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // a province's first sight of a bloc: the roster comes with the file
	}
	if err != nil {
		return err
	}
	if string(old) == string(pub) {
		_, err := tx.ExecContext(ctx, `UPDATE unit SET key_verified = ? WHERE unit_id = ?`, how, unitID)
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE unit SET public_key = ?, key_verified = ? WHERE unit_id = ?`, pub, how, unitID); err != nil {
		return err
	}
	action := ActKeyPin
	if len(old) > 0 {
		action = ActKeyReplace
	}
	_, err = writeAudit(ctx, tx, actor, auditEntry{Action: action, UnitID: unitID,
		Old: model.Fingerprint(old), New: model.Fingerprint(pub), Reason: how, Source: source})
	return err
}

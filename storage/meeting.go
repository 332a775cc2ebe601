package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"thidua/model"
)

// SetMeeting records the meeting that reviews a period, replacing what was
// recorded before: the leader's, checked (times, lengths, units that are
// active members of the bloc, a unit absent or in an office once) and
// audited like the period's other results.
func (db *DB) SetMeeting(ctx context.Context, actor model.Actor, periodID string, m model.Meeting) error {
	m.Normalize()
	return db.resultWrite(ctx, actor, periodID, model.FactResult, func(tx *Tx) (auditEntry, error) {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return auditEntry{}, err
		}
		codes, err := memberCodes(ctx, tx, p.BlocID)
		if err != nil {
			return auditEntry{}, err
		}
		units := make([]string, 0, len(m.Absent)+len(m.Offices))
		for _, a := range m.Absent {
			units = append(units, a.UnitID)
		}
		for _, o := range m.Offices {
			units = append(units, o.UnitID)
		}
		for _, u := range units {
			if _, ok := codes[u]; !ok {
				name := u
				if unit, err := unitByID(ctx, tx, u); err == nil {
					name = unit.Code // a withdrawn unit
				}
				return auditEntry{}, model.Errorf(model.EMeetingNotMember, name)
			}
		}
		if err := m.Validate(p, codes); err != nil {
			return auditEntry{}, err
		}
		if err := writeMeeting(ctx, tx, periodID, m); err != nil {
			return auditEntry{}, err
		}
		return auditEntry{New: fmt.Sprintf("meeting %s %s-%s, %d absent, %d offices%s", formatDate(m.Date), m.Start, m.End,
			len(m.Absent), len(m.Offices), electionAudit(m))}, nil
	})
}

// memberCodes maps the ids of a bloc's active units to their codes.
func memberCodes(ctx context.Context, tx *Tx, blocID string) (map[string]string, error) {
	us, err := units(ctx, tx, blocID, "")
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, u := range us {
		if u.Status == model.Active {
			out[u.ID] = u.Code
		}
	}
	return out, nil
}

// writeMeeting replaces a period's meeting record.
func writeMeeting(ctx context.Context, tx *Tx, periodID string, m model.Meeting) error {
	for _, table := range []string{"meeting_election", "meeting", "meeting_absence", "meeting_office"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE period_id = ?`, periodID); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meeting (period_id, held_on, starts_at, ends_at, place, chair, secretary, guests)
		VALUES (?,?,?,?,?,?,?,?)`, periodID, formatDate(m.Date), m.Start, m.End, m.Place, m.Chair, m.Secretary, m.Guests); err != nil {
		return err
	}
	for _, a := range m.Absent {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meeting_absence (period_id, unit_id, reason) VALUES (?,?,?)`,
			periodID, a.UnitID, a.Reason); err != nil {
			return err
		}
	}
	for _, o := range m.Offices {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meeting_office (period_id, office, unit_id) VALUES (?,?,?)`,
			periodID, o.Role.String(), o.UnitID); err != nil {
			return err
		}
		if v := o.Vote; !v.IsZero() {
			if _, err := tx.ExecContext(ctx, `INSERT INTO meeting_election (period_id, office, issued, returned, valid, votes_for)
				VALUES (?,?,?,?,?,?)`, periodID, o.Role.String(), v.Issued, v.Returned, v.Valid, v.For); err != nil {
				return err
			}
		}
	}
	return nil
}

// Meeting returns the record of the meeting that reviews a period; nothing
// recorded is the zero Meeting.
func (db *DB) Meeting(ctx context.Context, periodID string) (model.Meeting, error) {
	var m model.Meeting
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		m, err = meeting(ctx, tx, periodID)
		return err
	})
	return m, err
}

func meeting(ctx context.Context, tx *Tx, periodID string) (model.Meeting, error) {
	var m model.Meeting
	var held string
	err := tx.QueryRowContext(ctx, `SELECT held_on, starts_at, ends_at, place, chair, secretary, guests FROM meeting
		WHERE period_id = ?`, periodID).Scan(&held, &m.Start, &m.End, &m.Place, &m.Chair, &m.Secretary, &m.Guests)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return m, err
	}
	m.Date = parseTime(held)
	err = eachRow(ctx, tx, `SELECT unit_id, reason FROM meeting_absence WHERE period_id = ? ORDER BY unit_id`, periodID,
		func(unit, reason string) { m.Absent = append(m.Absent, model.Absence{UnitID: unit, Reason: reason}) })
	if err != nil {
		return m, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT o.office, o.unit_id, coalesce(e.issued, 0), coalesce(e.returned, 0),
		coalesce(e.valid, 0), coalesce(e.votes_for, 0) FROM meeting_office o
		LEFT JOIN meeting_election e ON e.period_id = o.period_id AND e.office = o.office
		WHERE o.period_id = ? ORDER BY o.office DESC`, periodID)
	if err != nil {
		return m, err
	}
	defer rows.Close()
	for rows.Next() {
		var o model.Office
		var office string
		if err := rows.Scan(&office, &o.UnitID, &o.Vote.Issued, &o.Vote.Returned, &o.Vote.Valid, &o.Vote.For); err != nil {
			return m, err
		}
		if o.Role, err = model.ParseOfficeRole(office); err != nil {
			return m, err
		}
		m.Offices = append(m.Offices, o)
	}
	return m, rows.Err()
}

// electionAudit writes the offices' votes for the audit: " leader 9/9/9/7".
func electionAudit(m model.Meeting) string {
	out := ""
	for _, o := range m.Offices {
		if !o.Vote.IsZero() {
			out += " " + o.Role.String() + " " + o.Vote.String()
		}
	}
	return out
}

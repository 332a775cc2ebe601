package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"thidua/model"
	"thidua/model/people"
)

// settingsJSON is people.Settings as stored: forms by their codes.
type settingsJSON struct {
	Forms                []string          `json:"forms"`
	Labels               map[string]string `json:"labels,omitempty"`
	TitlesAtYearEnd      bool              `json:"titles_at_year_end"`
	RequireRegistration  bool              `json:"require_registration"`
	MinLDTTRating        string            `json:"min_ldtt_rating"`
	MinServiceMonths     int               `json:"min_service_months"`
	BaseNeedsEvidence    bool              `json:"base_needs_evidence"`
	BaseRatioPercent     int               `json:"base_ratio_percent"`
	BaseRatioRoundHalfUp bool              `json:"base_ratio_round_half_up"`
	ProvinceStreak       int               `json:"province_streak"`
	NationalStreak       int               `json:"national_streak"`
	PMYears              int               `json:"pm_years"`
	PMBaseTitles         int               `json:"pm_base_titles"`
	ProvinceCertYears    int               `json:"province_cert_years"`
	CommendationYears    int               `json:"commendation_years"`
}

// EncodeSettings writes the bloc's settings on individuals as JSON.
func EncodeSettings(s people.Settings) ([]byte, error) {
	j := settingsJSON{Labels: map[string]string{}, TitlesAtYearEnd: s.TitlesAtYearEnd, RequireRegistration: s.RequireRegistration,
		MinLDTTRating: s.MinLDTTRating.String(), MinServiceMonths: s.MinServiceMonths, BaseNeedsEvidence: s.BaseNeedsEvidence,
		BaseRatioPercent: s.BaseRatioPercent, BaseRatioRoundHalfUp: s.BaseRatioRoundHalfUp, ProvinceStreak: s.ProvinceStreak,
		NationalStreak: s.NationalStreak, PMYears: s.PMYears, PMBaseTitles: s.PMBaseTitles, ProvinceCertYears: s.ProvinceCertYears,
		CommendationYears: s.CommendationYears}
	for _, f := range s.Forms {
		j.Forms = append(j.Forms, f.Code())
	}
	for f, l := range s.Labels {
		j.Labels[f.Code()] = l
	}
	return json.Marshal(j)
}

// DecodeSettings reads settings written by EncodeSettings (or typed in a
// file by hand: unknown fields and forms are refused) and validates them.
func DecodeSettings(b []byte) (people.Settings, error) {
	j := settingsJSON{}
	def := people.DefaultSettings()
	if err := json.Unmarshal(b, &j); err != nil {
		return def, model.Errorf(ESettingsJSON, err.Error())
	}
	s := people.Settings{Labels: map[people.Form]string{}, TitlesAtYearEnd: j.TitlesAtYearEnd, RequireRegistration: j.RequireRegistration,
		MinServiceMonths: j.MinServiceMonths, BaseNeedsEvidence: j.BaseNeedsEvidence, BaseRatioPercent: j.BaseRatioPercent,
		BaseRatioRoundHalfUp: j.BaseRatioRoundHalfUp, ProvinceStreak: j.ProvinceStreak, NationalStreak: j.NationalStreak,
		PMYears: j.PMYears, PMBaseTitles: j.PMBaseTitles, ProvinceCertYears: j.ProvinceCertYears, CommendationYears: j.CommendationYears}
	var ok bool
	if s.MinLDTTRating, ok = people.ParseRating(j.MinLDTTRating); !ok {
		return def, model.Errorf(people.EBadRating)
	}
	for _, c := range j.Forms {
		f, ok := people.FormOf(c)
		if !ok {
			return def, model.Errorf(people.EFormUnknown, c)
		}
		s.Forms = append(s.Forms, f)
	}
	for c, l := range j.Labels {
		f, ok := people.FormOf(c)
		if !ok {
			return def, model.Errorf(people.EFormUnknown, c)
		}
		s.Labels[f] = l
	}
	if err := s.Validate(); err != nil {
		return def, err
	}
	return s, nil
}

func peopleSettings(ctx context.Context, tx *Tx, blocID string) (people.Settings, error) {
	var raw string
	err := tx.QueryRowContext(ctx, `SELECT settings FROM people_settings WHERE bloc_id = ?`, blocID).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return people.DefaultSettings(), nil
	}
	if err != nil {
		return people.Settings{}, err
	}
	return DecodeSettings([]byte(raw))
}

// PeopleSettings returns the bloc's numbers for the rules on individuals;
// the law's defaults until the leader sets them.
func (db *DB) PeopleSettings(ctx context.Context, blocID string) (people.Settings, error) {
	var s people.Settings
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		s, err = peopleSettings(ctx, tx, blocID)
		return err
	})
	return s, err
}

// SetPeopleSettings records the bloc's numbers for the rules on
// individuals: the leader's, validated, audited with old and new.
func (db *DB) SetPeopleSettings(ctx context.Context, actor model.Actor, blocID string, s people.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	raw, err := EncodeSettings(s)
	if err != nil {
		return err
	}
	return db.write(ctx, func(tx *Tx) error {
		b, err := blocByID(ctx, tx, blocID)
		if err != nil {
			return err
		}
		if _, err := model.MayWrite(actor, model.FactSetup, "", b); err != nil {
			return err
		}
		old, err := peopleSettings(ctx, tx, blocID)
		if err != nil {
			return err
		}
		oldRaw, err := EncodeSettings(old)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO people_settings (bloc_id, settings) VALUES (?, ?)
			ON CONFLICT (bloc_id) DO UPDATE SET settings = excluded.settings`, blocID, string(raw)); err != nil {
			return err
		}
		_, err = writeAudit(ctx, tx, actor, auditEntry{Action: ActPeopleSettings, Old: string(oldRaw), New: string(raw)})
		return err
	})
}

// SetNomineeRegistrations records the titles people register for in a
// period, all or nothing: each registration replaces that person's; the
// year must be the period's.
func (db *DB) SetNomineeRegistrations(ctx context.Context, actor model.Actor, periodID string, regs []people.Registration) error {
	return db.write(ctx, func(tx *Tx) error {
		p, err := periodByID(ctx, tx, periodID)
		if err != nil {
			return err
		}
		year := people.PeriodOf(p).Year
		for _, r := range regs {
			if err := r.Validate(); err != nil {
				return err
			}
			if r.Year != year {
				return model.Errorf(EPeopleYear, r.Year, year)
			}
			who, err := personByID(ctx, tx, r.Person)
			if err != nil {
				return err
			}
			if err := peopleWrite(ctx, tx, actor, periodID, who.Unit); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `DELETE FROM nominee_registration WHERE period_id = ? AND person_id = ?`, periodID, r.Person); err != nil {
				return err
			}
			var codes []string
			for _, f := range r.Forms {
				codes = append(codes, f.Code())
				if _, err := tx.ExecContext(ctx, `INSERT INTO nominee_registration (period_id, person_id, form) VALUES (?,?,?)`,
					periodID, r.Person, f.Code()); err != nil {
					return err
				}
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActNomineeReg, PeriodID: periodID, UnitID: who.Unit,
				CriterionID: r.Person, New: fmt.Sprint(codes)}); err != nil {
				return err
			}
		}
		return nil
	})
}

// SetHistory records what units hold about their people, all or nothing:
// yearly reviews (replacing that person's year) and titles or
// certificates received (replacing the same person, year and form).
func (db *DB) SetHistory(ctx context.Context, actor model.Actor, h people.History) error {
	return db.write(ctx, func(tx *Tx) error {
		for _, r := range h.Reviews {
			if err := r.Validate(); err != nil {
				return err
			}
			who, err := personByID(ctx, tx, r.Person)
			if err != nil {
				return err
			}
			if _, err := mayWritePeople(ctx, tx, actor, who.Unit); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO person_review (person_id, year, rating, months_served) VALUES (?,?,?,?)
				ON CONFLICT (person_id, year) DO UPDATE SET rating = excluded.rating, months_served = excluded.months_served`,
				r.Person, r.Year, r.Rating.String(), r.MonthsServed); err != nil {
				return err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActPeopleHistory, UnitID: who.Unit, CriterionID: r.Person,
				New: fmt.Sprintf("review %d %s %d", r.Year, r.Rating, r.MonthsServed)}); err != nil {
				return err
			}
		}
		for _, a := range h.Awards {
			if err := a.Validate(); err != nil {
				return err
			}
			who, err := personByID(ctx, tx, a.Person)
			if err != nil {
				return err
			}
			if _, err := mayWritePeople(ctx, tx, actor, who.Unit); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO person_award (person_id, year, form, decision) VALUES (?,?,?,?)
				ON CONFLICT (person_id, year, form) DO UPDATE SET decision = excluded.decision`,
				a.Person, a.Year, a.Form.Code(), a.Decision); err != nil {
				return err
			}
			if _, err := writeAudit(ctx, tx, actor, auditEntry{Action: ActPeopleHistory, UnitID: who.Unit, CriterionID: a.Person,
				New: fmt.Sprintf("award %d %s %s", a.Year, a.Form.Code(), a.Decision)}); err != nil {
				return err
			}
		}
		return nil
	})
}

// PeopleHistory returns what is held about a unit's people (every unit's
// with unitID ""): their reviews and the titles and certificates they
// received, the province's decisions that came down included.
func (db *DB) PeopleHistory(ctx context.Context, unitID string) (people.History, error) {
	var h people.History
	err := db.read(ctx, func(tx *Tx) error {
		var err error
		h, err = history(ctx, tx, unitID)
		return err
	})
	return h, err
}

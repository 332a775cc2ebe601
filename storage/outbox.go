package storage

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"strings"
	"time"

	"thidua/model"
	"thidua/model/facts"
)

// ExportRequest asks for the contents of one exchange file.
type ExportRequest struct {
	Kind     model.FileKind
	PeriodID string // the period; a setup file announces it and carries every period
	UnitID   string // setup: the unit the file is for
}

// Export is everything one exchange file carries, read in the transaction
// that gave it its export_seq. Package exchange turns it into a signed file.
type Export struct {
	Kind      model.FileKind
	Role      model.Role
	Bloc      model.Bloc
	Period    model.Period
	Author    model.Unit
	Addressee model.Unit // setup and handover only
	// AddresseeKey is the handover's incoming unit's key as pinned here,
	// verified: the key the handover endorses.
	AddresseeKey []byte
	Seq          int64
	PrevHash     string // content hash of the author's previous file of this kind and scope
	Now          time.Time
	Key          ed25519.PrivateKey
	// Enrolment is the addressee's code (setup) or the author's own
	// (submission, to prove its key).
	Enrolment []byte
	Payload   facts.Set
	// Signed are the units' applied submissions (bloc file): their signed
	// manifests and content hashes, by unit id.
	Signed map[string]SignedSlice
	// Handed are the units' applied submissions of every period (handover).
	Handed []HandedSlice
}

// SignedSlice is a unit's applied submission as its author signed it.
type SignedSlice struct {
	Manifest    string // JSON of the manifest's columns
	ContentHash string
}

// BeginExport bumps the author's export_seq and reads the slice a file of
// the asked kind carries, in one transaction (merge.md §2.6 step 1). The
// seq is committed before any file is written, so a failed export only
// leaves a gap.
func (db *DB) BeginExport(ctx context.Context, req ExportRequest) (Export, error) {
	var e Export
	err := db.write(ctx, func(tx *Tx) error {
		var err error
		e, err = beginExport(ctx, tx, req)
		return err
	})
	return e, err
}

func beginExport(ctx context.Context, tx *Tx, req ExportRequest) (Export, error) {
	e := Export{Kind: req.Kind, Now: tx.now, Payload: facts.Set{}}
	inst, ok, err := installationAny(ctx, tx)
	if err != nil {
		return e, err
	}
	if !ok || inst.Role != model.RoleProvince && inst.BlocID == "" {
		return e, model.Errorf(ENoBloc)
	}
	e.Role = inst.Role
	if err := mayExport(inst.Role, req.Kind); err != nil {
		return e, err
	}
	if err := exportParties(ctx, tx, inst, req, &e); err != nil {
		return e, err
	}
	if e.Key, err = installKey(ctx, tx, true); err != nil {
		return e, err
	}
	scope := e.Period.ID
	switch req.Kind {
	case model.KindHandover:
		scope = "handover"
		err = readHandoverFile(ctx, tx, inst.Role, req.UnitID, &e)
	case model.KindSetup:
		scope = "setup"
		if e.Addressee, err = unitByID(ctx, tx, req.UnitID); err != nil {
			return e, err
		}
		if e.Addressee.Status == model.Withdrawn {
			return e, model.Errorf(model.EUnitWithdrawn, e.Addressee.Code)
		}
		if e.Enrolment, err = enrolmentCode(ctx, tx, e.Addressee.ID, true); err != nil {
			return e, err
		}
		if err = readSetup(ctx, tx, &e); err == nil {
			err = readEndorsements(ctx, tx, e.Payload, e.Bloc.ID)
		}
		if err == nil {
			err = fill(ctx, tx, e.Payload, []string{facts.TProvinceKey}, `1 = 1`)
		}
	case model.KindSubmission:
		if e.Enrolment, err = enrolmentCode(ctx, tx, e.Author.ID, false); err != nil {
			return e, err
		}
		if err = readUnitSlice(ctx, tx, e.Payload, e.Period.ID, e.Author.ID); err == nil {
			err = addPeopleFacts(ctx, tx, e.Payload, e.Period.ID, e.Author.ID, req.Kind)
		}
	case model.KindBlocFile:
		if err = readBlocFile(ctx, tx, &e); err == nil {
			if err = addPeopleFacts(ctx, tx, e.Payload, e.Period.ID, "", req.Kind); err == nil {
				err = readEndorsements(ctx, tx, e.Payload, e.Bloc.ID)
			}
		}
	case model.KindDecision:
		err = readDecisionFacts(ctx, tx, e.Payload, e.Period.ID)
	}
	if err != nil {
		return e, err
	}
	pub := e.Key.Public().(ed25519.PublicKey)
	keyID := model.KeyID(pub)
	var last int64
	if err := tx.QueryRowContext(ctx, `SELECT last_seq FROM export_seq WHERE key_id = ? AND bloc_id = ? AND scope = ?`,
		keyID, e.Bloc.ID, scope).Scan(&last); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return e, err
	}
	e.Seq = model.NextSeq(last, tx.now.Unix())
	if _, err := tx.ExecContext(ctx, `INSERT INTO export_seq (key_id, bloc_id, scope, last_seq) VALUES (?, ?, ?, ?)
		ON CONFLICT (key_id, bloc_id, scope) DO UPDATE SET last_seq = excluded.last_seq`, keyID, e.Bloc.ID, scope, e.Seq); err != nil {
		return e, err
	}
	err = tx.QueryRowContext(ctx, `SELECT content_hash FROM sent_file WHERE kind = ? AND period_id = ? AND unit_id = ?
		ORDER BY export_seq DESC LIMIT 1`, req.Kind.String(), e.Period.ID, req.UnitID).Scan(&e.PrevHash)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return e, err
}

// exportParties reads the bloc, period and author of a file: a leader's
// and a unit's own bloc; at a province, the bloc of the period asked for,
// the author being the province's installation.
func exportParties(ctx context.Context, tx *Tx, inst model.Installation, req ExportRequest, e *Export) error {
	var err error
	if e.Period, err = periodByID(ctx, tx, req.PeriodID); err != nil {
		return err
	}
	if inst.Role == model.RoleProvince {
		e.Author = model.Unit{ID: inst.ID, Code: model.ProvinceCode}
		e.Bloc, err = blocByID(ctx, tx, e.Period.BlocID)
		return err
	}
	if e.Bloc, err = blocByID(ctx, tx, inst.BlocID); err != nil {
		return err
	}
	if e.Period.BlocID != e.Bloc.ID {
		return model.Errorf(model.EPeriodUnknown, req.PeriodID)
	}
	e.Author, err = unitByID(ctx, tx, inst.UnitID)
	return err
}

// mayExport says which installation writes which kind of file: the leader
// setup, bloc and handover files, a unit its submission, the province its
// decision files and its confirmation of a new leader (a handover file).
func mayExport(r model.Role, k model.FileKind) error {
	switch {
	case k == model.KindSubmission && r == model.RoleUnit,
		(k == model.KindDecision || k == model.KindHandover) && r == model.RoleProvince,
		k != model.KindSubmission && k != model.KindDecision && r == model.RoleLeader:
		return nil
	}
	return model.Errorf(EExportRole, model.Errorf("role.name."+r.String()), model.Errorf("exchange.kind."+k.String()))
}

// exportQueries are the SELECTs that fill each file table from the local
// database, in the table's column order. %s is replaced by the filter.
var exportQueries = map[string]string{
	facts.TBloc: `SELECT bloc_id, code, name, coalesce(leader_unit_id, ''), deputy_unit_id FROM bloc WHERE %s`,
	facts.TUnit: `SELECT unit_id, bloc_id, code, name, short_name, kind, status, withdrawn_reason, public_key,
		nullif(key_verified, '') FROM unit WHERE %s`,
	facts.TVersion: `SELECT version_id, bloc_id, hash, label, parent_id, issued_at FROM criteria_version WHERE %s`,
	facts.TCriterion: `SELECT version_id, criterion_id, parent_id, position, code, title, kind, max_x100, capped, rule,
		guidance FROM criterion WHERE %s`,
	facts.TPeriod: `SELECT period_id, bloc_id, code, label, kind, starts, ends, criteria_version_id, registration_closes,
		self_score_closes FROM period WHERE %s`,
	facts.TRules: `SELECT period_id, step_x100, bonus_cap_x100, deduction_cap_x100, tie_breaks, numbering
		FROM period_rules WHERE %s`,
	facts.TAwardRule: `SELECT period_id, award_code, position, name, quota, min_total_x100, vote_required, threshold,
		vote_base FROM award_rule WHERE %s`,
	facts.TReturn:       `SELECT period_id, unit_id, criterion_id, reason, returned_at FROM return_reason WHERE %s`,
	facts.TRegistration: `SELECT period_id, unit_id, item, detail, criterion_id, target FROM registration WHERE %s`,
	facts.TScore: `SELECT period_id, unit_id, criterion_id, stage, points_x100, input, note, evidence, based_on
		FROM score WHERE %s`,
	facts.TExplanation: `SELECT period_id, unit_id, criterion_id, answer FROM explanation WHERE %s`,
	facts.TLock:        `SELECT period_id, unit_id, kind, reason FROM lock WHERE %s`,
	facts.TExclusion:   `SELECT period_id, unit_id, reason FROM exclusion WHERE %s`,
	facts.TAwardBlock:  `SELECT period_id, unit_id, award_code, reason FROM award_block WHERE %s`,
	facts.TTieVote:     `SELECT period_id, unit_id, vote_order FROM tie_vote WHERE %s`,
	facts.TBallot:      `SELECT period_id, award_code, issued, returned, valid, invalid FROM ballot WHERE %s`,
	facts.TVote:        `SELECT period_id, award_code, unit_id, votes_for FROM vote WHERE %s`,
	facts.TDecision: `SELECT period_id, unit_id, award_code, outcome, downgraded_to, number, decided_on
		FROM decision WHERE %s`,
	// A replacement is kept on the awarded unit's decision (replaces).
	facts.TReplacement: `SELECT period_id, replaces, award_code, unit_id FROM decision WHERE replaces <> '' AND %s`,
	facts.TNomineeDecision: `SELECT period_id, unit_id, person_id, form, outcome, downgraded_to, number, decided_on
		FROM nominee_decision WHERE %s`,
}

// selectRows reads one file table's rows from the local database.
func selectRows(ctx context.Context, tx *Tx, table, filter string, args ...any) ([]facts.Row, error) {
	t := facts.MustTable(table)
	rows, err := tx.QueryContext(ctx, strings.Replace(exportQueries[table], "%s", filter, 1), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []facts.Row
	for rows.Next() {
		r := make(facts.Row, len(t.Cols))
		ptrs := make([]any, len(r))
		for i := range r {
			ptrs[i] = &r[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// fill reads several tables with one filter into p.
func fill(ctx context.Context, tx *Tx, p facts.Set, tables []string, filter string, args ...any) error {
	for _, t := range tables {
		rows, err := selectRows(ctx, tx, t, filter, args...)
		if err != nil {
			return err
		}
		p[t] = append(p[t], rows...)
	}
	return nil
}

// addPeopleFacts adds to p a period's individuals as a file of kind k
// carries them: a unit's own (unitID), or every unit's ("").
func addPeopleFacts(ctx context.Context, tx *Tx, p facts.Set, periodID, unitID string, k model.FileKind) error {
	set, err := peopleFacts(ctx, tx, periodID, unitID, k)
	for name, rows := range set {
		p[name] = rows
	}
	return err
}

// readUnitSlice reads what a unit owns in a period: its self-scores,
// registrations and answers.
func readUnitSlice(ctx context.Context, tx *Tx, p facts.Set, periodID, unitID string) error {
	if err := fill(ctx, tx, p, []string{facts.TRegistration, facts.TExplanation}, `period_id = ? AND unit_id = ?`, periodID, unitID); err != nil {
		return err
	}
	return fill(ctx, tx, p, []string{facts.TScore}, `period_id = ? AND unit_id = ? AND stage = 'self'`, periodID, unitID)
}

// readSetupTables reads the bloc's setup: the bloc, its roster with pinned
// keys (the author's own filled in), the periods given and their rules, and
// the criteria versions they use.
func readSetupTables(ctx context.Context, tx *Tx, e *Export, periodFilter string, args ...any) error {
	p := e.Payload
	if err := fill(ctx, tx, p, []string{facts.TBloc, facts.TUnit}, `bloc_id = ?`, e.Bloc.ID); err != nil {
		return err
	}
	pub := e.Key.Public().(ed25519.PublicKey)
	ut := facts.MustTable(facts.TUnit)
	for _, r := range p[facts.TUnit] {
		if ut.Str(r, "unit_id") == e.Author.ID {
			ut.Set(r, "public_key", []byte(pub))
			ut.Set(r, "key_verified", KeySelf)
		}
	}
	if err := fill(ctx, tx, p, []string{facts.TPeriod}, periodFilter, args...); err != nil {
		return err
	}
	periods := `period_id IN (SELECT period_id FROM period WHERE ` + periodFilter + `)`
	if err := fill(ctx, tx, p, []string{facts.TRules, facts.TAwardRule}, periods, args...); err != nil {
		return err
	}
	versions := `version_id IN (SELECT criteria_version_id FROM period WHERE ` + periodFilter + `)`
	return fill(ctx, tx, p, []string{facts.TVersion, facts.TCriterion}, versions, args...)
}

// readSetup reads a setup file's payload: the bloc's setup with every
// period, the addressee's return reasons and province-stage scores, and
// the province's award decisions for the bloc, as its decision files
// brought them.
func readSetup(ctx context.Context, tx *Tx, e *Export) error {
	if err := readSetupTables(ctx, tx, e, `bloc_id = ?`, e.Bloc.ID); err != nil {
		return err
	}
	periods := `period_id IN (SELECT period_id FROM period WHERE bloc_id = ?)`
	if err := fill(ctx, tx, e.Payload, []string{facts.TReturn}, `unit_id = ? AND `+periods, e.Addressee.ID, e.Bloc.ID); err != nil {
		return err
	}
	if err := fill(ctx, tx, e.Payload, []string{facts.TScore}, `unit_id = ? AND stage = 'province' AND `+periods,
		e.Addressee.ID, e.Bloc.ID); err != nil {
		return err
	}
	if err := fill(ctx, tx, e.Payload, []string{facts.TNomineeDecision}, `unit_id = ? AND `+periods,
		e.Addressee.ID, e.Bloc.ID); err != nil {
		return err
	}
	return readDecisions(ctx, tx, e.Payload, periods, e.Bloc.ID)
}

// readBlocFile reads a bloc file's payload: the setup for the period,
// every unit's data, the leader's review, results and ranking, and the
// units' signed submissions.
func readBlocFile(ctx context.Context, tx *Tx, e *Export) error {
	if err := readSetupTables(ctx, tx, e, `period_id = ?`, e.Period.ID); err != nil {
		return err
	}
	if err := fill(ctx, tx, e.Payload, []string{facts.TReturn, facts.TRegistration, facts.TExplanation, facts.TLock,
		facts.TExclusion, facts.TAwardBlock, facts.TTieVote, facts.TBallot, facts.TVote}, `period_id = ?`, e.Period.ID); err != nil {
		return err
	}
	if err := fill(ctx, tx, e.Payload, []string{facts.TScore}, `period_id = ? AND stage IN ('self', 'bloc')`, e.Period.ID); err != nil {
		return err
	}
	res, _, err := result(ctx, tx, e.Period.ID)
	if err != nil {
		return err
	}
	for _, pos := range res.Ranking.All() {
		proposal := ""
		if pr, ok := res.Proposals.ForUnit(pos.UnitID); ok {
			proposal = pr.Award
		}
		e.Payload[facts.TRanking] = append(e.Payload[facts.TRanking], facts.Row{e.Period.ID, pos.UnitID, pos.Stage.String(),
			int64(pos.Totals.Total), int64(pos.Rank), int64(boolInt(pos.Tied)), proposal})
	}
	rows, err := tx.QueryContext(ctx, `SELECT unit_id, manifest, content_hash FROM submission
		WHERE period_id = ? AND kind = 'unit_submission'`, e.Period.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	e.Signed = map[string]SignedSlice{}
	for rows.Next() {
		var unit string
		var s SignedSlice
		if err := rows.Scan(&unit, &s.Manifest, &s.ContentHash); err != nil {
			return err
		}
		e.Signed[unit] = s
	}
	return rows.Err()
}

// SyncFile flushes a file written outside SQLite (VACUUM INTO does not
// sync what it writes).
func SyncFile(path string) error { return syncFile(path) }

// SyncDir makes a rename in dir durable where the system allows it.
func SyncDir(dir string) { syncDir(dir) }

// NamePart turns text (a code, a name) into a lower-case ASCII part of a
// file name that thidua generates.
func NamePart(s string) string { return slug(s) }

// SentFiles lists the files written for a period, newest first.
func (db *DB) SentFiles(ctx context.Context, periodID string) ([]model.SentFile, error) {
	var out []model.SentFile
	err := db.read(ctx, func(tx *Tx) error {
		return scanEach(ctx, tx, `SELECT kind, period_id, unit_id, export_seq, content_hash, file_digest, file_name, sent_at
			FROM sent_file WHERE period_id = ? ORDER BY sent_at DESC, sent_id DESC`, func(r scanner) error {
			var s model.SentFile
			var kind, at string
			if err := r.Scan(&kind, &s.PeriodID, &s.UnitID, &s.Seq, &s.ContentHash, &s.Digest, &s.Name, &at); err != nil {
				return err
			}
			s.Kind, _ = model.ParseFileKind(kind)
			s.At = parseTime(at)
			out = append(out, s)
			return nil
		}, periodID)
	})
	return out, err
}

package exchange

import (
	"errors"
	"strings"

	"thidua/model"
	"thidua/model/facts"
	"thidua/model/i18n"
)

// maxListed is how many offending rows a message names.
const maxListed = 20

// errList is several problems shown as one message.
type errList []*model.Error

// Localize implements i18n.Localizer.
func (e errList) Localize(l i18n.Lang) string {
	parts := make([]string, len(e))
	for i, x := range e {
		parts[i] = x.Localize(l)
	}
	return strings.Join(parts, "; ")
}

// str returns a text column of a row by name ("" if NULL).
func str(t *facts.Table, r facts.Row, col string) string {
	s, _ := r[t.Col(col)].(string)
	return s
}

// rowKeys extracts the ownership columns of a row.
func rowKeys(t *facts.Table, r facts.Row) model.RowKeys {
	var k model.RowKeys
	ptr := func(name string) *string {
		if i := t.Col(name); i >= 0 {
			s, _ := r[i].(string)
			return &s
		}
		return nil
	}
	k.BlocID, k.PeriodID, k.UnitID, k.Stage = ptr("bloc_id"), ptr("period_id"), ptr("unit_id"), ptr("stage")
	return k
}

// checkRules applies the rules a file can be judged on by itself (A10 as
// far as the file carries what it needs, A11 for setup and bloc files):
// every row against the authorization matrix, then the structure of its
// kind. It returns warnings that do not reject the file.
func checkRules(m *Manifest, p facts.Set) ([]*model.Error, error) {
	roster := map[string]facts.Row{}
	for _, r := range p[facts.TUnit] {
		roster[str(facts.MustTable(facts.TUnit), r, "unit_id")] = r
	}
	periods := map[string]bool{}
	for _, r := range p[facts.TPeriod] {
		periods[str(facts.MustTable(facts.TPeriod), r, "period_id")] = true
	}
	scope := model.FileScope{Kind: m.Kind, BlocID: m.BlocID, PeriodID: m.PeriodID, Author: m.AuthorID,
		Addressee: m.AddresseeID, InPeriods: func(id string) bool { return periods[id] }}
	if m.Kind != model.KindSubmission && m.Kind != model.KindDecision { // a decision file's units: phase B
		scope.InRoster = func(id string) bool { _, ok := roster[id]; return ok }
	}
	var bad errList
	seen := map[string]*model.Error{}
	for _, t := range facts.Payload() {
		for _, r := range p[t.Name] {
			err := model.CheckFileRow(scope, t.Name, rowKeys(t, r))
			if err == nil {
				continue
			}
			me := err.(*model.Error)
			key := me.Code + "/" + t.Name
			if n, ok := seen[key]; ok {
				n.Params[1] = n.Params[1].(int) + 1
			} else if len(bad) < maxListed {
				seen[key] = model.Errorf(ERows, me, 1)
				bad = append(bad, seen[key])
			}
		}
	}
	if len(bad) > 0 {
		return nil, model.Errorf(ENotOwned, bad)
	}
	score := facts.MustTable(facts.TScore)
	for _, r := range p[facts.TScore] {
		if str(score, r, "stage") == model.StageSelf.String() && r[score.Col("based_on")] != nil {
			return nil, model.Errorf(EStructure).WithCause(errors.New("score.based_on"))
		}
	}
	if m.Kind == model.KindSubmission || m.Kind == model.KindDecision {
		return nil, nil // a decision file's values are judged against the leader's table (phase B)
	}
	if err := checkEndorsements(m, p, roster); err != nil {
		return nil, err
	}
	trees, err := checkSetup(m, p, roster, periods)
	if err != nil {
		return nil, err
	}
	if m.Kind == model.KindSetup || m.Kind == model.KindHandover {
		if err := checkSetupValues(p, trees); err != nil || m.Kind == model.KindSetup {
			return nil, err
		}
		return nil, checkHandoverHistory(m, p, roster, periods)
	}
	if err := checkBlocValues(m, p, trees); err != nil {
		return nil, err
	}
	return checkNested(m, p, roster)
}

// checkSetup checks the setup part of a setup or bloc file: one bloc led by
// the author, a roster holding the author (and the addressee, active), the
// manifest's period, criteria versions whose rows hash to their ids, and
// rules the program can read. It returns each period's criteria table.
func checkSetup(m *Manifest, p facts.Set, roster map[string]facts.Row, periods map[string]bool) (map[string]*model.Tree, error) {
	bt, ut := facts.MustTable(facts.TBloc), facts.MustTable(facts.TUnit)
	// The province's confirmation names the bloc led by its addressee; the
	// province is no unit of the roster.
	leader, confirmation := m.AuthorID, m.AuthorRole == model.RoleProvince
	if confirmation {
		leader = m.AddresseeID
	}
	if len(p[facts.TBloc]) != 1 || str(bt, p[facts.TBloc][0], "leader_unit_id") != leader {
		return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TBloc))
	}
	if _, ok := roster[m.AuthorID]; !ok && !confirmation {
		return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TUnit))
	}
	if m.Kind == model.KindSetup || m.Kind == model.KindHandover {
		if a, ok := roster[m.AddresseeID]; !ok || str(ut, a, "status") != model.Active.String() {
			return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TUnit))
		}
	}
	if !periods[m.PeriodID] {
		return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TPeriod))
	}
	vt, ct := facts.MustTable(facts.TVersion), facts.MustTable(facts.TCriterion)
	rows := map[string][]model.Criterion{}
	for _, r := range p[facts.TCriterion] {
		c, err := criterionOf(ct, r)
		if err != nil {
			return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TCriterion))
		}
		v := str(ct, r, "version_id")
		rows[v] = append(rows[v], c)
	}
	byVersion := map[string]*model.Tree{}
	hashes := map[string]string{}
	for _, r := range p[facts.TVersion] {
		id, hash := str(vt, r, "version_id"), str(vt, r, "version_hash")
		tree, err := model.NewTree(rows[id])
		if err != nil || model.CriteriaHash(rows[id]) != hash {
			return nil, model.Errorf(ECriteriaHash, str(vt, r, "label"))
		}
		byVersion[id], hashes[id] = tree, hash
		delete(rows, id)
	}
	if len(rows) > 0 {
		return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TCriterion))
	}
	pt := facts.MustTable(facts.TPeriod)
	trees := map[string]*model.Tree{}
	for _, r := range p[facts.TPeriod] {
		id, v := str(pt, r, "period_id"), str(pt, r, "version_id")
		if byVersion[v] == nil {
			return nil, model.Errorf(EStructure).WithCause(errors.New(facts.TPeriod))
		}
		trees[id] = byVersion[v]
		if id == m.PeriodID && hashes[v] != m.CriteriaVersion {
			return nil, model.Errorf(ECriteriaUnkown)
		}
	}
	return trees, checkRuleRows(p, trees)
}

// criterionOf reads a criterion row.
func criterionOf(t *facts.Table, r facts.Row) (model.Criterion, error) {
	c := model.Criterion{ID: str(t, r, "criterion_id"), ParentID: str(t, r, "parent_id"), Code: str(t, r, "code"),
		Title: str(t, r, "title"), Guidance: str(t, r, "guidance")}
	pos, _ := r[t.Col("position")].(int64)
	max, _ := r[t.Col("max_x100")].(int64)
	capped, _ := r[t.Col("capped")].(int64)
	c.Position, c.Max, c.Capped = int(pos), model.Points(max), capped == 1
	var ok bool
	if c.Kind, ok = model.ParseKind(str(t, r, "kind")); !ok || c.Kind.String() != str(t, r, "kind") {
		return c, model.Errorf(model.ETreeKindUnknown, str(t, r, "kind"))
	}
	var err error
	if c.Rule, err = model.ParseRule(str(t, r, "rule")); err == nil && c.Rule.String() != str(t, r, "rule") {
		err = model.Errorf(model.ERuleText, str(t, r, "rule"))
	}
	return c, err
}

// checkRuleRows checks that every period's rules and award rules read back
// as the program would read them from its own database.
func checkRuleRows(p facts.Set, trees map[string]*model.Tree) error {
	rt, at := facts.MustTable(facts.TRules), facts.MustTable(facts.TAwardRule)
	for _, r := range p[facts.TRules] {
		if _, err := model.ParseTieBreaks(str(rt, r, "tie_breaks"), trees[str(rt, r, "period_id")]); err != nil {
			return model.Errorf(EStructure).WithCause(errors.New(facts.TRules))
		}
		for _, c := range []string{"step_x100", "bonus_cap_x100", "deduction_cap_x100"} {
			if v, _ := r[rt.Col(c)].(int64); v < 0 {
				return model.Errorf(EStructure).WithCause(errors.New(facts.TRules))
			}
		}
	}
	for _, r := range p[facts.TAwardRule] {
		a := model.AwardRule{Code: str(at, r, "award_code"), Name: str(at, r, "name")}
		q, _ := r[at.Col("quota")].(int64)
		a.Quota = int(q)
		var err error
		if t := str(at, r, "threshold"); t != "" {
			a.Threshold, err = model.ParseThreshold(t)
		}
		if err == nil {
			err = a.Validate()
		}
		if err != nil {
			return model.Errorf(EStructure).WithCause(errors.New(facts.TAwardRule))
		}
	}
	return nil
}

// checkBlocValues checks a bloc file's scores against its own criteria
// table and rules: known leaf criteria, within bounds and step.
func checkBlocValues(m *Manifest, p facts.Set, trees map[string]*model.Tree) error {
	tree := trees[m.PeriodID]
	var step model.Points
	rt := facts.MustTable(facts.TRules)
	for _, r := range p[facts.TRules] {
		v, _ := r[rt.Col("step_x100")].(int64)
		step = model.Points(v)
	}
	return checkScores(p, tree, step)
}

// checkScores checks every score row and every criterion a registration,
// return or answer names against a criteria table; the error lists up to
// maxListed codes.
func checkScores(p facts.Set, tree *model.Tree, step model.Points) error {
	st := facts.MustTable(facts.TScore)
	var bad errList
	note := func(err *model.Error) {
		if len(bad) < maxListed {
			bad = append(bad, err)
		}
	}
	for _, r := range p[facts.TScore] {
		c, ok := tree.Get(str(st, r, "criterion_id"))
		if !ok {
			note(model.Errorf(model.ECriterionUnknown, str(st, r, "criterion_id")))
			continue
		}
		pts, _ := r[st.Col("points_x100")].(int64)
		if err := model.CheckFileScore(c, model.Points(pts), str(st, r, "input"), step); err != nil {
			note(model.Errorf("score.entry", strings.TrimSpace(c.Code), err))
		}
	}
	for _, name := range []string{facts.TRegistration, facts.TReturn, facts.TExplanation} {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			if id := str(t, r, "criterion_id"); id != "" {
				if _, ok := tree.Get(id); !ok {
					note(model.Errorf(model.ECriterionUnknown, id))
				}
			}
		}
	}
	if len(bad) > 0 {
		return model.Errorf(EBounds, bad)
	}
	return nil
}

// checkNested re-verifies every unit's signed slice inside a bloc file
// (merge.md §2.10): the embedded manifest is a submission of this bloc and
// period by that unit, signed by the key the roster pins for it, and the
// unit's rows in the bloc file hash to what it signed, so a leader cannot
// rewrite a unit's self-scores. A unit (other than the leader's own) with
// self-scores and no signed slice was typed in by the leader (from paper):
// a warning.
func checkNested(m *Manifest, p facts.Set, roster map[string]facts.Row) ([]*model.Error, error) {
	ut, st := facts.MustTable(facts.TUnit), facts.MustTable(facts.TUnitSigned)
	code := func(id string) string {
		if r, ok := roster[id]; ok {
			return str(ut, r, "code")
		}
		return id
	}
	signed := map[string]bool{}
	slices := unitSlices(p)
	for _, r := range p[facts.TUnitSigned] {
		unit := str(st, r, "unit_id")
		mr := fromEmbedded(r)
		um, err := parseManifest(mr)
		if err != nil || um.Kind != model.KindSubmission || um.BlocID != m.BlocID || um.PeriodID != m.PeriodID ||
			!signatureOK(mr) {
			return nil, model.Errorf(ENested, code(unit))
		}
		if key, _ := roster[unit][ut.Col("public_key")].([]byte); key != nil && string(key) != string(um.PublicKey) {
			return nil, model.Errorf(ENestedKey, code(unit))
		}
		if contentHash(um.Format, model.KindSubmission, slices[unit]) != um.ContentHash {
			return nil, model.Errorf(ENested, code(unit))
		}
		signed[unit] = true
	}
	var warn []*model.Error
	seen := map[string]bool{}
	for _, name := range model.SignedSliceTables() {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			unit := str(t, r, "unit_id")
			if name == facts.TScore && str(t, r, "stage") != model.StageSelf.String() || signed[unit] || seen[unit] ||
				unit == m.AuthorID {
				continue
			}
			seen[unit] = true
			warn = append(warn, model.Errorf(WUnsigned, code(unit)))
		}
	}
	return warn, nil
}

// unitSlices splits a bloc file's unit-owned rows by unit, as UnitSlice
// does for one unit, in one pass.
func unitSlices(p facts.Set) map[string]facts.Set {
	out := map[string]facts.Set{}
	for _, name := range model.SignedSliceTables() {
		t := facts.MustTable(name)
		for _, r := range p[name] {
			if name == facts.TScore && str(t, r, "stage") != model.StageSelf.String() {
				continue
			}
			unit := str(t, r, "unit_id")
			if out[unit] == nil {
				out[unit] = facts.Set{}
			}
			out[unit][name] = append(out[unit][name], r)
		}
	}
	return out
}

// checkSetupValues checks the province's rows a setup file passes on:
// each period's province-stage scores against that period's table and
// step, each decision against that period's award rules.
func checkSetupValues(p facts.Set, trees map[string]*model.Tree) error {
	rt, at, dt := facts.MustTable(facts.TRules), facts.MustTable(facts.TAwardRule), facts.MustTable(facts.TDecision)
	for period, tree := range trees {
		var step int64
		for _, r := range facts.Filter(rt, p[facts.TRules], "period_id", period) {
			step, _ = r[rt.Col("step_x100")].(int64)
		}
		rows := facts.Set{}
		for _, name := range []string{facts.TScore, facts.TRegistration, facts.TReturn, facts.TExplanation} {
			rows[name] = facts.Filter(facts.MustTable(name), p[name], "period_id", period)
		}
		if err := checkScores(rows, tree, model.Points(step)); err != nil {
			return err
		}
		var awards []model.AwardRule
		for _, r := range facts.Filter(at, p[facts.TAwardRule], "period_id", period) {
			awards = append(awards, model.AwardRule{Code: str(at, r, "award_code")})
		}
		var ds []model.Decision
		for _, r := range facts.Filter(dt, p[facts.TDecision], "period_id", period) {
			d := model.DecisionOfRow(r)
			if err := d.Validate(awards); err != nil {
				return model.Errorf(EStructure).WithCause(err)
			}
			ds = append(ds, d)
		}
		reps := facts.Filter(facts.MustTable(facts.TReplacement), p[facts.TReplacement], "period_id", period)
		if err := checkDecisions(ds, reps, nil, codeIn(p)); err != nil {
			return model.Errorf(EStructure).WithCause(err)
		}
	}
	return nil
}

// codeIn names a unit id by its code in a file's roster (the id itself
// when the roster lacks it).
func codeIn(p facts.Set) func(string) string {
	ut := facts.MustTable(facts.TUnit)
	return func(id string) string {
		for _, r := range p[facts.TUnit] {
			if str(ut, r, "unit_id") == id {
				return str(ut, r, "code")
			}
		}
		return id
	}
}

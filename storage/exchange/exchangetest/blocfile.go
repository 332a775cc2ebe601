package exchangetest

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"sort"
	"time"

	"thidua/model"
	"thidua/model/facts"
	"thidua/storage/exchange"
)

// BlocFile writes a bloc file for the province straight from a Spec,
// without a leader's database: the roster with every unit's key, the
// criteria table, period 2024, every unit's self-scores with its signed
// submission manifest, some bloc review scores and the ranking, signed by
// the leader (unit L00). Version variant changes the scores and the seq.
// Ids are the Spec's code with a suffix, so blocs never share one.
func BlocFile(ctx context.Context, path string, s Spec, variant int) error {
	blocID, period, version := "b-"+s.Code, s.Code+"-p2024", s.Code+"-v1"
	leaderID := s.Code + "-L00"
	leaves := s.leaves()
	rows := s.Table()
	p := facts.Set{
		facts.TBloc:    {{blocID, s.Code, "Khối thi đua " + s.Code, leaderID, nil}},
		facts.TVersion: {{version, blocID, model.CriteriaHash(rows), "Bảng tiêu chí", nil, "2024-01-02T00:00:00Z"}},
		facts.TPeriod:  {{period, blocID, "2024", "Năm 2024", "year", "", "", version, "", ""}},
		facts.TRules:   {{period, int64(0), int64(0), int64(0), "standard,deduction,bonus", "skip"}},
	}
	for _, c := range rows {
		var parent any
		if c.ParentID != "" {
			parent = c.ParentID
		}
		p[facts.TCriterion] = append(p[facts.TCriterion], facts.Row{version, c.ID, parent, int64(c.Position), c.Code, c.Title,
			c.Kind.String(), int64(c.Max), int64(0), "direct", ""})
	}
	leaderKey := s.Key("L00")
	p[facts.TUnit] = append(p[facts.TUnit], facts.Row{leaderID, blocID, "L00", "Đơn vị khối trưởng " + s.Code, "Khối trưởng",
		"", "active", "", []byte(leaderKey.Public().(ed25519.PublicKey)), "self"})
	totals := map[string]int64{}
	seq := int64(baseSeq + 10*variant)
	for i := range s.Units {
		code := unitCode(i)
		id := s.Code + "-" + code
		key := s.Key(code)
		p[facts.TUnit] = append(p[facts.TUnit], facts.Row{id, blocID, code, fmt.Sprintf("Đơn vị số %d khối %s", i+1, s.Code), "",
			"", "active", "", []byte(key.Public().(ed25519.PublicKey)), "setup_code"})
		slice := Slice(period, id, leaves, variant+i)
		for name, r := range slice {
			p[name] = append(p[name], r...)
		}
		for _, r := range slice[facts.TScore] {
			totals[id] += r[4].(int64)
		}
		m := exchange.Manifest{Kind: model.KindSubmission, AuthorRole: model.RoleUnit, BlocID: blocID, BlocCode: s.Code,
			PeriodID: period, PeriodCode: "2024", AuthorID: id, AuthorCode: code, CriteriaVersion: model.CriteriaHash(rows),
			Seq: seq - 5, CreatedAt: time.Unix(seq-5, 0).UTC().Format(time.RFC3339), AppVersion: "gen"}
		exchange.Seal(&m, slice, key)
		p[facts.TUnitSigned] = append(p[facts.TUnitSigned], m.Embedded())
		if i%4 == 0 {
			p[facts.TScore] = append(p[facts.TScore], facts.Row{period, id, leaves[0].ID, "bloc", int64(100), "", "Khối chấm lại", "",
				m.ContentHash})
		}
	}
	ids := make([]string, 0, len(totals))
	for id := range totals {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(a, b int) bool {
		return totals[ids[a]] > totals[ids[b]] || totals[ids[a]] == totals[ids[b]] && ids[a] < ids[b]
	})
	for rank, id := range ids {
		p[facts.TRanking] = append(p[facts.TRanking], facts.Row{period, id, "self", totals[id], int64(rank + 1), int64(0), ""})
	}
	m := exchange.Manifest{Kind: model.KindBlocFile, AuthorRole: model.RoleLeader, BlocID: blocID, BlocCode: s.Code,
		PeriodID: period, PeriodCode: "2024", AuthorID: leaderID, AuthorCode: "L00", CriteriaVersion: model.CriteriaHash(rows),
		Seq: seq, CreatedAt: time.Unix(seq, 0).UTC().Format(time.RFC3339), AppVersion: "gen"}
	return exchange.WriteSigned(ctx, path, m, p, leaderKey)
}

// leaves returns the scorable criteria of the Spec's table, in order.
func (s Spec) leaves() []model.Criterion {
	var out []model.Criterion
	for _, c := range s.Table() {
		if c.Kind != model.Group {
			out = append(out, c)
		}
	}
	return out
}

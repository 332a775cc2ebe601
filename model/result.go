package model

// PeriodResult is a period's outcome: every unit's totals, the ranking, the
// award proposals and the province's decisions, with what they were computed
// from. Storage assembles it; screens and reports only read it.
type PeriodResult struct {
	Bloc      Bloc
	Period    Period
	Tree      *Tree
	Rules     Rules
	Units     map[string]Unit   // by id
	Self      map[string]Totals // self-stage totals by unit id: the sums and blank rows, without Value
	Ranking   Ranking
	Proposals Proposals
	Blocks    []Block
	Ballots   map[string]Ballot
	Votes     map[string]map[string]int
	Decisions []Decision
}

// Codes maps unit ids to codes, for messages.
func (r *PeriodResult) Codes() map[string]string {
	out := make(map[string]string, len(r.Units))
	for id, u := range r.Units {
		out[id] = u.Code
	}
	return out
}

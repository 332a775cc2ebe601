package model

// HandoverChoice is what the outgoing leader's handover dialog proposes:
// the unit the newest year-end meeting elected to lead, and the units the
// leader may choose instead.
type HandoverChoice struct {
	// Elected is the leader elected at the newest meeting that elected
	// one, with its vote; ElectedAt is that meeting's period. Zero when no
	// meeting recorded an election.
	Elected   Office
	ElectedAt Period
	// Units are the bloc's active units but this installation's own, by
	// code: who may take over.
	Units []Unit
	// Dir is the folder exports go to, where the file is offered to go.
	Dir string
}

// HasElected reports whether a meeting recorded the next leader.
func (c HandoverChoice) HasElected() bool { return c.Elected.UnitID != "" }

// Index returns the position in Units of the unit with id, or -1.
func (c HandoverChoice) Index(unitID string) int {
	for i, u := range c.Units {
		if u.ID == unitID {
			return i
		}
	}
	return -1
}

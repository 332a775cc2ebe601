package model

// Rules are a bloc's scoring and ranking rules for one period (its "quy
// chế"). Blocs set their own: there is no national tie-break, cap or vote
// threshold.
type Rules struct {
	// Step is the score step typed points must be a multiple of (0.25,
	// 0.5); 0 means any hundredth.
	Step      Points
	Caps      Caps
	TieBreaks []TieBreak
	Numbering Numbering
	Awards    []AwardRule
}

// DefaultRules are the rules of a new period: hundredths, no bloc-wide caps
// beyond the table's own, DESIGN's default tie-breaks, ranks 1, 2, 2, 4.
func DefaultRules() Rules {
	return Rules{TieBreaks: DefaultTieBreaks()}
}

// Validate checks the rules.
func (r *Rules) Validate() error {
	if r.Step < 0 {
		return Errorf(ERuleBadStep, r.Step)
	}
	if r.Caps.Bonus < 0 {
		return Errorf(ERuleBadCap, r.Caps.Bonus)
	}
	if r.Caps.Deduction < 0 {
		return Errorf(ERuleBadCap, r.Caps.Deduction)
	}
	seen := map[string]bool{}
	for i := range r.Awards {
		if err := r.Awards[i].Validate(); err != nil {
			return err
		}
		if seen[r.Awards[i].Code] {
			return Errorf(ERuleDupAward, r.Awards[i].Code)
		}
		seen[r.Awards[i].Code] = true
	}
	return nil
}

// Award returns the award rule with the given code.
func (r *Rules) Award(code string) (AwardRule, bool) {
	for _, a := range r.Awards {
		if a.Code == code {
			return a, true
		}
	}
	return AwardRule{}, false
}

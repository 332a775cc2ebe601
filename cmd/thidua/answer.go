package main

import (
	"context"

	"thidua/model"
)

// runAnswer is the unit's side of the review round: with CODE=answer pairs
// it records its explanation ("giải trình") for returned criteria, to go
// in its next submission; without, it shows the leader's reasons and its
// answers.
func runAnswer(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("answer", false)
	periodCode := fs.String("period", "", "")
	pos, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	pairs, err := c.pairs(pos)
	if err != nil {
		return err
	}
	s, err := c.session(ctx, "", *periodCode)
	if err != nil {
		return err
	}
	defer s.db.Close()
	if len(pairs) == 0 {
		return c.printReturns(ctx, s.db, s.period, s.actor.UnitID)
	}
	list := make([]model.Explanation, len(pairs))
	for i, p := range pairs {
		list[i] = model.Explanation{UnitID: s.actor.UnitID, CriterionID: p[0], Answer: p[1]}
	}
	// All the answers, or none.
	if err := s.db.SetExplanations(ctx, s.actor, s.period.ID, list); err != nil {
		return err
	}
	c.printf("exchange.cli.answered", len(pairs))
	return nil
}

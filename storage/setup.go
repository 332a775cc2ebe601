package storage

import (
	"context"

	"thidua/model"
)

// NewBloc is the model's description of a whole new bloc, named here too.
type NewBloc = model.NewBloc

// SetupBloc starts a bloc from nothing in one transaction: the bloc and its
// units, this installation as leader, the criteria table issued, and the
// first period with its rules. Either all of it exists afterwards or none
// of it does.
func (db *DB) SetupBloc(ctx context.Context, n NewBloc) (model.Bloc, error) {
	var b model.Bloc
	err := db.write(ctx, func(tx *Tx) error {
		if _, err := installation(ctx, tx); err == nil {
			return model.Errorf(EBlocExists)
		}
		var err error
		if b, err = createBloc(ctx, tx, n.Bloc); err != nil {
			return err
		}
		actor := model.Actor{Role: model.RoleLeader, UnitID: b.LeaderUnitID}
		vid, err := createDraft(ctx, tx, actor, b.ID, n.CriteriaLabel, "", n.Criteria)
		if err != nil {
			return err
		}
		if _, err := issueVersion(ctx, tx, actor, vid); err != nil {
			return err
		}
		n.Period.CriteriaVersionID = vid
		_, err = createPeriod(ctx, tx, actor, b.ID, n.Period, n.Rules)
		return err
	})
	return b, err
}

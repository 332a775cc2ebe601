package storage

import (
	"context"

	"thidua/model"
)

// WSetupDropped: a self-score a setup's new criteria table could not keep.
const WSetupDropped = "exchange.warn.setup_dropped"

// rescore moves a period's scores from its old criteria version to the new
// one a setup brings: a score keeps its criterion of the same code and kind
// (a code each table has once: "1." under two parts is never guessed)
// when it fits the new maximum (the new table's criteria have new ids, so
// matching by id alone dropped every score typed on the old one, without
// a word). The others — a criterion removed, a score above a lowered
// maximum — are removed and named in tx.dropped (the unit's own, as
// warnings), so the person sees what was typed and scores it again.
func rescore(ctx context.Context, tx *Tx, period, oldVersion, newVersion string) error {
	const match = `SELECT n.criterion_id FROM criterion o JOIN criterion n ON trim(n.code) = trim(o.code) AND n.kind = o.kind
		WHERE o.version_id = ?2 AND n.version_id = ?3 AND o.criterion_id = score.criterion_id AND abs(score.points_x100) <= n.max_x100
		AND (SELECT count(*) FROM criterion x WHERE x.version_id = ?3 AND trim(x.code) = trim(o.code)) = 1
		AND (SELECT count(*) FROM criterion y WHERE y.version_id = ?2 AND trim(y.code) = trim(o.code)) = 1`
	if _, err := tx.ExecContext(ctx, `UPDATE OR IGNORE score SET criterion_id = (`+match+`)
		WHERE period_id = ?1 AND criterion_id NOT IN (SELECT criterion_id FROM criterion WHERE version_id = ?3)
		AND EXISTS (`+match+`)`, period, oldVersion, newVersion); err != nil {
		return err
	}
	err := scanEach(ctx, tx, `SELECT coalesce(trim(o.code), score.criterion_id), score.stage, score.points_x100 FROM score
		LEFT JOIN criterion o ON o.version_id = ?2 AND o.criterion_id = score.criterion_id
		WHERE score.period_id = ?1 AND score.criterion_id NOT IN (SELECT criterion_id FROM criterion WHERE version_id = ?3)
		ORDER BY 1, 2`, func(r scanner) error {
		var code, stage string
		var pts int64
		err := r.Scan(&code, &stage, &pts)
		if stage == "self" {
			tx.dropped = append(tx.dropped, model.Errorf(WSetupDropped, code, model.Points(pts)))
		}
		return err
	}, period, oldVersion, newVersion)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM score WHERE period_id = ? AND criterion_id NOT IN
		(SELECT criterion_id FROM criterion WHERE version_id = ?)`, period, newVersion)
	return err
}

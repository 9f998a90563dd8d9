package sqldb

import (
	"context"

	"github.com/rastro-project/rastro"
)

// ActCounts is what the acts recorded for one incident add up to, to show
// beside the count a source reported for the whole incident.
type ActCounts struct {
	Killed  int `json:"killed"`
	Injured int `json:"injured"`
	Acts    int `json:"acts"`
}

// CountActs tallies the acts of the given incidents in one query, so that a
// page of incidents costs one query however long it is. Incidents without
// acts are absent from the map.
func (db *DB) CountActs(ctx context.Context, incidentIDs []int64) (map[int64]ActCounts, error) {
	out := make(map[int64]ActCounts, len(incidentIDs))
	ids := idArgs(incidentIDs)
	if len(ids) == 0 {
		return out, nil
	}
	args := append([]any{string(rastro.ActKilled), string(rastro.ActInjured)}, ids...)
	err := db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, `SELECT incident_id,
				SUM(CASE WHEN type = ? THEN 1 ELSE 0 END),
				SUM(CASE WHEN type = ? THEN 1 ELSE 0 END),
				COUNT(*)
			FROM acts WHERE incident_id IN (`+Placeholders(len(ids))+`) GROUP BY incident_id`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var c ActCounts
			if err := rows.Scan(&id, &c.Killed, &c.Injured, &c.Acts); err != nil {
				return err
			}
			out[id] = c
		}
		return rows.Err()
	})
	return out, err
}

// PlaceNames names the given places in one query (a page's worth).
func (db *DB) PlaceNames(ctx context.Context, placeIDs []int64) (map[int64]string, error) {
	return db.names(ctx, "places", "name", placeIDs)
}

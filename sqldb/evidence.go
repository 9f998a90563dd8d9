package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
)

// EvidenceService keeps evidence records and their custody log; see
// rastro.EvidenceService. Custody entries are sealed by the Sealer inside the
// transaction that appends them.
type EvidenceService struct {
	db     *DB
	sealer rastro.Sealer
}

var _ rastro.EvidenceService = (*EvidenceService)(nil)

// NewEvidenceService returns the evidence store of db, sealing custody
// entries with sealer.
func NewEvidenceService(db *DB, sealer rastro.Sealer) *EvidenceService {
	return &EvidenceService{db: db, sealer: sealer}
}

const evidenceCols = `id, version, created_at, updated_at, sha256, size, original_name, media_type, metadata, labels,
	incident_id, act_id, person_id, derived_from, collected_by, collected_at, source_url, note`

func (s *EvidenceService) FindEvidence(ctx context.Context, id int64) (*rastro.EvidenceItem, error) {
	var item *rastro.EvidenceItem
	err := s.db.View(ctx, func(tx *Tx) error {
		var err error
		item, err = findEvidence(ctx, tx, id)
		return err
	})
	return item, err
}

func findEvidence(ctx context.Context, tx *Tx, id int64) (*rastro.EvidenceItem, error) {
	items, _, err := listEvidence(ctx, tx, rastro.EvidenceFilter{ID: &id})
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "no evidence item %d", id)
	}
	return items[0], nil
}

func (s *EvidenceService) ListEvidence(ctx context.Context, f rastro.EvidenceFilter) ([]*rastro.EvidenceItem, int, error) {
	var items []*rastro.EvidenceItem
	var n int
	err := s.db.View(ctx, func(tx *Tx) error {
		var err error
		items, n, err = listEvidence(ctx, tx, f)
		return err
	})
	return items, n, err
}

func listEvidence(ctx context.Context, tx *Tx, f rastro.EvidenceFilter) ([]*rastro.EvidenceItem, int, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.ID != nil {
		where, args = append(where, "id = ?"), append(args, *f.ID)
	}
	if f.SHA256 != nil {
		where, args = append(where, "sha256 = ?"), append(args, *f.SHA256)
	}
	if f.IncidentID != nil {
		where = append(where, "(incident_id = ? OR act_id IN (SELECT id FROM acts WHERE incident_id = ?))")
		args = append(args, *f.IncidentID, *f.IncidentID)
	}
	if f.ActID != nil {
		where, args = append(where, "act_id = ?"), append(args, *f.ActID)
	}
	if f.PersonID != nil {
		where, args = append(where, "person_id = ?"), append(args, *f.PersonID)
	}
	cond := strings.Join(where, " AND ")
	if len(where) > 1 {
		args = planEach(tx.Dialect(), args)
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT count(*) FROM evidence_items WHERE `+cond, args...).Scan(&n); err != nil {
		return nil, 0, err
	}
	q := `SELECT ` + evidenceCols + ` FROM evidence_items WHERE ` + cond + ` ORDER BY id`
	if f.Limit > 0 {
		q += " LIMIT ? OFFSET ?"
		args = append(args, f.Limit, max(f.Offset, 0))
	}
	rows, err := tx.Query(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*rastro.EvidenceItem
	for rows.Next() {
		item, err := scanEvidence(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, item)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, err
	}
	rows.Close()
	return out, n, withholdEvidence(ctx, tx, out)
}

func scanEvidence(rows *sql.Rows) (*rastro.EvidenceItem, error) {
	var e rastro.EvidenceItem
	var created, updated, metadata, labels string
	var incident, act, person, derived sql.NullInt64
	var collectedAt sql.NullString
	if err := rows.Scan(&e.ID, &e.Version, &created, &updated, &e.SHA256, &e.Size, &e.OriginalName, &e.MediaType,
		&metadata, &labels, &incident, &act, &person, &derived, &e.CollectedBy, &collectedAt, &e.SourceURL, &e.Note); err != nil {
		return nil, err
	}
	var err error
	if e.CreatedAt, err = parseEvidenceTime(created); err != nil {
		return nil, err
	}
	if e.UpdatedAt, err = parseEvidenceTime(updated); err != nil {
		return nil, err
	}
	if collectedAt.Valid {
		t, err := parseEvidenceTime(collectedAt.String)
		if err != nil {
			return nil, err
		}
		e.CollectedAt = &t
	}
	if err := json.Unmarshal([]byte(metadata), &e.Metadata); err != nil {
		return nil, fmt.Errorf("evidence %d metadata: %w", e.ID, err)
	}
	if err := json.Unmarshal([]byte(labels), &e.Labels); err != nil {
		return nil, fmt.Errorf("evidence %d labels: %w", e.ID, err)
	}
	e.IncidentID, e.ActID, e.PersonID, e.DerivedFrom = incident.Int64, act.Int64, person.Int64, derived.Int64
	return &e, nil
}

// evidenceTimeLayout keeps microseconds at a fixed width, as every time
// column does, so both databases give the same text back.
const evidenceTimeLayout = "2006-01-02T15:04:05.000000Z"

func evidenceTime(t time.Time) string { return t.UTC().Format(evidenceTimeLayout) }

func parseEvidenceTime(s string) (time.Time, error) {
	t, err := time.Parse(evidenceTimeLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad timestamp %q: %w", s, err)
	}
	return t, nil
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func (s *EvidenceService) CreateEvidence(ctx context.Context, item *rastro.EvidenceItem, entries []*rastro.CustodyEntry) error {
	if err := item.Validate(); err != nil {
		return err
	}
	for _, e := range entries {
		e.ItemID = 1 // checked properly once the item has its ID
		if err := e.ValidateFields(); err != nil {
			return err
		}
	}
	return s.db.Update(ctx, func(tx *Tx) error {
		if err := checkEvidenceLinks(ctx, tx, item); err != nil {
			return err
		}
		var held int64
		err := tx.QueryRow(ctx, `SELECT id FROM evidence_items WHERE sha256 = ?`, item.SHA256).Scan(&held)
		if err == nil {
			return rastro.Errorf(rastro.ECONFLICT, "%s is already held as evidence item %d (same SHA-256)", item.OriginalName, held)
		} else if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		metadata, err := json.Marshal(item.Metadata)
		if err != nil {
			return err
		}
		labels := item.Labels
		if labels == nil {
			labels = []rastro.Label{}
		}
		labelJSON, _ := json.Marshal(labels)
		var collectedAt any
		if item.CollectedAt != nil {
			t := item.CollectedAt.UTC().Truncate(time.Microsecond)
			item.CollectedAt = &t
			collectedAt = evidenceTime(t)
		}
		now := evidenceTime(tx.Now)
		err = tx.QueryRow(ctx, `INSERT INTO evidence_items (version, created_at, updated_at, sha256, size, original_name, media_type,
			metadata, labels, incident_id, act_id, person_id, derived_from, collected_by, collected_at, source_url, note)
			VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			now, now, item.SHA256, item.Size, item.OriginalName, item.MediaType, string(metadata), string(labelJSON),
			nullID(item.IncidentID), nullID(item.ActID), nullID(item.PersonID), nullID(item.DerivedFrom),
			item.CollectedBy, collectedAt, item.SourceURL, item.Note).Scan(&item.ID)
		if err != nil {
			return err
		}
		item.Version, item.CreatedAt, item.UpdatedAt, item.Labels = 1, tx.Now, tx.Now, labels
		for _, e := range entries {
			e.ItemID, e.ItemSHA256 = item.ID, item.SHA256
			if err := s.appendCustody(ctx, tx, e); err != nil {
				return err
			}
		}
		return auditChange(ctx, tx, rastro.AuditCreate, "evidence_item", item.ID, nil, item, "")
	})
}

// checkEvidenceLinks checks that linked records exist and fills the incident
// of an item linked to an act, so that the item supports both.
func checkEvidenceLinks(ctx context.Context, tx *Tx, item *rastro.EvidenceItem) error {
	exists := func(table, noun string, id int64) error {
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM `+table+` WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return rastro.Errorf(rastro.EINVALID, "%s: no %s with ID %d", item.OriginalName, noun, id)
		}
		return nil
	}
	if item.ActID > 0 {
		var incident int64
		err := tx.QueryRow(ctx, `SELECT incident_id FROM acts WHERE id = ?`, item.ActID).Scan(&incident)
		if errors.Is(err, sql.ErrNoRows) {
			return rastro.Errorf(rastro.EINVALID, "%s: no act with ID %d", item.OriginalName, item.ActID)
		} else if err != nil {
			return err
		}
		if item.IncidentID > 0 && item.IncidentID != incident {
			return rastro.Errorf(rastro.EINVALID, "%s: act %d belongs to incident %d, not %d", item.OriginalName, item.ActID, incident, item.IncidentID)
		}
		item.IncidentID = incident
	}
	if item.IncidentID > 0 {
		if err := exists("incidents", "incident", item.IncidentID); err != nil {
			return err
		}
	}
	if item.PersonID > 0 {
		if err := exists("persons", "person", item.PersonID); err != nil {
			return err
		}
	}
	if item.DerivedFrom > 0 {
		if err := exists("evidence_items", "evidence item", item.DerivedFrom); err != nil {
			return err
		}
	}
	return nil
}

func (s *EvidenceService) SetLabels(ctx context.Context, id int64, labels []rastro.Label, entry *rastro.CustodyEntry) error {
	for _, l := range labels {
		if _, err := rastro.ParseLabel(string(l)); err != nil {
			return err
		}
	}
	if labels == nil {
		labels = []rastro.Label{}
	}
	labelJSON, _ := json.Marshal(labels)
	return s.db.Update(ctx, func(tx *Tx) error {
		item, err := findEvidence(ctx, tx, id)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `UPDATE evidence_items SET labels = ?, version = version + 1, updated_at = ? WHERE id = ?`,
			string(labelJSON), evidenceTime(tx.Now), id); err != nil {
			return err
		}
		entry.ItemID, entry.ItemSHA256, entry.Action = id, item.SHA256, rastro.CustodyAnnotated
		if err := auditChange(ctx, tx, rastro.AuditUpdate, "evidence_item", id, map[string]any{"labels": item.Labels}, map[string]any{"labels": labels}, ""); err != nil {
			return err
		}
		return s.appendCustody(ctx, tx, entry)
	})
}

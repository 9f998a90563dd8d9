package sqldb

import (
	"context"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// protectedEvidence is the condition on evidence_items of items that only
// readers of protected data may see: labelled protected_witness, or linked
// to a protected person (directly, or as the victim of the linked act).
const protectedEvidence = `(labels LIKE '%"protected_witness"%'
	OR person_id IN (SELECT id FROM persons WHERE protected)
	OR act_id IN (SELECT a.id FROM acts a JOIN persons p ON p.id = a.victim_id WHERE p.protected))`

// withheldItems returns the IDs among ids of items the context may not see
// in full: none for readers of protected data, and none for the program's
// own work, which acts for no user (verification, the locker's lookups);
// every request of the web app and the API acts for its user.
func withheldItems(ctx context.Context, tx *Tx, ids []int64) (map[int64]bool, error) {
	if _, acting := auth.ActorFrom(ctx); !acting || auth.CanReadProtected(ctx) || len(ids) == 0 {
		return nil, nil
	}
	out := map[int64]bool{}
	for start := 0; start < len(ids); start += 500 {
		chunk := ids[start:min(start+500, len(ids))]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		rows, err := tx.Query(ctx, `SELECT id FROM evidence_items WHERE `+protectedEvidence+` AND id IN (`+Placeholders(len(chunk))+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// withholdEvidence replaces, for readers who may not read protected data,
// everything of a protected item but its existence, size, labels and
// incident: the original name, who collected it, from where, the note, the
// metadata (place and time of capture) and the person and act links.
func withholdEvidence(ctx context.Context, tx *Tx, items []*rastro.EvidenceItem) error {
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	hide, err := withheldItems(ctx, tx, ids)
	if err != nil {
		return err
	}
	for _, it := range items {
		if hide[it.ID] {
			*it = rastro.EvidenceItem{Record: it.Record, SHA256: it.SHA256, Size: it.Size, MediaType: it.MediaType,
				OriginalName: rastro.Withheld, Labels: it.Labels, IncidentID: it.IncidentID}
		}
	}
	return nil
}

// withholdCustody blanks the notes (which name the file and who gave it)
// of custody entries of items withheld from the reader.
func withholdCustody(ctx context.Context, tx *Tx, entries []*rastro.CustodyEntry) error {
	seen := map[int64]bool{}
	var ids []int64
	for _, e := range entries {
		if !seen[e.ItemID] {
			seen[e.ItemID] = true
			ids = append(ids, e.ItemID)
		}
	}
	hide, err := withheldItems(ctx, tx, ids)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if hide[e.ItemID] && e.Note != "" && !strings.HasPrefix(e.Note, "SHA-256 ") {
			e.Note = rastro.Withheld
		}
	}
	return nil
}

// Package dependents says what depends on a record and whether it may be
// deleted, and deletes it when it may: the one rule the command line
// (rastro TYPE delete) and the web app (DELETE /api/TYPE/ID and the delete
// confirmation page) share. A record other records refer to, or that
// claims were accepted into or linked to, is not deleted; a record that
// cites sources is deleted only when the caller says it knows its
// citations go with it.
package dependents

import (
	"context"
	"fmt"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
)

// Kind is a record type: its name in the API and forms (plural, as in
// /api/places), its noun (as on the command line and in claims) and its table.
type Kind struct {
	Name, Noun, Table string
	// Cites: the type's records carry citations (research records).
	Cites  bool
	delete func(db *sqldb.DB) func(ctx context.Context, id int64, version int) error
}

// Kinds are the record types that can be deleted.
var Kinds = []Kind{
	{"incidents", "incident", "incidents", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Incidents().Delete }},
	{"acts", "act", "acts", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Acts().Delete }},
	{"persons", "person", "persons", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Persons().Delete }},
	{"sources", "source", "sources", false, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Sources().Delete }},
	{"places", "place", "places", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Places().Delete }},
	{"units", "unit", "units", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Units().Delete }},
	{"relations", "unit_relation", "unit_relations", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.UnitRelations().Delete }},
	{"postings", "posting", "postings", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Postings().Delete }},
	{"deployments", "deployment", "deployments", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Deployments().Delete }},
	{"discharges", "discharge", "discharges", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Discharges().Delete }},
	{"involvements", "involvement", "involvements", true, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Involvements().Delete }},
	{"claims", "claim", "claims", false, func(db *sqldb.DB) func(context.Context, int64, int) error { return db.Claims().Delete }},
}

// KindOf finds a kind by its name, noun or table.
func KindOf(name string) (Kind, error) {
	for _, k := range Kinds {
		if name == k.Name || name == k.Noun || name == k.Table || name+"s" == k.Name {
			return k, nil
		}
	}
	var names []string
	for _, k := range Kinds {
		names = append(names, k.Name)
	}
	return Kind{}, rastro.Errorf(rastro.EINVALID, "record type %q: want %s", name, strings.Join(names, ", "))
}

// Ref is one kind of record that refers to the record: Count rows of
// Table whose Column holds its ID. Cascade refs go (or are cleared) with
// the record and do not stop its deletion.
type Ref struct {
	Table   string `json:"table"`
	Column  string `json:"column"`
	Count   int    `json:"count"`
	Cascade bool   `json:"cascade,omitempty"`
}

// Report is what depends on one record.
type Report struct {
	Type    string `json:"type"`
	ID      int64  `json:"id"`
	Version int    `json:"version"`
	// Refs are the records that refer to it.
	Refs []Ref `json:"refs"`
	// Claims accepted into it or linked to it.
	Claims int `json:"claims"`
	// Citations are the record's own citations of sources, deleted with it.
	Citations int `json:"citations"`
}

// Blocked reports whether something still refers to the record.
func (r *Report) Blocked() bool {
	return r.Claims > 0 || len(r.Blocking()) > 0
}

// Blocking are the refs that stop the deletion.
func (r *Report) Blocking() []Ref {
	var out []Ref
	for _, f := range r.Refs {
		if !f.Cascade && f.Count > 0 {
			out = append(out, f)
		}
	}
	return out
}

// Reasons names, one line each, what stops the deletion.
func (r *Report) Reasons() []string {
	var out []string
	for _, f := range r.Blocking() {
		out = append(out, fmt.Sprintf("%d %s (%s)", f.Count, strings.ReplaceAll(f.Table, "_", " "), f.Column))
	}
	if r.Claims > 0 {
		out = append(out, fmt.Sprintf("%d claims accepted into or linked to it", r.Claims))
	}
	return out
}

// Of reads what depends on record id of the kind named.
func Of(ctx context.Context, db *sqldb.DB, kind string, id int64) (*Report, error) {
	k, err := KindOf(kind)
	if err != nil {
		return nil, err
	}
	fks, err := db.ForeignKeys(ctx)
	if err != nil {
		return nil, err
	}
	rep := &Report{Type: k.Name, ID: id, Refs: []Ref{}}
	err = db.View(ctx, func(tx *sqldb.Tx) error {
		if err := tx.QueryRow(ctx, "SELECT version FROM "+k.Table+" WHERE id = ?", id).Scan(&rep.Version); err != nil {
			return rastro.Errorf(rastro.ENOTFOUND, "%s %d not found", k.Noun, id)
		}
		count := func(q string, args ...any) (int, error) {
			var n int
			err := tx.QueryRow(ctx, q, args...).Scan(&n)
			return n, err
		}
		for _, fk := range fks {
			if fk.Target != k.Table {
				continue
			}
			n, err := count("SELECT COUNT(*) FROM "+fk.Table+" WHERE "+fk.Column+" = ?", id)
			if err != nil {
				return err
			}
			if n > 0 {
				rep.Refs = append(rep.Refs, Ref{Table: fk.Table, Column: fk.Column, Count: n, Cascade: fk.Cascade})
			}
		}
		if rep.Claims, err = count("SELECT COUNT(*) FROM claims WHERE record_type = ? AND record_id = ?", k.Noun, id); err != nil {
			return err
		}
		if k.Cites {
			rep.Citations, err = count("SELECT COUNT(*) FROM citations WHERE record_type = ? AND record_id = ?", k.Noun, id)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return rep, nil
}

// Delete deletes record id at version, when nothing refers to it. A record
// with citations is deleted only with cited set: the caller has told the
// user that the cited sources lose this record. The audit log records the
// deletion (package sqldb's Delete).
func Delete(ctx context.Context, db *sqldb.DB, kind string, id int64, version int, cited bool) (*Report, error) {
	k, err := KindOf(kind)
	if err != nil {
		return nil, err
	}
	if version <= 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "give the version of %s %d you mean to delete", k.Noun, id)
	}
	rep, err := Of(ctx, db, kind, id)
	if err != nil {
		return nil, err
	}
	if rep.Version != version {
		return rep, rastro.Errorf(rastro.ECONFLICT, "%s %d has changed since version %d (it is now at version %d): nothing was deleted; look at it again", k.Noun, id, version, rep.Version)
	}
	if rep.Blocked() {
		return rep, rastro.Errorf(rastro.ECONFLICT, "%s %d cannot be deleted: %s refer to it; change or delete those first", k.Noun, id, strings.Join(rep.Reasons(), ", "))
	}
	if rep.Citations > 0 && !cited {
		return rep, rastro.Errorf(rastro.ECONFLICT, "%s %d cites sources %d times: its citations are deleted with it; confirm that you mean to delete a cited record", k.Noun, id, rep.Citations)
	}
	return rep, k.delete(db)(ctx, id, version)
}

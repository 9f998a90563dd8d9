package sqldb

import (
	"strings"

	"github.com/rastro-project/rastro/internal/fold"

	"github.com/rastro-project/rastro"
)

// The services: one records value per type, with the filter that turns the
// type's rastro.*Filter into a WHERE clause.

// eq adds "col = ?" when the filter field is set.
func eq[V any](f *Filter, col string, v *V) {
	if v != nil {
		f.Add(col+" = ?", *v)
	}
}

// eqString is eq for string-kinded enumerations, passed as plain strings.
func eqString[V ~string](f *Filter, col string, v *V) {
	if v != nil {
		f.Add(col+" = ?", string(*v))
	}
}

// Contains is the dialect's "needle occurs in haystack" condition, for
// folded substring matches (see package internal/fold).
func Contains(dialect, haystack string) string {
	if dialect == Postgres {
		return "strpos(" + haystack + ", ?) > 0"
	}
	return "instr(" + haystack + ", ?) > 0"
}

// ubigeoPrefix adds "the UBIGEO code starts with p" as a range over the
// six-digit codes (p then zeros to p then nines), which indexes and the
// planner's statistics serve well, unlike a substring or LIKE.
func ubigeoPrefix(f *Filter, col string, p *string) error {
	if p == nil || *p == "" {
		return nil
	}
	if len(*p) > 6 || strings.Trim(*p, "0123456789") != "" {
		return rastro.Errorf(rastro.EINVALID, "UBIGEO prefix %q: want 1 to 6 digits", *p)
	}
	pad := 6 - len(*p)
	f.Add(col+" BETWEEN ? AND ?", *p+strings.Repeat("0", pad), *p+strings.Repeat("9", pad))
	return nil
}

// search adds a full-text condition over the table's index: every word of q
// must occur (in any order, accents and case ignored).
func search(f *Filter, dialect, table, q string) error {
	words := searchWords(q)
	if len(words) == 0 {
		return rastro.Errorf(rastro.EINVALID, "search %q has no words to look for", q)
	}
	if dialect == Postgres {
		f.Add("search @@ to_tsquery('simple', ?)", strings.Join(words, " & "))
		return nil
	}
	f.Add("id IN (SELECT rowid FROM "+table+"_fts WHERE "+table+"_fts MATCH ?)", `"`+strings.Join(words, `" "`)+`"`)
	return nil
}

// hasTag adds "the record carries tag": tags are stored as a JSON list of
// normalised words, so the quoted tag occurs in it exactly when it is one.
func hasTag(f *Filter, d string, tag *string) error {
	if tag == nil {
		return nil
	}
	ts, err := rastro.NormalizeTags([]string{*tag})
	if err != nil {
		return err
	}
	if len(ts) == 0 {
		return nil
	}
	f.Add(Contains(d, "tags"), `"`+ts[0]+`"`)
	return nil
}

func page(f *Filter, offset, limit int) Filter {
	f.Offset, f.Limit = offset, limit
	return *f
}

func sourceFilter(d string, sf rastro.SourceFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", sf.ID)
	eqString(&f, "kind", sf.Kind)
	eq(&f, "sha256", sf.SHA256)
	if err := hasTag(&f, d, sf.Tag); err != nil {
		return f, err
	}
	if sf.Query != nil {
		if err := search(&f, d, "sources", *sf.Query); err != nil {
			return f, err
		}
	}
	return page(&f, sf.Offset, sf.Limit), nil
}

func claimFilter(_ string, cf rastro.ClaimFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", cf.ID)
	eq(&f, "source_id", cf.SourceID)
	eqString(&f, "kind", cf.Kind)
	eqString(&f, "status", cf.Status)
	return page(&f, cf.Offset, cf.Limit), nil
}

func placeFilter(d string, pf rastro.PlaceFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", pf.ID)
	if pf.Name != nil {
		f.Add(Contains(d, "rastro_fold(name)"), fold.Lower(*pf.Name))
	}
	if err := ubigeoPrefix(&f, "ubigeo", pf.Ubigeo); err != nil {
		return f, err
	}
	return page(&f, pf.Offset, pf.Limit), nil
}

func incidentFilter(d string, inf rastro.IncidentFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", inf.ID)
	eq(&f, "place_id", inf.PlaceID)
	if inf.Ubigeo != nil && *inf.Ubigeo != "" {
		var in Filter
		if err := ubigeoPrefix(&in, "ubigeo", inf.Ubigeo); err != nil {
			return f, err
		}
		f.Add("place_id IN (SELECT id FROM places "+in.SQL()+")", in.Args...)
	}
	const day = "2006-01-02"
	if inf.From != nil && !inf.From.IsZero() {
		f.Add("last_day >= ?", inf.From.First().Format(day))
	}
	if inf.To != nil && !inf.To.IsZero() {
		f.Add("first_day <= ?", inf.To.Last().Format(day))
	}
	if inf.Query != nil {
		if err := search(&f, d, "incidents", *inf.Query); err != nil {
			return f, err
		}
	}
	if err := hasTag(&f, d, inf.Tag); err != nil {
		return f, err
	}
	return page(&f, inf.Offset, inf.Limit), nil
}

func actFilter(d string, af rastro.ActFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", af.ID)
	eq(&f, "incident_id", af.IncidentID)
	eq(&f, "victim_id", af.VictimID)
	eqString(&f, "type", af.Type)
	eqString(&f, "munition", af.Munition)
	if err := hasTag(&f, d, af.Tag); err != nil {
		return f, err
	}
	return page(&f, af.Offset, af.Limit), nil
}

func personFilter(d string, pf rastro.PersonFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", pf.ID)
	if pf.Name != nil {
		f.Add(Contains(d, "rastro_fold(name)"), fold.Lower(*pf.Name))
	}
	eqString(&f, "sex", pf.Sex)
	if err := hasTag(&f, d, pf.Tag); err != nil {
		return f, err
	}
	return page(&f, pf.Offset, pf.Limit), nil
}

func involvementFilter(_ string, vf rastro.InvolvementFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", vf.ID)
	eq(&f, "act_id", vf.ActID)
	eq(&f, "person_id", vf.PersonID)
	eq(&f, "unit_id", vf.UnitID)
	eqString(&f, "role", vf.Role)
	return page(&f, vf.Offset, vf.Limit), nil
}

func unitFilter(d string, uf rastro.UnitFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", uf.ID)
	if uf.Name != nil {
		n := fold.Lower(*uf.Name)
		f.Add("("+Contains(d, "rastro_fold(name)")+" OR "+Contains(d, "rastro_fold(coalesce(aliases, ''))")+")", n, n)
	}
	eqString(&f, "force", uf.Force)
	return page(&f, uf.Offset, uf.Limit), nil
}

func unitRelationFilter(_ string, rf rastro.UnitRelationFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", rf.ID)
	eq(&f, "unit_id", rf.UnitID)
	eq(&f, "parent_id", rf.ParentID)
	eqString(&f, "kind", rf.Kind)
	return page(&f, rf.Offset, rf.Limit), nil
}

func postingFilter(_ string, pf rastro.PostingFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", pf.ID)
	eq(&f, "person_id", pf.PersonID)
	eq(&f, "unit_id", pf.UnitID)
	eqString(&f, "role", pf.Role)
	return page(&f, pf.Offset, pf.Limit), nil
}

func deploymentFilter(_ string, df rastro.DeploymentFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", df.ID)
	eq(&f, "unit_id", df.UnitID)
	eq(&f, "place_id", df.PlaceID)
	eq(&f, "incident_id", df.IncidentID)
	return page(&f, df.Offset, df.Limit), nil
}

func dischargeFilter(_ string, df rastro.DischargeFilter) (Filter, error) {
	var f Filter
	eq(&f, "id", df.ID)
	eq(&f, "unit_id", df.UnitID)
	eq(&f, "incident_id", df.IncidentID)
	eq(&f, "place_id", df.PlaceID)
	return page(&f, df.Offset, df.Limit), nil
}

// Sources stores sources and their original bytes.
func (db *DB) Sources() rastro.SourceService {
	return &sourceService{records[rastro.Source, rastro.SourceFilter]{db, sourcesTable, sourceFilter}}
}

func (db *DB) Claims() rastro.ClaimService {
	return &records[rastro.Claim, rastro.ClaimFilter]{db, claimsTable, claimFilter}
}

func (db *DB) Places() rastro.PlaceService {
	return &records[rastro.Place, rastro.PlaceFilter]{db, placesTable, placeFilter}
}

func (db *DB) Incidents() rastro.IncidentService {
	return &records[rastro.Incident, rastro.IncidentFilter]{db, incidentsTable, incidentFilter}
}

func (db *DB) Acts() rastro.ActService {
	return &records[rastro.Act, rastro.ActFilter]{db, actsTable, actFilter}
}

func (db *DB) Persons() rastro.PersonService {
	return &records[rastro.Person, rastro.PersonFilter]{db, personsTable, personFilter}
}

func (db *DB) Involvements() rastro.InvolvementService {
	return &records[rastro.Involvement, rastro.InvolvementFilter]{db, involvementsTable, involvementFilter}
}

func (db *DB) Units() rastro.UnitService {
	return &records[rastro.Unit, rastro.UnitFilter]{db, unitsTable, unitFilter}
}

func (db *DB) UnitRelations() rastro.UnitRelationService {
	return &records[rastro.UnitRelation, rastro.UnitRelationFilter]{db, unitRelationsTable, unitRelationFilter}
}

func (db *DB) Postings() rastro.PostingService {
	return &records[rastro.Posting, rastro.PostingFilter]{db, postingsTable, postingFilter}
}

func (db *DB) Deployments() rastro.DeploymentService {
	return &records[rastro.Deployment, rastro.DeploymentFilter]{db, deploymentsTable, deploymentFilter}
}

func (db *DB) Discharges() rastro.DischargeService {
	return &records[rastro.DischargeRecord, rastro.DischargeFilter]{db, dischargesTable, dischargeFilter}
}

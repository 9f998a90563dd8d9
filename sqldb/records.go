package sqldb

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/rastro-project/rastro"
)

// The record tables. Each lists its own columns with their values and scan
// destinations in one order; see table.

func rangeCols(p string) []string {
	return []string{p + "_start", p + "_start_exact", p + "_end", p + "_end_exact", p + "_open"}
}

func rangeArgs(r rastro.DateRange) []any {
	return []any{DateArg(r.Start), r.StartExact, DateArg(r.End), r.EndExact, r.Open}
}

func rangeDests(r *rastro.DateRange) []any {
	return []any{DateDest(&r.Start), &r.StartExact, DateDest(&r.End), &r.EndExact, &r.Open}
}

func cols(groups ...[]string) []string {
	var out []string
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

var sourcesTable = &table[rastro.Source]{
	name: "sources", noun: "source",
	cols: []string{"kind", "title", "publisher", "url", "published", "language", "media_type", "size", "sha256", "text", "summary", "pages", "tags"},
	args: func(s *rastro.Source) []any {
		return []any{string(s.Kind), s.Title, s.Publisher, s.URL, DateArg(s.Published), s.Language, s.MediaType, s.Size, s.SHA256, s.Text, s.Summary, mustJSON(s.Pages), mustJSON(s.Tags)}
	},
	dests: func(s *rastro.Source) []any {
		return []any{(*string)(&s.Kind), &s.Title, &s.Publisher, &s.URL, DateDest(&s.Published), &s.Language, &s.MediaType, &s.Size, &s.SHA256, &s.Text, &s.Summary, JSONDest(&s.Pages), JSONDest(&s.Tags)}
	},
	record:   func(s *rastro.Source) *rastro.Record { return &s.Record },
	validate: func(s *rastro.Source) error { return s.Validate() },
	// A source's text can run to megabytes and is fixed at intake: the
	// audit log keeps its size, not a second copy.
	auditForm: func(s *rastro.Source) any {
		c := *s
		if c.Text != "" {
			c.Text = fmt.Sprintf("(%d bytes of text)", len(s.Text))
		}
		return &c
	},
}

var claimsTable = &table[rastro.Claim]{
	name: "claims", noun: "claim",
	cols: []string{"source_id", "kind", "start_off", "end_off", "text", "summary", "data", "status", "record_type", "record_id", "note"},
	args: func(c *rastro.Claim) []any {
		return []any{c.SourceID, string(c.Kind), c.Start, c.End, c.Text, c.Summary, rawJSONArg(c.Data), string(c.Status), c.RecordType, IDArg(c.RecordID), c.Note}
	},
	dests: func(c *rastro.Claim) []any {
		return []any{&c.SourceID, (*string)(&c.Kind), &c.Start, &c.End, &c.Text, &c.Summary, rawJSONDest{&c.Data}, (*string)(&c.Status), &c.RecordType, IDDest(&c.RecordID), &c.Note}
	},
	record:   func(c *rastro.Claim) *rastro.Record { return &c.Record },
	validate: validateClaim,
	fks: []fk[rastro.Claim]{
		{"source_id", "sources", "source", func(c *rastro.Claim) int64 { return c.SourceID }},
	},
}

// validateClaim also stores Data in compact form, so that it reads back (and
// exports) the same however it was indented.
func validateClaim(c *rastro.Claim) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if len(bytes.TrimSpace(c.Data)) == 0 {
		c.Data = nil
		return nil
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, c.Data); err != nil {
		return rastro.Errorf(rastro.EINVALID, "claim data is not JSON: %v", err)
	}
	c.Data = buf.Bytes()
	return nil
}

var placesTable = &table[rastro.Place]{
	name: "places", noun: "place",
	cols: []string{"name", "ubigeo", "country", "admin1", "admin2", "admin3", "latitude", "longitude", "geo_precision"},
	args: func(p *rastro.Place) []any {
		return []any{p.Name, p.Ubigeo, p.Country, p.Admin1, p.Admin2, p.Admin3, ptrArg(p.Latitude), ptrArg(p.Longitude), p.GeoPrecision}
	},
	dests: func(p *rastro.Place) []any {
		return []any{&p.Name, &p.Ubigeo, &p.Country, &p.Admin1, &p.Admin2, &p.Admin3, floatPtrDest{&p.Latitude}, floatPtrDest{&p.Longitude}, &p.GeoPrecision}
	},
	record:    func(p *rastro.Place) *rastro.Record { return &p.Record },
	assertion: func(p *rastro.Place) *rastro.Assertion { return &p.Assertion },
	validate:  func(p *rastro.Place) error { return p.Validate() },
}

// The persons table keeps a protected person's name, aliases, contact and
// notes sealed (see protect.go); no index or search table copies them.
var personsTable = &table[rastro.Person]{
	name: "persons", noun: "person",
	cols: []string{"name", "aliases", "sex", "age", "birth_date", "minor", "ethnicity", "indigenous", "occupation", "home_place_id", "protected", "contact", "notes", "tags"},
	args: func(p *rastro.Person) []any {
		return []any{p.Name, mustJSON(p.Aliases), string(p.Sex), ptrArg(p.Age), DateArg(p.BirthDate), string(p.Minor), p.Ethnicity, p.Indigenous, p.Occupation, IDArg(p.HomePlaceID), p.Protected, p.Contact, p.Notes, mustJSON(p.Tags)}
	},
	dests: func(p *rastro.Person) []any {
		return []any{&p.Name, JSONDest(&p.Aliases), (*string)(&p.Sex), intPtrDest{&p.Age}, DateDest(&p.BirthDate), (*string)(&p.Minor), &p.Ethnicity, &p.Indigenous, &p.Occupation, IDDest(&p.HomePlaceID), &p.Protected, &p.Contact, &p.Notes, JSONDest(&p.Tags)}
	},
	record:    func(p *rastro.Person) *rastro.Record { return &p.Record },
	assertion: func(p *rastro.Person) *rastro.Assertion { return &p.Assertion },
	validate:  func(p *rastro.Person) error { return p.Validate() },
	seal:      personSealer,
	fks: []fk[rastro.Person]{
		{"home_place_id", "places", "place", func(p *rastro.Person) int64 { return p.HomePlaceID }},
	},
}

var unitsTable = &table[rastro.Unit]{
	name: "units", noun: "unit",
	cols: []string{"name", "aliases", "force", "country"},
	args: func(u *rastro.Unit) []any {
		return []any{u.Name, mustJSON(u.Aliases), string(u.Force), u.Country}
	},
	dests: func(u *rastro.Unit) []any {
		return []any{&u.Name, JSONDest(&u.Aliases), (*string)(&u.Force), &u.Country}
	},
	record:    func(u *rastro.Unit) *rastro.Record { return &u.Record },
	assertion: func(u *rastro.Unit) *rastro.Assertion { return &u.Assertion },
	validate:  func(u *rastro.Unit) error { return u.Validate() },
}

var unitRelationsTable = &table[rastro.UnitRelation]{
	name: "unit_relations", noun: "unit_relation",
	cols: cols([]string{"unit_id", "parent_id", "kind"}, rangeCols("period")),
	args: func(r *rastro.UnitRelation) []any {
		return append([]any{r.UnitID, r.ParentID, string(r.Kind)}, rangeArgs(r.Period)...)
	},
	dests: func(r *rastro.UnitRelation) []any {
		return append([]any{&r.UnitID, &r.ParentID, (*string)(&r.Kind)}, rangeDests(&r.Period)...)
	},
	record:    func(r *rastro.UnitRelation) *rastro.Record { return &r.Record },
	assertion: func(r *rastro.UnitRelation) *rastro.Assertion { return &r.Assertion },
	validate:  func(r *rastro.UnitRelation) error { return r.Validate() },
	fks: []fk[rastro.UnitRelation]{
		{"unit_id", "units", "unit", func(r *rastro.UnitRelation) int64 { return r.UnitID }},
		{"parent_id", "units", "unit", func(r *rastro.UnitRelation) int64 { return r.ParentID }},
	},
}

var postingsTable = &table[rastro.Posting]{
	name: "postings", noun: "posting",
	cols: cols([]string{"person_id", "unit_id", "role", "rank", "title"}, rangeCols("period")),
	args: func(p *rastro.Posting) []any {
		return append([]any{p.PersonID, p.UnitID, string(p.Role), p.Rank, p.Title}, rangeArgs(p.Period)...)
	},
	dests: func(p *rastro.Posting) []any {
		return append([]any{&p.PersonID, &p.UnitID, (*string)(&p.Role), &p.Rank, &p.Title}, rangeDests(&p.Period)...)
	},
	record:    func(p *rastro.Posting) *rastro.Record { return &p.Record },
	assertion: func(p *rastro.Posting) *rastro.Assertion { return &p.Assertion },
	validate:  func(p *rastro.Posting) error { return p.Validate() },
	fks: []fk[rastro.Posting]{
		{"person_id", "persons", "person", func(p *rastro.Posting) int64 { return p.PersonID }},
		{"unit_id", "units", "unit", func(p *rastro.Posting) int64 { return p.UnitID }},
	},
}

// incidentDays bounds the days an incident may have happened on: from the
// first day its start can denote to the last day its end can denote (its
// start's, when it has no end; far future when open-ended).
func incidentDays(w rastro.DateRange) (first, last string) {
	const day = "2006-01-02"
	first = w.Start.First().Format(day)
	switch {
	case w.Open:
		last = "9999-12-31"
	case !w.End.IsZero():
		last = w.End.Last().Format(day)
	default:
		last = w.Start.Last().Format(day)
	}
	return first, last
}

var incidentsTable = &table[rastro.Incident]{
	name: "incidents", noun: "incident",
	cols: cols([]string{"title", "description"}, rangeCols("when"), []string{"first_day", "last_day", "place_id", "disorder_type", "event_type", "sub_event_type", "warning_given", "less_lethal_first", "reported_fatalities", "external", "tags"}),
	args: func(i *rastro.Incident) []any {
		first, last := incidentDays(i.When)
		a := append([]any{i.Title, i.Description}, rangeArgs(i.When)...)
		return append(a, first, last, IDArg(i.PlaceID), i.DisorderType, i.EventType, i.SubEventType, string(i.WarningGiven), string(i.LessLethalFirst), i.ReportedFatalities, mustJSON(i.External), mustJSON(i.Tags))
	},
	dests: func(i *rastro.Incident) []any {
		var first, last string // derived from When
		d := append([]any{&i.Title, &i.Description}, rangeDests(&i.When)...)
		return append(d, &first, &last, IDDest(&i.PlaceID), &i.DisorderType, &i.EventType, &i.SubEventType, (*string)(&i.WarningGiven), (*string)(&i.LessLethalFirst), &i.ReportedFatalities, JSONDest(&i.External), JSONDest(&i.Tags))
	},
	record:    func(i *rastro.Incident) *rastro.Record { return &i.Record },
	assertion: func(i *rastro.Incident) *rastro.Assertion { return &i.Assertion },
	validate:  func(i *rastro.Incident) error { return i.Validate() },
	fks: []fk[rastro.Incident]{
		{"place_id", "places", "place", func(i *rastro.Incident) int64 { return i.PlaceID }},
	},
}

var actsTable = &table[rastro.Act]{
	name: "acts", noun: "act",
	cols: []string{"incident_id", "victim_id", "type", "date", "wound_regions", "wound_count", "entry_side", "munition", "weapon", "calibre", "distance", "activity", "victim_armed", "victim_threat", "autopsy_ref", "description", "tags"},
	args: func(a *rastro.Act) []any {
		return []any{a.IncidentID, IDArg(a.VictimID), string(a.Type), DateArg(a.Date), mustJSON(a.WoundRegions), a.WoundCount, string(a.EntrySide), string(a.Munition), a.Weapon, a.Calibre, string(a.Distance), string(a.Activity), string(a.VictimArmed), string(a.VictimThreat), a.AutopsyRef, a.Description, mustJSON(a.Tags)}
	},
	dests: func(a *rastro.Act) []any {
		return []any{&a.IncidentID, IDDest(&a.VictimID), (*string)(&a.Type), DateDest(&a.Date), JSONDest(&a.WoundRegions), &a.WoundCount, (*string)(&a.EntrySide), (*string)(&a.Munition), &a.Weapon, &a.Calibre, (*string)(&a.Distance), (*string)(&a.Activity), (*string)(&a.VictimArmed), (*string)(&a.VictimThreat), &a.AutopsyRef, &a.Description, JSONDest(&a.Tags)}
	},
	record:    func(a *rastro.Act) *rastro.Record { return &a.Record },
	assertion: func(a *rastro.Act) *rastro.Assertion { return &a.Assertion },
	validate:  func(a *rastro.Act) error { return a.Validate() },
	fks: []fk[rastro.Act]{
		{"incident_id", "incidents", "incident", func(a *rastro.Act) int64 { return a.IncidentID }},
		{"victim_id", "persons", "person", func(a *rastro.Act) int64 { return a.VictimID }},
	},
}

var involvementsTable = &table[rastro.Involvement]{
	name: "involvements", noun: "involvement",
	cols: []string{"act_id", "person_id", "unit_id", "role"},
	args: func(v *rastro.Involvement) []any {
		return []any{v.ActID, IDArg(v.PersonID), IDArg(v.UnitID), string(v.Role)}
	},
	dests: func(v *rastro.Involvement) []any {
		return []any{&v.ActID, IDDest(&v.PersonID), IDDest(&v.UnitID), (*string)(&v.Role)}
	},
	record:    func(v *rastro.Involvement) *rastro.Record { return &v.Record },
	assertion: func(v *rastro.Involvement) *rastro.Assertion { return &v.Assertion },
	validate:  func(v *rastro.Involvement) error { return v.Validate() },
	fks: []fk[rastro.Involvement]{
		{"act_id", "acts", "act", func(v *rastro.Involvement) int64 { return v.ActID }},
		{"person_id", "persons", "person", func(v *rastro.Involvement) int64 { return v.PersonID }},
		{"unit_id", "units", "unit", func(v *rastro.Involvement) int64 { return v.UnitID }},
	},
}

var deploymentsTable = &table[rastro.Deployment]{
	name: "deployments", noun: "deployment",
	cols: cols([]string{"unit_id", "place_id", "area", "incident_id"}, rangeCols("period")),
	args: func(d *rastro.Deployment) []any {
		return append([]any{d.UnitID, IDArg(d.PlaceID), d.Area, IDArg(d.IncidentID)}, rangeArgs(d.Period)...)
	},
	dests: func(d *rastro.Deployment) []any {
		return append([]any{&d.UnitID, IDDest(&d.PlaceID), &d.Area, IDDest(&d.IncidentID)}, rangeDests(&d.Period)...)
	},
	record:    func(d *rastro.Deployment) *rastro.Record { return &d.Record },
	assertion: func(d *rastro.Deployment) *rastro.Assertion { return &d.Assertion },
	validate:  func(d *rastro.Deployment) error { return d.Validate() },
	fks: []fk[rastro.Deployment]{
		{"unit_id", "units", "unit", func(d *rastro.Deployment) int64 { return d.UnitID }},
		{"place_id", "places", "place", func(d *rastro.Deployment) int64 { return d.PlaceID }},
		{"incident_id", "incidents", "incident", func(d *rastro.Deployment) int64 { return d.IncidentID }},
	},
}

var dischargesTable = &table[rastro.DischargeRecord]{
	name: "discharges", noun: "discharge",
	cols: []string{"unit_id", "agent_id", "agent_label", "weapon", "calibre", "rounds", "date", "place_id", "incident_id", "source_id"},
	args: func(d *rastro.DischargeRecord) []any {
		return []any{IDArg(d.UnitID), IDArg(d.AgentID), d.AgentLabel, d.Weapon, d.Calibre, d.Rounds, DateArg(d.Date), IDArg(d.PlaceID), IDArg(d.IncidentID), IDArg(d.SourceID)}
	},
	dests: func(d *rastro.DischargeRecord) []any {
		return []any{IDDest(&d.UnitID), IDDest(&d.AgentID), &d.AgentLabel, &d.Weapon, &d.Calibre, &d.Rounds, DateDest(&d.Date), IDDest(&d.PlaceID), IDDest(&d.IncidentID), IDDest(&d.SourceID)}
	},
	record:    func(d *rastro.DischargeRecord) *rastro.Record { return &d.Record },
	assertion: func(d *rastro.DischargeRecord) *rastro.Assertion { return &d.Assertion },
	validate:  func(d *rastro.DischargeRecord) error { return d.Validate() },
	fks: []fk[rastro.DischargeRecord]{
		{"unit_id", "units", "unit", func(d *rastro.DischargeRecord) int64 { return d.UnitID }},
		{"agent_id", "persons", "person", func(d *rastro.DischargeRecord) int64 { return d.AgentID }},
		{"place_id", "places", "place", func(d *rastro.DischargeRecord) int64 { return d.PlaceID }},
		{"incident_id", "incidents", "incident", func(d *rastro.DischargeRecord) int64 { return d.IncidentID }},
		{"source_id", "sources", "source", func(d *rastro.DischargeRecord) int64 { return d.SourceID }},
	},
}

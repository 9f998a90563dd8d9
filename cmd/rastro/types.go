package main

import (
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/spf13/cobra"
)

// The record types the CLI edits. Flags come from the fields (see
// addFieldFlags); these tables add the columns a list shows and the help of
// flags that take one of a set of values.

// assertionHelp is the usage of the fields every research record shares
// (confidence and status list their values themselves: see enumHelp).
var assertionHelp = map[string]string{
	"citations": `a citation, e.g. '{"source_id":3,"page":2,"quote":"..."}'`,
}

var rangeHelp = map[string]string{
	"start": "start date (YYYY, YYYY-MM or YYYY-MM-DD)", "start-exact": "the start is exact, not only the first cited date",
	"end": "end date", "end-exact": "the end is exact, not only the last cited date", "open": "still in effect: no end",
}

// withHelp merges usage tables; period names the date range field whose
// usage rangeHelp gives ("when", "period").
func withHelp(period string, own map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range assertionHelp {
		out[k] = v
	}
	for k, v := range rangeHelp {
		if period != "" {
			out[period+"-"+k] = v
		}
	}
	for k, v := range own {
		out[k] = v
	}
	return out
}

// triHelp is the usage of a yes/no field that may be left unknown.
var triHelp = strings.Join(rastro.Tri("").Values(), ", ") + ` or "" (unknown)`

func recordCommands() []func(*Main) *cobra.Command {
	return []func(*Main) *cobra.Command{
		kind[rastro.Source, rastro.SourceFilter]{
			name: "source", short: "Documents: articles, reports, official records, statements",
			service: func(db *sqldb.DB) rastro.Records[rastro.Source, rastro.SourceFilter] { return db.Sources() },
			columns: []string{"id", "kind", "published", "publisher", "title", "version"},
			help: withHelp("", map[string]string{
				"published": "publication date", "language": "ISO 639-1 code: en, es", "sha256": "SHA-256 of the original bytes",
			}),
		}.command,
		kind[rastro.Claim, rastro.ClaimFilter]{
			name: "claim", short: "Leads mined from sources: review (accept, link, reject) and edit",
			long: claimLong, aliases: []string{"claims"}, showCmd: claimShow, extra: claimReview,
			service: func(db *sqldb.DB) rastro.Records[rastro.Claim, rastro.ClaimFilter] { return db.Claims() },
			columns: []string{"id", "source_id", "kind", "status", "summary", "version"},
			help: map[string]string{
				"claim-data": "the claim's structured value as JSON",
			},
		}.command,
		kind[rastro.Place, rastro.PlaceFilter]{
			name: "place", short: "Places, with UBIGEO codes and coordinates",
			service: func(db *sqldb.DB) rastro.Records[rastro.Place, rastro.PlaceFilter] { return db.Places() },
			columns: []string{"id", "name", "admin1", "admin2", "ubigeo", "latitude", "longitude", "version"},
			help: withHelp("", map[string]string{
				"ubigeo": "six-digit INEI code", "country": "ISO 3166-1 alpha-2 code: PE",
				"geo-precision": "ACLED geo precision: 1 town, 2 part of a region, 3 region",
			}),
		}.command,
		kind[rastro.Incident, rastro.IncidentFilter]{
			name: "incident", short: "Incidents: when, where and what happened",
			service: func(db *sqldb.DB) rastro.Records[rastro.Incident, rastro.IncidentFilter] { return db.Incidents() },
			columns: []string{"id", "when.start", "when.end", "place_id", "title", "event_type", "version"},
			help: withHelp("when", map[string]string{
				"event-type": "ACLED event type, e.g. Protests", "sub-event-type": "ACLED sub-event type",
				"warning-given": triHelp, "less-lethal-first": triHelp, "external": "an attribute from an imported dataset",
			}),
		}.command,
		kind[rastro.Act, rastro.ActFilter]{
			name: "act", short: "Acts: what happened to one victim in an incident",
			service: func(db *sqldb.DB) rastro.Records[rastro.Act, rastro.ActFilter] { return db.Acts() },
			columns: []string{"id", "incident_id", "victim_id", "type", "munition", "wound_regions", "activity", "version"},
			help: withHelp("", map[string]string{
				"victim-armed": triHelp, "victim-threat": triHelp, "date": "date of the act when not the incident's",
			}),
		}.command,
		kind[rastro.Person, rastro.PersonFilter]{
			name: "person", short: "Victims, witnesses, agents and commanders",
			service: func(db *sqldb.DB) rastro.Records[rastro.Person, rastro.PersonFilter] { return db.Persons() },
			columns: []string{"id", "name", "sex", "age", "minor", "occupation", "version"},
			help: withHelp("", map[string]string{
				"minor": triHelp, "birth-date": "date of birth",
				"protected": "identity to be encrypted and its reads audited", "name": "full name, or a label such as \"unidentified agent 1\"",
			}),
		}.command,
		kind[rastro.Involvement, rastro.InvolvementFilter]{
			name: "involvement", short: "Perpetrators of acts: persons and units, with their role",
			service: func(db *sqldb.DB) rastro.Records[rastro.Involvement, rastro.InvolvementFilter] {
				return db.Involvements()
			},
			columns: []string{"id", "act_id", "person_id", "unit_id", "role", "version"},
			help:    withHelp("", nil),
		}.command,
		kind[rastro.Unit, rastro.UnitFilter]{
			name: "unit", short: "Security-force units and the bodies above them",
			service: func(db *sqldb.DB) rastro.Records[rastro.Unit, rastro.UnitFilter] { return db.Units() },
			columns: []string{"id", "name", "aliases", "force", "country", "version"},
			help:    withHelp("", nil),
		}.command,
		kind[rastro.UnitRelation, rastro.UnitRelationFilter]{
			name: "relation", short: "Units under or part of other units, over time",
			service: func(db *sqldb.DB) rastro.Records[rastro.UnitRelation, rastro.UnitRelationFilter] {
				return db.UnitRelations()
			},
			columns: []string{"id", "unit_id", "kind", "parent_id", "period.start", "period.end", "version"},
			help:    withHelp("period", nil),
		}.command,
		kind[rastro.Posting, rastro.PostingFilter]{
			name: "posting", short: "Persons posted in units: role, rank and title over time",
			service: func(db *sqldb.DB) rastro.Records[rastro.Posting, rastro.PostingFilter] { return db.Postings() },
			columns: []string{"id", "person_id", "unit_id", "role", "rank", "period.start", "period.end", "version"},
			help:    withHelp("period", nil),
		}.command,
		kind[rastro.Deployment, rastro.DeploymentFilter]{
			name: "deployment", short: "Units deployed at places over time",
			service: func(db *sqldb.DB) rastro.Records[rastro.Deployment, rastro.DeploymentFilter] { return db.Deployments() },
			columns: []string{"id", "unit_id", "place_id", "area", "incident_id", "period.start", "period.end", "version"},
			help:    withHelp("period", nil),
		}.command,
		kind[rastro.DischargeRecord, rastro.DischargeFilter]{
			name: "discharge", short: "Official records of weapons fired",
			service: func(db *sqldb.DB) rastro.Records[rastro.DischargeRecord, rastro.DischargeFilter] {
				return db.Discharges()
			},
			columns: []string{"id", "date", "unit_id", "agent_label", "weapon", "calibre", "rounds", "version"},
			help:    withHelp("", map[string]string{"agent-id": "the person who fired, when identified"}),
		}.command,
	}
}

func init() {
	for _, c := range recordCommands() {
		register(c)
	}
}

// Package labels names the values of Rastro's enumerations (act types,
// munitions, body regions, statuses, roles, custody and audit actions…) in
// words a reader understands, in English and Spanish. It is the one place
// both the web app and the report take these names from, so that no page
// or document shows an internal identifier such as "extrajudicial_execution".
package labels

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/command"
	"github.com/rastro-project/rastro/internal/fold"
)

// Languages the catalogue is written in.
var Languages = []string{"en", "es"}

// Lookup gives the name of value of an enumeration kind ("act",
// "munition"…) in lang, and whether the catalogue has one.
func Lookup(lang, kind, value string) (string, bool) {
	s, ok := catalogue[lang][kind+"."+value]
	return s, ok
}

// Of names value of kind in lang. A value the catalogue lacks (a unit's own
// role words, a new enumeration value) shows as words rather than as an
// identifier: underscores become spaces. The empty value is "—".
func Of(lang, kind, value string) string {
	if s, ok := Lookup(lang, kind, value); ok {
		return s
	}
	if value == "" {
		return "—"
	}
	return strings.ReplaceAll(value, "_", " ")
}

// Enums are the record enumerations the catalogue names, by kind: their
// values come from package rastro's lists, the one place they are written.
var Enums = map[string]rastro.Enum{
	"act":            rastro.ActType(""),
	"munition":       rastro.Munition(""),
	"region":         rastro.BodyRegion(""),
	"entry":          rastro.EntrySide(""),
	"distance":       rastro.Distance(""),
	"activity":       rastro.Activity(""),
	"tri":            rastro.Tri(""),
	"sex":            rastro.Sex(""),
	"status":         rastro.Status(""),
	"confidence":     rastro.Confidence(""),
	"force":          rastro.Force(""),
	"kind":           rastro.SourceKind(""),
	"claim_kind":     rastro.ClaimKind(""),
	"claim_status":   rastro.ClaimStatus(""),
	"relation":       rastro.RelationKind(""),
	"role":           rastro.PostingRole(""),
	"involvement":    rastro.Role(""),
	"custody":        rastro.CustodyAction(""),
	"evidence_label": rastro.Label(""),
	"certainty":      command.Certainty(""),
}

// KindOf is the kind under which Enums holds the enumeration type t (a
// pointer to one counts as the type), or "" when t is none of them: list
// filters offer such a field's values, named in the page's language.
func KindOf(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return enumKinds[t]
}

var enumKinds = func() map[reflect.Type]string {
	m := map[reflect.Type]string{}
	for kind, e := range Enums {
		m[reflect.TypeOf(e)] = kind
	}
	return m
}()

// Values lists the values of the enumerations the catalogue must name in
// every language (the test checks it): those of Enums, and below the
// kinds whose values other packages write; kinds named by analysis
// packages themselves (indicators, patterns) are absent.
var Values = enumValues(map[string][]string{
	// An unknown munition has a name of its own: "unknown munition".
	"munition": {""},
	// Package command adds units deployed at an incident to its roles.
	"involvement": {command.Deployed},
	"audit":       rastro.AuditActions,
	"record": {"incident", "act", "person", "place", "source", "claim", "unit", "unit_relation", "posting", "involvement",
		"deployment", "discharge", "evidence", "user", "assessment_review", "comment", "saved_search",
		"evidence_item", "evidence item", "person_merge", "link_review"},
	"field": {"title", "description", "when", "place_id", "reported_fatalities", "type", "victim_id", "date", "wound_regions",
		"wound_count", "entry_side", "munition", "weapon", "calibre", "distance", "activity", "victim_armed", "victim_threat",
		"autopsy_ref", "unit_id", "person_id", "period", "rounds", "ubigeo", "name", "age", "sex", "occupation", "role", "agents",
		"incident_id", "act_id", "source_id", "agent_id", "home_place_id", "parent_id", "person_a", "person_b", "merge_id"},
	// The tables whose rows refer to a record, as the delete confirmation
	// counts them: one row ("row") and several ("rows").
	"row":  referrers,
	"rows": referrers,
	// The ways the estimates make lists of sources and strata of victims:
	// package mse/strata's ListsBy and By, which this package cannot import
	// (it would carry the database); strata's test checks they agree.
	"lists_by":   {"publisher", "kind", "source"},
	"stratum_by": {"place", "department", "period", "perpetrator"},
	"conclusion": {"extrajudicial_execution", "unlawful_force", "insufficient_information", "no_indication"},
	"flag":       {"rounds_below_casualties", "no_discharge_record", "calibre_not_reported", "no_shooter_or_ammunition"},
})

// enumValues adds the values of Enums to more: an Enum's kind lists its
// values, then those more adds to the kind.
func enumValues(more map[string][]string) map[string][]string {
	out := map[string][]string{}
	for kind, e := range Enums {
		out[kind] = e.Values()
	}
	for kind, vs := range more {
		out[kind] = append(out[kind], vs...)
	}
	return out
}

var referrers = []string{"acts", "assessment_reviews", "citations", "claims", "deployments", "discharges", "evidence_items",
	"incidents", "involvements", "link_reviews", "person_merges", "persons", "postings", "source_content", "unit_relations"}

// Parse reads a value of kind as a person may write it in a list: the value
// itself ("live_ammunition") or its name in any language ("munición letal",
// "Live ammunition"), without regard to case or accents.
func Parse(kind, s string) (string, bool) {
	want := fold.Lower(strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " "))
	for _, v := range Values[kind] {
		if fold.Lower(strings.ReplaceAll(v, "_", " ")) == want && v != "" {
			return v, true
		}
		for _, lang := range Languages {
			if name, ok := Lookup(lang, kind, v); ok && fold.Lower(name) == want {
				return v, true
			}
		}
	}
	return "", false
}

// Count names n rows of table in lang, as "6 acts" or "1 act": the
// catalogue holds the name of one row under kind "row" and of several
// under "rows" (the tables a delete confirmation counts).
func Count(lang string, n int, table string) string {
	kind := "rows"
	if n == 1 {
		kind = "row"
	}
	return strconv.Itoa(n) + " " + Of(lang, kind, table)
}

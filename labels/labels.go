// Package labels names the values of Rastro's enumerations (act types,
// munitions, body regions, statuses, roles, custody and audit actions…) in
// words a reader understands, in English and Spanish. It is the one place
// both the web app and the report take these names from, so that no page
// or document shows an internal identifier such as "extrajudicial_execution".
package labels

import (
	"strconv"
	"strings"

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

// Values lists the values of the enumerations the catalogue must name in
// every language (the test checks it); kinds named by analysis packages
// themselves (indicators, patterns) are absent.
var Values = map[string][]string{
	"act":            {"killed", "injured", "detained", "tortured", "disappeared", "threatened", "other"},
	"munition":       {"live_ammunition", "pellets", "rubber_bullets", "tear_gas_canister", "blunt_force", "other", ""},
	"region":         {"head", "neck", "chest", "abdomen", "back", "pelvis", "upper_limb", "lower_limb"},
	"entry":          {"front", "back", "side"},
	"distance":       {"contact", "close", "medium", "long"},
	"activity":       {"protesting", "observing", "passing_by", "helping_injured", "fleeing", "reporting", "medical"},
	"tri":            {"yes", "no"},
	"sex":            {"female", "male", "other"},
	"status":         {"accepted", "conflict", "work_needed"},
	"confidence":     {"low", "medium", "high"},
	"force":          {"police", "army", "navy", "air_force", "other"},
	"kind":           {"news", "ngo_report", "official_record", "autopsy", "witness_statement", "media", "dataset", "other"},
	"claim_kind":     {"count", "discharge", "date", "place", "actor", "quotation", "weapon", "wound"},
	"claim_status":   {"pending", "accepted", "linked", "rejected"},
	"relation":       {"child_of", "member_of"},
	"role":           {"commander", "deputy_commander", "chief_of_staff", "member"},
	"involvement":    {"shooter", "commander", "present", "ordered", "deployed"},
	"certainty":      {"certain", "uncertain"},
	"custody":        {"acquired", "hashed", "viewed", "exported", "derived", "transferred", "annotated"},
	"evidence_label": {"graphic_violence", "identifiable_person", "minor", "protected_witness"},
	"audit": {"create", "update", "delete", "import", "read_protected", "login", "login_failed", "logout",
		"totp_enrol", "totp_confirm", "token_create", "token_revoke", "reseal"},
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
	// The ways the estimates make lists of sources and strata of victims
	// (package mse/strata).
	"lists_by":   {"publisher", "kind", "source"},
	"stratum_by": {"place", "department", "period", "perpetrator"},
	"conclusion": {"extrajudicial_execution", "unlawful_force", "insufficient_information", "no_indication"},
	"flag":       {"rounds_below_casualties", "no_discharge_record", "calibre_not_reported", "no_shooter_or_ammunition"},
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

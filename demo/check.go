package demo

import (
	"fmt"

	"github.com/rastro-project/rastro"
)

// Check validates every record of a bundle and that every reference points
// to a record that exists in it. It reports the first problem, naming the
// record type, ID and field.
func Check(b *rastro.Bundle) error {
	ids := map[string]map[int64]bool{}
	index := func(kind string, id int64) error {
		if ids[kind] == nil {
			ids[kind] = map[int64]bool{}
		}
		if id <= 0 || ids[kind][id] {
			return fmt.Errorf("%s %d: missing or duplicate ID", kind, id)
		}
		ids[kind][id] = true
		return nil
	}
	type validator interface{ Validate() error }
	type rec struct {
		kind string
		id   int64
		v    validator
		a    rastro.Assertion
	}
	var all []rec
	for _, r := range b.Sources {
		all = append(all, rec{"source", r.ID, r, rastro.Assertion{}})
	}
	for _, r := range b.Claims {
		all = append(all, rec{"claim", r.ID, r, rastro.Assertion{}})
	}
	for _, r := range b.Places {
		all = append(all, rec{"place", r.ID, r, r.Assertion})
	}
	for _, r := range b.Persons {
		all = append(all, rec{"person", r.ID, r, r.Assertion})
	}
	for _, r := range b.Units {
		all = append(all, rec{"unit", r.ID, r, r.Assertion})
	}
	for _, r := range b.UnitRelations {
		all = append(all, rec{"unit_relation", r.ID, r, r.Assertion})
	}
	for _, r := range b.Postings {
		all = append(all, rec{"posting", r.ID, r, r.Assertion})
	}
	for _, r := range b.Incidents {
		all = append(all, rec{"incident", r.ID, r, r.Assertion})
	}
	for _, r := range b.Acts {
		all = append(all, rec{"act", r.ID, r, r.Assertion})
	}
	for _, r := range b.Involvements {
		all = append(all, rec{"involvement", r.ID, r, r.Assertion})
	}
	for _, r := range b.Deployments {
		all = append(all, rec{"deployment", r.ID, r, r.Assertion})
	}
	for _, r := range b.Discharges {
		all = append(all, rec{"discharge", r.ID, r, r.Assertion})
	}
	for _, r := range all {
		if err := index(r.kind, r.id); err != nil {
			return err
		}
		if err := r.v.Validate(); err != nil {
			return fmt.Errorf("%s %d: %s", r.kind, r.id, rastro.ErrorMessage(err))
		}
	}
	citations := map[int64]bool{}
	for _, r := range all {
		for _, c := range r.a.Citations {
			if !ids["source"][c.SourceID] {
				return fmt.Errorf("%s %d: citation %d cites missing source %d", r.kind, r.id, c.ID, c.SourceID)
			}
			if c.ID <= 0 || citations[c.ID] {
				return fmt.Errorf("%s %d: citation ID %d missing or duplicate", r.kind, r.id, c.ID)
			}
			citations[c.ID] = true
		}
	}
	ref := func(kind string, id int64, field, target string, v int64, required bool) error {
		if v == 0 && !required {
			return nil
		}
		if !ids[target][v] {
			return fmt.Errorf("%s %d: %s %d does not exist", kind, id, field, v)
		}
		return nil
	}
	var refs []error
	for _, r := range b.Claims {
		refs = append(refs, ref("claim", r.ID, "source_id", "source", r.SourceID, true))
	}
	for _, r := range b.Persons {
		refs = append(refs, ref("person", r.ID, "home_place_id", "place", r.HomePlaceID, false))
	}
	for _, r := range b.UnitRelations {
		refs = append(refs, ref("unit_relation", r.ID, "unit_id", "unit", r.UnitID, true),
			ref("unit_relation", r.ID, "parent_id", "unit", r.ParentID, true))
	}
	for _, r := range b.Postings {
		refs = append(refs, ref("posting", r.ID, "person_id", "person", r.PersonID, true),
			ref("posting", r.ID, "unit_id", "unit", r.UnitID, true))
	}
	for _, r := range b.Incidents {
		refs = append(refs, ref("incident", r.ID, "place_id", "place", r.PlaceID, false))
	}
	for _, r := range b.Acts {
		refs = append(refs, ref("act", r.ID, "incident_id", "incident", r.IncidentID, true),
			ref("act", r.ID, "victim_id", "person", r.VictimID, false))
	}
	for _, r := range b.Involvements {
		refs = append(refs, ref("involvement", r.ID, "act_id", "act", r.ActID, true),
			ref("involvement", r.ID, "person_id", "person", r.PersonID, false),
			ref("involvement", r.ID, "unit_id", "unit", r.UnitID, false))
	}
	for _, r := range b.Deployments {
		refs = append(refs, ref("deployment", r.ID, "unit_id", "unit", r.UnitID, true),
			ref("deployment", r.ID, "place_id", "place", r.PlaceID, false),
			ref("deployment", r.ID, "incident_id", "incident", r.IncidentID, false))
	}
	for _, r := range b.Discharges {
		refs = append(refs, ref("discharge", r.ID, "unit_id", "unit", r.UnitID, false),
			ref("discharge", r.ID, "agent_id", "person", r.AgentID, false),
			ref("discharge", r.ID, "place_id", "place", r.PlaceID, false),
			ref("discharge", r.ID, "incident_id", "incident", r.IncidentID, false),
			ref("discharge", r.ID, "source_id", "source", r.SourceID, false))
	}
	for _, err := range refs {
		if err != nil {
			return err
		}
	}
	return nil
}

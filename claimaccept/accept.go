// Package claimaccept holds the rules of claim review: what record a claim
// becomes when a reviewer accepts it, by its kind. The command line
// (rastro claim accept) and the web app both call Accept, so a claim
// accepted in the browser becomes exactly what it would at the terminal.
package claimaccept

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/extract/claimdata"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/sqldb"
)

// Targets are the record types a decision may point at.
var Targets = []string{"incident", "place", "discharge", "act", "unit", "person"}

// Decision is what a reviewer says about a claim: the record to accept it
// into or cite it on (TargetType and TargetID; none for a new record), and
// the values a new record may need beyond the claim's own.
type Decision struct {
	TargetType string `json:"target_type,omitempty"` // incident, place, discharge, act, unit, person
	TargetID   int64  `json:"target_id,omitempty"`
	Title      string `json:"title,omitempty"` // of a new incident
	Date       string `json:"date,omitempty"`  // of a new incident or discharge record, when the claim has none
	Confidence string `json:"confidence,omitempty"`
	// PlaceID and UnitID fill the references of a new incident or
	// discharge record.
	PlaceID int64 `json:"place_id,omitempty"`
	UnitID  int64 `json:"unit_id,omitempty"`
	// PlaceUbigeo names the place of a new incident or discharge record
	// by its code when it is not stored yet: it is made from the gazetteer.
	PlaceUbigeo string `json:"place_ubigeo,omitempty"`
	// Candidate is the rank (from 1) of the reading of an ambiguous place
	// name to take; 0 is the first.
	Candidate int    `json:"candidate,omitempty"`
	Field     string `json:"field,omitempty"` // for a link: the field the claim supports
	Reason    string `json:"reason,omitempty"`
}

// Target returns the record the decision names; ok is false when it names
// none (a new record).
func (d Decision) Target() (t sqldb.ClaimTarget, ok bool, err error) {
	if d.TargetType == "" && d.TargetID == 0 {
		return t, false, nil
	}
	known := false
	for _, k := range Targets {
		known = known || k == d.TargetType
	}
	if !known {
		return t, false, rastro.Errorf(rastro.EINVALID, "record type %q: want %s", d.TargetType, strings.Join(Targets, ", "))
	}
	if d.TargetID <= 0 {
		return t, false, rastro.Errorf(rastro.EINVALID, "give the %s the claim goes into (a positive record number, not %d)", d.TargetType, d.TargetID)
	}
	return sqldb.ClaimTarget{Type: d.TargetType, ID: d.TargetID}, true, nil
}

// resolvePlace sets PlaceID from PlaceUbigeo when only the code is given.
func (d *Decision) resolvePlace(ctx context.Context, db *sqldb.DB) error {
	if d.PlaceID != 0 || d.PlaceUbigeo == "" {
		return nil
	}
	id, err := placeFor(ctx, db, d.PlaceUbigeo)
	d.PlaceID = id
	return err
}

// Link cites the claim on the record the decision names, changing nothing else.
func Link(ctx context.Context, db *sqldb.DB, claimID int64, d Decision) (*rastro.Claim, error) {
	t, ok, err := d.Target()
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, rastro.Errorf(rastro.EINVALID, "a link needs the record to cite the claim on: an incident, place, discharge record, act, unit or person")
	}
	return db.LinkClaim(ctx, claimID, d.Field, t)
}

// Accept turns pending claim claimID into a record, with the claim's
// citation, by its kind:
//
//	count      a new incident (reported fatalities for deaths, the count
//	           noted in the description otherwise), or into an incident
//	           (its reported fatalities or description) or an act (a note)
//	discharge  a new discharge record
//	place      a new place from the gazetteer reading
//	actor      a new unit (security forces) or person
//	wound      the body region added to an act
//	weapon     the weapon or calibre set on an act
//	date       the date cited on an incident
//
// Other kinds are linked, not accepted.
func Accept(ctx context.Context, db *sqldb.DB, claimID int64, d Decision) (*rastro.Claim, error) {
	c, err := db.Claims().Find(ctx, claimID)
	if err != nil {
		return nil, err
	}
	src, err := db.Sources().Find(ctx, c.SourceID)
	if err != nil {
		return nil, err
	}
	target, into, err := d.Target()
	if err != nil {
		return nil, err
	}
	assertion := rastro.Assertion{Confidence: rastro.Confidence(d.Confidence)}
	bad := func(format string, a ...any) error {
		return rastro.Errorf(rastro.EINVALID, "claim %d (%s): "+format, append([]any{c.ID, c.Kind}, a...)...)
	}
	switch c.Kind {
	case rastro.ClaimCount:
		var cd claimdata.CountData
		if err := decode(c, &cd); err != nil {
			return nil, err
		}
		deaths := cd.Category == "killed" || cd.Category == "extrajudicial_executions"
		note := fmt.Sprintf("Reported by source %d: %s", src.ID, c.Summary)
		switch {
		case into && target.Type == "incident":
			field := "description"
			if deaths {
				field = "reported_fatalities"
			}
			target.Apply = func(r any) error {
				inc := r.(*rastro.Incident)
				if deaths {
					inc.ReportedFatalities = cd.Figure
				} else {
					inc.Description = appendLine(inc.Description, note)
				}
				return nil
			}
			return db.AcceptClaimInto(ctx, c.ID, field, target)
		case into && target.Type == "act":
			target.Apply = func(r any) error {
				a := r.(*rastro.Act)
				a.Description = appendLine(a.Description, note)
				return nil
			}
			return db.AcceptClaimInto(ctx, c.ID, "description", target)
		case into:
			return nil, bad("a count is accepted into an incident or an act, not a %s", target.Type)
		}
		when, err := dateFor(d.Date, cd.Date)
		if err != nil {
			return nil, bad("%v", err)
		}
		if err := d.resolvePlace(ctx, db); err != nil {
			return nil, err
		}
		inc := &rastro.Incident{Assertion: assertion, Title: d.Title, When: rastro.DateRange{Start: when}, PlaceID: d.PlaceID, Description: note}
		if inc.Title == "" {
			inc.Title = clipTitle(c.Summary)
		}
		field := "description"
		if deaths {
			inc.ReportedFatalities, field = cd.Figure, "reported_fatalities"
		}
		return db.AcceptClaim(ctx, c.ID, field, inc)
	case rastro.ClaimDischarge:
		var dd claimdata.DischargeData
		if err := decode(c, &dd); err != nil {
			return nil, err
		}
		// An incident named is the new record's incident, not a record
		// to accept into.
		var incident int64
		if into && target.Type == "incident" {
			incident, into = target.ID, false
		}
		if into {
			return nil, bad("a discharge report becomes a new discharge record; link it to cite it on an existing one")
		}
		when, err := dateFor(d.Date, dd.Date)
		if err != nil {
			return nil, bad("%v", err)
		}
		if err := d.resolvePlace(ctx, db); err != nil {
			return nil, err
		}
		label := dd.AgentLabel
		if dd.Unit != "" {
			label = strings.TrimSpace(label + " of " + dd.Unit)
		}
		rec := &rastro.DischargeRecord{Assertion: assertion, Rounds: dd.Rounds, Calibre: dd.Calibre, Weapon: dd.Weapon,
			AgentLabel: label, Date: when, UnitID: d.UnitID, PlaceID: d.PlaceID, IncidentID: incident}
		return db.AcceptClaim(ctx, c.ID, "", rec)
	case rastro.ClaimPlace:
		var pd claimdata.PlaceData
		if err := decode(c, &pd); err != nil {
			return nil, err
		}
		if into {
			return nil, bad("a place claim becomes a new place; link it to cite it on an existing one")
		}
		p, err := placeReading(pd, max(d.Candidate, 1))
		if err != nil {
			return nil, bad("%v", err)
		}
		if q, err := storedPlace(ctx, db, p.Ubigeo); err != nil {
			return nil, err
		} else if q != nil {
			return nil, rastro.Errorf(rastro.ECONFLICT, "place %d already has UBIGEO %s (%s): link claim %d to it instead", q.ID, q.Ubigeo, q.Name, c.ID)
		}
		p.Assertion = assertion
		return db.AcceptClaim(ctx, c.ID, "", &p)
	case rastro.ClaimWound, rastro.ClaimWeapon:
		if !into || target.Type != "act" {
			return nil, bad("name the act it describes")
		}
		var wound claimdata.WoundData
		var weapon claimdata.WeaponData
		if c.Kind == rastro.ClaimWound {
			if err := decode(c, &wound); err != nil {
				return nil, err
			}
		} else if err := decode(c, &weapon); err != nil {
			return nil, err
		}
		target.Apply = func(r any) error {
			a := r.(*rastro.Act)
			if c.Kind == rastro.ClaimWound {
				region := rastro.BodyRegion(wound.BodyRegion)
				for _, have := range a.WoundRegions {
					if have == region {
						return nil
					}
				}
				a.WoundRegions = append(a.WoundRegions, region)
				return nil
			}
			if weapon.Calibre != "" {
				a.Calibre = weapon.Calibre
			}
			if weapon.Type == "firearm" {
				a.Weapon = weapon.Name
			}
			if weapon.Munition != "" {
				a.Munition = rastro.Munition(weapon.Munition)
			}
			return nil
		}
		field := "wound_regions"
		if c.Kind == rastro.ClaimWeapon {
			field = "weapon"
		}
		return db.AcceptClaimInto(ctx, c.ID, field, target)
	case rastro.ClaimActor:
		var ad claimdata.ActorData
		if err := decode(c, &ad); err != nil {
			return nil, err
		}
		if into {
			return nil, bad("an actor becomes a new unit or person; link it to cite it on an existing one")
		}
		if ad.Type == "person" {
			p := &rastro.Person{Assertion: assertion, Name: ad.Name, Occupation: ad.Title}
			if ad.Organization != "" {
				p.Notes = "Organisation: " + ad.Organization
			}
			return db.AcceptClaim(ctx, c.ID, "", p)
		}
		force, ok := forceOf(ad)
		if !ok {
			return nil, bad("%s is not a security force; link the claim to a record instead", ad.Name)
		}
		if u, err := storedUnit(ctx, db, ad.Name); err != nil {
			return nil, err
		} else if u != nil {
			return nil, rastro.Errorf(rastro.ECONFLICT, "unit %d is already %s: link claim %d to it instead", u.ID, u.Name, c.ID)
		}
		u := &rastro.Unit{Assertion: assertion, Name: ad.Name, Force: force, Country: "PE"}
		for _, a := range []string{ad.Acronym, ad.English} {
			if a != "" && a != ad.Name {
				u.Aliases = append(u.Aliases, a)
			}
		}
		return db.AcceptClaim(ctx, c.ID, "", u)
	case rastro.ClaimDate:
		if !into || target.Type != "incident" {
			return nil, bad("name the incident it dates")
		}
		return db.AcceptClaimInto(ctx, c.ID, "when", target)
	}
	return nil, bad("this kind is not accepted into a record of its own: link claim %d to the record it supports", c.ID)
}

// forceOf tells which force an institution belongs to, for the unit an
// actor claim becomes; ok is false for bodies that are not forces.
func forceOf(d claimdata.ActorData) (rastro.Force, bool) {
	switch {
	case d.Type == "police" || d.Type == "unit" && strings.Contains(d.Parent, "Policía"):
		return rastro.ForcePolice, true
	case strings.Contains(d.Name, "Ejército"):
		return rastro.ForceArmy, true
	case strings.Contains(d.Name, "Marina"):
		return rastro.ForceNavy, true
	case strings.Contains(d.Name, "Fuerza Aérea"):
		return rastro.ForceAirForce, true
	case d.Type == "military" || d.Type == "unit":
		return rastro.ForceOther, true
	}
	return "", false
}

func decode(c *rastro.Claim, v any) error {
	if err := json.Unmarshal(c.Data, v); err != nil {
		return rastro.Errorf(rastro.EINVALID, "claim %d has no readable %s data: %v", c.ID, c.Kind, err)
	}
	return nil
}

// dateFor picks the date of a new record: the reviewer's, else the
// claim's. The publication date is not a stand-in: deaths reported on a
// day happened before it, so the reviewer has to say when.
func dateFor(given, claimDate string) (rastro.Date, error) {
	for _, s := range []string{given, claimDate} {
		if s != "" {
			return rastro.ParseDate(s)
		}
	}
	return rastro.Date{}, fmt.Errorf("the claim gives no date of its own: give the date (YYYY-MM-DD, YYYY-MM or YYYY)")
}

// placeReading returns the domain place for the chosen reading of a place
// claim, from the gazetteer when it has a UBIGEO code.
func placeReading(d claimdata.PlaceData, rank int) (rastro.Place, error) {
	ubigeo := d.Ubigeo
	if len(d.Candidates) > 0 {
		if rank < 1 || rank > len(d.Candidates) {
			return rastro.Place{}, fmt.Errorf("reading %d: the name has %d readings", rank, len(d.Candidates))
		}
		ubigeo = d.Candidates[rank-1].Ubigeo
	} else if rank != 1 {
		return rastro.Place{}, fmt.Errorf("reading %d: the name has one reading", rank)
	}
	if ubigeo != "" {
		if p, ok := gazetteer.Default().Lookup(ubigeo); ok {
			return p.Rastro(), nil
		}
	}
	return d.Place(), nil
}

func appendLine(s, line string) string {
	if s == "" {
		return line
	}
	return s + "\n" + line
}

func clipTitle(s string) string {
	s = strings.TrimPrefix(s, "count: ")
	if r := []rune(s); len(r) > 120 {
		return string(r[:119]) + "…"
	}
	return s
}

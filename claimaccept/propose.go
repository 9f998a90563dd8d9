package claimaccept

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/extract/claimdata"
	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/sqldb"
)

// Proposal is what a reviewer is offered: for a count, the date and place
// the claim gives, the stored place with that UBIGEO (if any), and an
// existing incident at that place on that date, into which the count goes
// by default; for a place or an actor already stored, that record, to
// cite the claim on.
type Proposal struct {
	Date       string `json:"date,omitempty"`
	PlaceName  string `json:"place_name,omitempty"`
	Ubigeo     string `json:"ubigeo,omitempty"`
	PlaceID    int64  `json:"place_id,omitempty"`
	IncidentID int64  `json:"incident_id,omitempty"`
	UnitID     int64  `json:"unit_id,omitempty"`
}

// Propose reads a count claim's date and place and looks for the stored
// place and a matching incident. Claims of other kinds get no proposal.
func Propose(ctx context.Context, db *sqldb.DB, c *rastro.Claim) (*Proposal, error) {
	p := &Proposal{}
	switch c.Kind {
	case rastro.ClaimPlace:
		var d claimdata.PlaceData
		if json.Unmarshal(c.Data, &d) != nil {
			return p, nil
		}
		q, err := storedPlace(ctx, db, d.Ubigeo)
		if q != nil {
			p.PlaceID = q.ID
		}
		return p, err
	case rastro.ClaimActor:
		var d claimdata.ActorData
		if json.Unmarshal(c.Data, &d) != nil || d.Name == "" {
			return p, nil
		}
		u, err := storedUnit(ctx, db, d.Name)
		if u != nil {
			p.UnitID = u.ID
		}
		return p, err
	case rastro.ClaimCount, rastro.ClaimDischarge:
	default:
		return p, nil
	}
	var d struct {
		Date   string          `json:"date"`
		Places []claimdata.Ref `json:"places"`
	}
	if json.Unmarshal(c.Data, &d) != nil {
		return p, nil
	}
	if _, err := rastro.ParseDate(d.Date); err == nil {
		p.Date = d.Date
	}
	// One place named: a claim over several places ("in Andahuaylas,
	// Chincheros, …") is no single incident's.
	if len(d.Places) == 1 {
		p.PlaceName, p.Ubigeo = d.Places[0].Name, d.Places[0].Ubigeo
		q, err := storedPlace(ctx, db, p.Ubigeo)
		if err != nil {
			return nil, err
		}
		if q != nil {
			p.PlaceID = q.ID
		}
	}
	if p.PlaceID != 0 && p.Date != "" {
		day, _ := rastro.ParseDate(p.Date)
		id := p.PlaceID
		incs, _, err := db.Incidents().List(ctx, rastro.IncidentFilter{PlaceID: &id, From: &day, To: &day})
		if err != nil {
			return nil, err
		}
		if len(incs) > 0 {
			p.IncidentID = incs[0].ID
		}
	}
	return p, nil
}

// storedPlace is the stored place with the UBIGEO code (nil: none; the
// filter matches codes by prefix, so the code is compared whole).
func storedPlace(ctx context.Context, db *sqldb.DB, ubigeo string) (*rastro.Place, error) {
	if ubigeo == "" {
		return nil, nil
	}
	same, _, err := db.Places().List(ctx, rastro.PlaceFilter{Ubigeo: &ubigeo})
	if err != nil {
		return nil, err
	}
	for _, q := range same {
		if q.Ubigeo == ubigeo {
			return q, nil
		}
	}
	return nil, nil
}

// storedUnit is the stored unit with the name (case aside; nil: none).
func storedUnit(ctx context.Context, db *sqldb.DB, name string) (*rastro.Unit, error) {
	same, _, err := db.Units().List(ctx, rastro.UnitFilter{Name: &name})
	if err != nil {
		return nil, err
	}
	for _, u := range same {
		if strings.EqualFold(u.Name, name) {
			return u, nil
		}
	}
	return nil, nil
}

// placeFor returns the stored place with the UBIGEO code, creating it
// from the gazetteer when there is none yet.
func placeFor(ctx context.Context, db *sqldb.DB, ubigeo string) (int64, error) {
	u := strings.TrimSpace(ubigeo)
	q, err := storedPlace(ctx, db, u)
	if err != nil {
		return 0, err
	}
	if q != nil {
		return q.ID, nil
	}
	g, ok := gazetteer.Default().Lookup(u)
	if !ok {
		return 0, rastro.Errorf(rastro.EINVALID, "UBIGEO %q is not in the gazetteer", u)
	}
	p := g.Rastro()
	if err := db.Places().Create(ctx, &p); err != nil {
		return 0, err
	}
	return p.ID, nil
}

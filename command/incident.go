package command

import (
	"slices"
	"sort"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// InvolvedUnit is a unit tied to an incident, and how.
type InvolvedUnit struct {
	UnitID int64    `json:"unit_id"`
	Name   string   `json:"name"`
	Roles  []string `json:"roles"` // involvement roles ("shooter", "present"…) and "deployed" / "deployed (uncertain)"
}

// InvolvedPerson is a person an involvement names as a perpetrator.
type InvolvedPerson struct {
	PersonID int64    `json:"person_id"`
	Name     string   `json:"name"`
	Roles    []string `json:"roles"`
	Acts     []int64  `json:"acts"`
}

// IncidentChains is the command picture of one incident.
type IncidentChains struct {
	IncidentID int64            `json:"incident_id"`
	Title      string           `json:"title"`
	On         rastro.Date      `json:"on"`
	Units      []InvolvedUnit   `json:"units"`
	Persons    []InvolvedPerson `json:"persons"`
	Chains     []*Chain         `json:"chains"` // one per involved unit
	// Responsible lists every person posted in command of an involved unit
	// or of a unit above it on the day, once, nearest to the ground first.
	Responsible []Commander `json:"responsible"`
}

// ForIncident finds the units involved in an incident (through the
// involvements of its acts, or deployed at its place on its day, or to it)
// and the chain of command above each.
func ForIncident(x *analysis.Index, incident int64) (*IncidentChains, error) {
	return forIncident(x, incident, nil)
}

// ForIncidents is ForIncident for many incidents. A unit's chain on a day is
// worked out once and shared (read-only) by every incident of that day it
// is involved in: across thousands of incidents the same units and days
// recur.
func ForIncidents(x *analysis.Index, incidents []int64) ([]*IncidentChains, error) {
	memo := map[chainKey]*Chain{}
	out := make([]*IncidentChains, 0, len(incidents))
	for _, id := range incidents {
		ic, err := forIncident(x, id, memo)
		if err != nil {
			return nil, err
		}
		out = append(out, ic)
	}
	return out, nil
}

type chainKey struct {
	unit int64
	day  rastro.Date
}

func forIncident(x *analysis.Index, incident int64, memo map[chainKey]*Chain) (*IncidentChains, error) {
	inc := x.Incidents[incident]
	if inc == nil {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "incident %d not found", incident)
	}
	day := inc.When.Start
	out := &IncidentChains{IncidentID: inc.ID, Title: inc.Title, On: day}
	roles := map[int64][]string{}
	var order []int64
	addRole := func(unit int64, role string) {
		if _, seen := roles[unit]; !seen {
			order = append(order, unit)
		}
		if slices.Contains(roles[unit], role) {
			return
		}
		roles[unit] = append(roles[unit], role)
	}
	persons := map[int64]*InvolvedPerson{}
	for _, a := range x.ActsOf[inc.ID] {
		for _, v := range x.InvolvedIn[a.ID] {
			if v.UnitID != 0 && x.Units[v.UnitID] != nil {
				addRole(v.UnitID, string(v.Role))
			}
			if v.PersonID != 0 {
				p := persons[v.PersonID]
				if p == nil {
					p = &InvolvedPerson{PersonID: v.PersonID, Name: PersonName(x, v.PersonID)}
					persons[v.PersonID] = p
				}
				p.Acts = append(p.Acts, a.ID)
				if !slices.Contains(p.Roles, string(v.Role)) {
					p.Roles = append(p.Roles, string(v.Role))
				}
			}
		}
	}
	t := day.First()
	for _, d := range x.DeployedTo[inc.ID] {
		if x.Units[d.UnitID] != nil {
			addRole(d.UnitID, Deployed)
		}
	}
	for _, d := range x.DeployedAt[inc.PlaceID] {
		if analysis.Excludes(d.Period, day) {
			continue
		}
		cov := d.Period.Covers(t)
		if x.Units[d.UnitID] == nil || d.IncidentID == inc.ID || inc.PlaceID == 0 || cov == rastro.Outside {
			continue
		}
		if cov == rastro.Certain {
			addRole(d.UnitID, Deployed)
		} else {
			addRole(d.UnitID, Deployed+" (uncertain)")
		}
	}
	seen := map[int64]bool{} // postings already listed
	for _, u := range order {
		out.Units = append(out.Units, InvolvedUnit{UnitID: u, Name: x.UnitName(u), Roles: roles[u]})
		c := memo[chainKey{u, day}]
		if c == nil {
			var err error
			if c, err = ChainOf(x, u, day); err != nil {
				return nil, err
			}
			if memo != nil {
				memo[chainKey{u, day}] = c
			}
		}
		out.Chains = append(out.Chains, c)
		for _, n := range c.Nodes {
			for _, cm := range n.Commanders {
				if !seen[cm.PostingID] {
					seen[cm.PostingID] = true
					out.Responsible = append(out.Responsible, cm)
				}
			}
		}
	}
	sort.SliceStable(out.Responsible, func(i, j int) bool { return out.Responsible[i].Depth < out.Responsible[j].Depth })
	for _, p := range persons {
		out.Persons = append(out.Persons, *p)
	}
	sort.Slice(out.Persons, func(i, j int) bool { return out.Persons[i].PersonID < out.Persons[j].PersonID })
	return out, nil
}

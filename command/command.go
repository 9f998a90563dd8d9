// Package command reconstructs chains of command: the units above a unit on
// a date (child_of relations, and member_of relations to task forces), the
// people posted in command roles at each level on that date, and, for an
// incident, every unit involved and every person with command
// responsibility up to the highest level. Links whose dates only may cover
// the day (imprecise, uncited or open bounds) are marked uncertain; every
// link carries its confidence and citations.
package command

import (
	"fmt"
	"sort"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
)

// Certainty of a link on the day asked about.
type Certainty string

const (
	Certain   Certainty = "certain"
	Uncertain Certainty = "uncertain"
)

// Certainties lists the certainties of a link (a rastro.Enum).
var Certainties = []Certainty{Certain, Uncertain}

func (Certainty) Values() []string { return rastro.Strings(Certainties) }

// Deployed is the role of a unit deployed at an incident, beside the
// involvement roles (rastro.Roles) in an incident's command picture.
const Deployed = "deployed"

func certainty(c rastro.Certainty) Certainty {
	if c == rastro.Certain {
		return Certain
	}
	return Uncertain
}

// Commander is a person posted in a command role in a unit on the day.
type Commander struct {
	PersonID   int64              `json:"person_id"`
	Name       string             `json:"name"`
	UnitID     int64              `json:"unit_id"`
	Depth      int                `json:"depth"` // of the unit in the chain
	PostingID  int64              `json:"posting_id"`
	Role       rastro.PostingRole `json:"role"`
	Rank       string             `json:"rank,omitempty"`
	Title      string             `json:"title,omitempty"`
	Period     rastro.DateRange   `json:"period"`
	Certainty  Certainty          `json:"certainty"`
	Confidence rastro.Confidence  `json:"confidence,omitempty"`
	Citations  []rastro.Citation  `json:"citations,omitempty"`
}

// Node is a unit in a chain. Depth 0 is the unit asked about; its parents
// are at depth 1, and so on (the longest path when there are several).
type Node struct {
	UnitID     int64        `json:"unit_id"`
	Name       string       `json:"name"`
	Force      rastro.Force `json:"force"`
	Depth      int          `json:"depth"`
	Commanders []Commander  `json:"commanders"`
}

// Link is a relation from a unit to the unit above it, valid on the day.
type Link struct {
	RelationID int64               `json:"relation_id"`
	UnitID     int64               `json:"unit_id"`
	ParentID   int64               `json:"parent_id"`
	Kind       rastro.RelationKind `json:"kind"`
	Period     rastro.DateRange    `json:"period"`
	Certainty  Certainty           `json:"certainty"`
	Confidence rastro.Confidence   `json:"confidence,omitempty"`
	Status     rastro.Status       `json:"status,omitempty"`
	Citations  []rastro.Citation   `json:"citations,omitempty"`
}

// Chain is the command structure above one unit on one day.
type Chain struct {
	UnitID int64       `json:"unit_id"`
	On     rastro.Date `json:"on"`
	Nodes  []Node      `json:"nodes"` // by depth, then unit ID
	Links  []Link      `json:"links"`
}

// Depth is the number of levels of the chain, the unit itself included.
func (c *Chain) Depth() int {
	max := 0
	for _, n := range c.Nodes {
		if n.Depth > max {
			max = n.Depth
		}
	}
	return max + 1
}

// ChainOf returns the chain above unit on day. Relations and postings whose
// periods may cover the day are followed; the uncertain ones are marked.
func ChainOf(x *analysis.Index, unit int64, day rastro.Date) (*Chain, error) {
	if x.Units[unit] == nil {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "unit %d not found", unit)
	}
	if day.IsZero() {
		return nil, rastro.Errorf(rastro.EINVALID, "a chain of command needs a date")
	}
	t := day.First()
	c := &Chain{UnitID: unit, On: day}
	depth := map[int64]int{unit: 0}
	queue := []int64{unit}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, r := range x.RelationsOf[u] {
			cov := r.Period.Covers(t)
			if cov == rastro.Outside || x.Units[r.ParentID] == nil {
				continue
			}
			c.Links = append(c.Links, Link{
				RelationID: r.ID, UnitID: r.UnitID, ParentID: r.ParentID, Kind: r.Kind, Period: r.Period,
				Certainty: certainty(cov), Confidence: r.Confidence, Status: r.Status, Citations: r.Citations,
			})
			if _, seen := depth[r.ParentID]; !seen {
				depth[r.ParentID] = depth[u] + 1
				queue = append(queue, r.ParentID)
			}
		}
	}
	// A unit reached by several paths sits at its longest distance from the
	// unit asked about, so that every parent is above its children (the cap
	// stops the relaxation on a cyclic record set).
	for i := 0; i < len(depth); i++ {
		changed := false
		for _, l := range c.Links {
			if depth[l.ParentID] < depth[l.UnitID]+1 && depth[l.UnitID]+1 < len(depth) {
				depth[l.ParentID] = depth[l.UnitID] + 1
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for id, d := range depth {
		u := x.Units[id]
		c.Nodes = append(c.Nodes, Node{UnitID: id, Name: u.Name, Force: u.Force, Depth: d, Commanders: commanders(x, id, d, t)})
	}
	sort.Slice(c.Nodes, func(i, j int) bool {
		if c.Nodes[i].Depth != c.Nodes[j].Depth {
			return c.Nodes[i].Depth < c.Nodes[j].Depth
		}
		return c.Nodes[i].UnitID < c.Nodes[j].UnitID
	})
	sort.SliceStable(c.Links, func(i, j int) bool { return depth[c.Links[i].UnitID] < depth[c.Links[j].UnitID] })
	return c, nil
}

// commanders lists the people posted in command roles in unit whose
// postings may cover day t.
func commanders(x *analysis.Index, unit int64, depth int, t time.Time) []Commander {
	out := []Commander{}
	for _, p := range x.PostingsOf[unit] {
		cov := p.Period.Covers(t)
		if !p.Role.Commands() || cov == rastro.Outside {
			continue
		}
		out = append(out, Commander{
			PersonID: p.PersonID, Name: PersonName(x, p.PersonID), UnitID: unit, Depth: depth, PostingID: p.ID,
			Role: p.Role, Rank: p.Rank, Title: p.Title, Period: p.Period,
			Certainty: certainty(cov), Confidence: p.Confidence, Citations: p.Citations,
		})
	}
	return out
}

// PersonName is the name to show for a person: protected people are shown
// by number only.
func PersonName(x *analysis.Index, id int64) string {
	p := x.Persons[id]
	switch {
	case p == nil:
		return fmt.Sprintf("person %d (not found)", id)
	case p.Protected:
		return fmt.Sprintf("protected person %d", id)
	}
	return p.Name
}

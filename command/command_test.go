package command

import (
	"bytes"
	"encoding/xml"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/analysis"
	"github.com/rastro-project/rastro/demo"
)

func demoIndex(t *testing.T) *analysis.Index {
	t.Helper()
	b, err := demo.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	return analysis.NewIndex(b)
}

func unitByAlias(t *testing.T, x *analysis.Index, alias string) *rastro.Unit {
	t.Helper()
	for _, u := range x.Bundle.Units {
		if slices.Contains(u.Aliases, alias) {
			return u
		}
	}
	t.Fatalf("no unit %s", alias)
	return nil
}

func node(c *Chain, unit int64) *Node {
	for i := range c.Nodes {
		if c.Nodes[i].UnitID == unit {
			return &c.Nodes[i]
		}
	}
	return nil
}

func TestDIROESChainOnJuliacaDay(t *testing.T) {
	x := demoIndex(t)
	diroes := unitByAlias(t, x, "DIROES")
	c, err := ChainOf(x, diroes.ID, rastro.MustDate("2023-01-09"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Depth() < 4 {
		t.Errorf("depth %d", c.Depth())
	}
	for alias, depth := range map[string]int{"DIROES": 0, "DIRNOS": 1, "CG-PNP": 2, "MININTER": 3, "CUO Puno": 1} {
		u := unitByAlias(t, x, alias)
		n := node(c, u.ID)
		if n == nil || n.Depth != depth {
			t.Errorf("%s: node %+v, want depth %d", alias, n, depth)
		}
	}
	// Commanders at every child_of level; the minister who took office on
	// 13 January is not in the chain on the 9th.
	var names []string
	for _, n := range c.Nodes {
		if n.Depth <= 3 && n.Force != "" && len(n.Commanders) == 0 {
			t.Errorf("no commander of %s", n.Name)
		}
		for _, cm := range n.Commanders {
			names = append(names, cm.Name)
			if cm.Certainty != Certain && n.UnitID == diroes.ID {
				t.Errorf("DIROES commander %s uncertain on 9 January", cm.Name)
			}
		}
	}
	if !slices.Contains(names, "César Inventado Rosales") || slices.Contains(names, "Vicente Ficticio Lozada") {
		t.Errorf("ministers in chain: %v", names)
	}
	var member bool
	for _, l := range c.Links {
		member = member || l.Kind == rastro.MemberOf
		if len(l.Citations) == 0 || l.Confidence == "" {
			t.Errorf("link %d has no citation or confidence", l.RelationID)
		}
	}
	if !member {
		t.Error("task force membership missing")
	}
}

func TestUncertainLinksAreMarked(t *testing.T) {
	x := demoIndex(t)
	diroes := unitByAlias(t, x, "DIROES")
	dirnos := unitByAlias(t, x, "DIRNOS")
	// The DIRNOS director's posting is cited from "2022-12" (month, inexact):
	// within December it may or may not have begun.
	c, err := ChainOf(x, diroes.ID, rastro.MustDate("2022-12-12"))
	if err != nil {
		t.Fatal(err)
	}
	n := node(c, dirnos.ID)
	if n == nil || len(n.Commanders) != 1 || n.Commanders[0].Certainty != Uncertain {
		t.Fatalf("DIRNOS on 2022-12-12: %+v", n)
	}
	// After its last cited day the task force membership is uncertain.
	c, _ = ChainOf(x, diroes.ID, rastro.MustDate("2023-02-15"))
	for _, l := range c.Links {
		if l.Kind == rastro.MemberOf && l.Certainty != Uncertain {
			t.Errorf("membership on 2023-02-15 is %s", l.Certainty)
		}
	}
	var out bytes.Buffer
	if err := c.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "uncertain") || !strings.Contains(out.String(), "Dirección de Operaciones Especiales") {
		t.Errorf("table:\n%s", out.String())
	}
}

func TestArmyChainInAyacucho(t *testing.T) {
	x := demoIndex(t)
	bat := unitByAlias(t, x, "BI 951")
	c, err := ChainOf(x, bat.ID, rastro.MustDate("2022-12-15"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Depth() < 5 {
		t.Errorf("battalion chain depth %d, want 5 (battalion, brigade, division, army command, ministry)", c.Depth())
	}
	if node(c, unitByAlias(t, x, "FTC Ayacucho").ID) == nil || node(c, unitByAlias(t, x, "CCFFAA").ID) == nil {
		t.Error("the task force and the joint command are missing from the chain")
	}
}

func TestIncidentChains(t *testing.T) {
	x := demoIndex(t)
	var juliaca int64
	for _, inc := range x.Bundle.Incidents {
		if inc.When.Start == rastro.MustDate("2023-01-09") {
			juliaca = inc.ID
		}
	}
	ic, err := ForIncident(x, juliaca)
	if err != nil {
		t.Fatal(err)
	}
	units := map[string][]string{}
	for _, u := range ic.Units {
		units[u.Name] = u.Roles
	}
	if r := units["Dirección de Operaciones Especiales"]; !slices.Contains(r, "present") || !slices.Contains(r, "deployed") {
		t.Errorf("DIROES roles %v", r)
	}
	if _, ok := units["Región Policial Puno"]; !ok {
		t.Errorf("the regional police deployed in Juliaca is missing: %v", units)
	}
	var top bool
	for _, cm := range ic.Responsible {
		if cm.Title == "Ministro del Interior" {
			top = true
		}
	}
	if !top || len(ic.Responsible) < 6 {
		t.Errorf("%d responsible, minister included %v", len(ic.Responsible), top)
	}
	if len(ic.Persons) != 3 { // the operations chief and the two agents who reported firing
		t.Errorf("persons %+v", ic.Persons)
	}
	var out bytes.Buffer
	if err := ic.WriteText(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "up to the highest level") {
		t.Error("text output incomplete")
	}

	var svg bytes.Buffer
	if err := SVG(&svg, ic.Chains...); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(svg.Bytes()))
	var texts []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			texts = append(texts, string(cd))
		}
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Ministerio del Interior", "Dirección de Operaciones Especiales", "César Inventado Rosales"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG lacks %q", want)
		}
	}
}

func TestErrors(t *testing.T) {
	x := demoIndex(t)
	if _, err := ChainOf(x, 999, rastro.MustDate("2023-01-09")); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Errorf("unknown unit: %v", err)
	}
	if _, err := ChainOf(x, 1, rastro.Date{}); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Errorf("no date: %v", err)
	}
	if _, err := ForIncident(x, 999); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Errorf("unknown incident: %v", err)
	}
}

func TestCycleTerminates(t *testing.T) {
	x := demoIndex(t)
	a, b := x.Bundle.Units[0].ID, x.Bundle.Units[1].ID
	x.Bundle.UnitRelations = append(x.Bundle.UnitRelations, &rastro.UnitRelation{
		Record: rastro.Record{ID: 999}, UnitID: a, ParentID: b, Kind: rastro.ChildOf,
		Period: rastro.DateRange{Start: rastro.MustDate("2020"), Open: true},
	})
	x = analysis.NewIndex(x.Bundle)
	c, err := ChainOf(x, b, rastro.MustDate("2023-01-09"))
	if err != nil {
		t.Fatal(err)
	}
	if err := SVG(io.Discard, c); err != nil {
		t.Fatal(err)
	}
}

// ForIncidents shares chains between incidents; each result must be what
// ForIncident gives for that incident alone.
func TestForIncidentsMatchesForIncident(t *testing.T) {
	x := demoIndex(t)
	var ids []int64
	for _, inc := range x.Bundle.Incidents {
		ids = append(ids, inc.ID)
	}
	all, err := ForIncidents(x, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(ids) {
		t.Fatalf("%d results for %d incidents", len(all), len(ids))
	}
	shared := 0
	seen := map[*Chain]bool{}
	for i, id := range ids {
		one, err := ForIncident(x, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(all[i], one) {
			t.Errorf("incident %d: ForIncidents differs from ForIncident", id)
		}
		for _, c := range all[i].Chains {
			if seen[c] {
				shared++
			}
			seen[c] = true
		}
	}
	t.Logf("%d chains shared between incidents", shared)
}

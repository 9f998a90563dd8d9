// Package demo builds Rastro's synthetic demo case file: invented victims,
// officers, official records, autopsies and witness statements in real
// places (Andahuaylas, Chincheros, Ayacucho, Juliaca), built so that the
// case-level records reproduce the figures a real news report gave for
// Amnesty International's 2023 report on Peru: 52 people killed or injured,
// 25 killed, 20 of them with all the marks of an extrajudicial execution,
// and, in Juliaca on 9 January 2023, two agents reporting four 7.62 rounds
// while at least 15 people were killed by live ammunition.
//
// Nothing here is stored as data: Bundle builds the records from the tables
// in this package every time, with fixed IDs and timestamps, so the same
// bytes come out on every call.
package demo

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/transfer"
)

// Created is the timestamp every demo record carries.
var Created = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// Name is the demo's name in the bundle metadata.
const Name = "Rastro demo case file (SYNTHETIC)"

// Bundle returns the complete demo case file. Every call builds new records,
// so callers may modify them.
func Bundle() (*rastro.Bundle, error) {
	b := &builder{
		out: &rastro.Bundle{
			Format:  rastro.BundleFormat,
			Version: rastro.BundleVersion,
			Meta: map[string]string{
				"name":      Name,
				"synthetic": "true",
				"description": "SYNTHETIC demo data. Invented victims, officers, official records, autopsies and witness statements " +
					"in real Peruvian districts, built so that the case records reproduce the figures reported for Amnesty International's " +
					"2023 report on the protests in Peru (52 killed or injured, 25 killed, 20 possible extrajudicial executions; " +
					"Juliaca, 9 January 2023). Only the news article and the UBIGEO dataset are real sources. Unit relations, army " +
					"designations below the army command, postings and every person are invented and say nothing about real people.",
			},
			Claims: []*rastro.Claim{},
		},
		placeID:   map[string]int64{},
		placeName: map[string]string{},
		unitID:    map[string]int64{},
		officerID: map[string]int64{},
	}
	b.addPlaces()
	b.addSources()
	b.citePlaces()
	b.addUnits()
	b.addOfficers()
	b.addIncidents()
	b.addCases()
	b.addDeployments()
	b.addDischarges()
	b.addProtests()
	if err := transfer.CheckBundle(b.out); err != nil {
		return nil, rastro.Errorf(rastro.EINTERNAL, "demo bundle is inconsistent: %v", err)
	}
	return b.out, nil
}

// builder hands out IDs in creation order (from 1 per record type) and
// remembers the keys the tables use to refer to each other.
type builder struct {
	out       *rastro.Bundle
	citations int64
	src       sourceIDs
	placeID   map[string]int64 // by UBIGEO
	placeName map[string]string
	unitID    map[string]int64
	officerID map[string]int64 // person ID by officer key
	incidents []int64          // by incident index
	acts      []int64          // by case index
}

func record(id int) rastro.Record {
	return rastro.Record{ID: int64(id), Version: 1, CreatedAt: Created, UpdatedAt: Created}
}

// cite returns a citation with the next citation ID.
func (b *builder) cite(source int64, field string, page, paragraph int, note string) rastro.Citation {
	b.citations++
	return rastro.Citation{ID: b.citations, SourceID: source, Field: field, Page: page, Paragraph: paragraph, Note: note}
}

func assertion(c rastro.Confidence, s rastro.Status, cites ...rastro.Citation) rastro.Assertion {
	return rastro.Assertion{Confidence: c, Status: s, Citations: cites}
}

func (b *builder) source(s *rastro.Source) int64 {
	s.Record = record(len(b.out.Sources) + 1)
	b.out.Sources = append(b.out.Sources, s)
	return s.ID
}

func (b *builder) addPlaces() {
	for _, r := range placeRows {
		lat, lon := r.lat, r.lon
		p := &rastro.Place{
			Record: record(len(b.out.Places) + 1),
			Name:   r.district, Ubigeo: r.ubigeo, Country: "PE",
			Admin1: r.department, Admin2: r.province, Admin3: r.district,
			Latitude: &lat, Longitude: &lon, GeoPrecision: 1,
		}
		b.out.Places = append(b.out.Places, p)
		b.placeID[r.ubigeo] = p.ID
		b.placeName[r.ubigeo] = r.district
	}
}

// citePlaces cites the UBIGEO dataset for every place; it runs once the
// sources exist.
func (b *builder) citePlaces() {
	for _, p := range b.out.Places {
		p.Assertion = assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
			b.cite(b.src.dataset, "ubigeo", 0, 0, "district "+p.Ubigeo))
	}
}

func (b *builder) addUnits() {
	for _, r := range unitRows {
		u := &rastro.Unit{
			Record: record(len(b.out.Units) + 1),
			Assertion: assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
				b.cite(b.src.orgChart, "name", 1, 0, "")),
			Name: r.name, Aliases: r.aliases, Force: r.force, Country: "PE",
		}
		b.out.Units = append(b.out.Units, u)
		b.unitID[r.key] = u.ID
	}
	for i, r := range relationRows {
		conf := rastro.ConfidenceHigh
		if !r.period.StartExact || (!r.period.Open && !r.period.EndExact) {
			conf = rastro.ConfidenceMedium
		}
		b.out.UnitRelations = append(b.out.UnitRelations, &rastro.UnitRelation{
			Record:    record(i + 1),
			Assertion: assertion(conf, rastro.StatusAccepted, b.cite(b.src.orgChart, "period", 2+i, 0, "")),
			UnitID:    b.unitID[r.unit], ParentID: b.unitID[r.parent], Kind: r.kind, Period: r.period,
		})
	}
}

func (b *builder) addOfficers() {
	for i, r := range officerRows {
		p := b.person(&rastro.Person{
			Assertion: assertion(rastro.ConfidenceMedium, rastro.StatusAccepted),
			Name:      r.name, Sex: rastro.SexMale, Minor: rastro.No,
			Notes: "SYNTHETIC: invented person.",
		})
		b.officerID[r.key] = p
		conf := rastro.ConfidenceHigh
		if !r.period.StartExact {
			conf = rastro.ConfidenceMedium
		}
		b.out.Postings = append(b.out.Postings, &rastro.Posting{
			Record:    record(i + 1),
			Assertion: assertion(conf, rastro.StatusAccepted, b.cite(b.src.orgChart, "period", 20+i, 0, "appointment resolution")),
			PersonID:  p, UnitID: b.unitID[r.unit], Role: r.role, Rank: r.rank, Title: r.title, Period: r.period,
		})
	}
}

func (b *builder) person(p *rastro.Person) int64 {
	p.Record = record(len(b.out.Persons) + 1)
	b.out.Persons = append(b.out.Persons, p)
	return p.ID
}

func (b *builder) addIncidents() {
	for i, r := range incidentRows {
		day := rastro.MustDate(r.date)
		inc := &rastro.Incident{
			Record: record(i + 1),
			Assertion: assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
				b.cite(b.src.operations[i], "", 1, 0, "SYNTHETIC operations report"),
				b.cite(b.src.article, "", 0, r.articlePara, "real article: aggregate figures only; the case records are invented")),
			Title: r.title, Description: "SYNTHETIC. " + r.description,
			When:    rastro.DateRange{Start: day, StartExact: true, End: day, EndExact: true},
			PlaceID: b.placeID[r.ubigeo], DisorderType: "Demonstrations",
			EventType: "Protests", SubEventType: "Excessive force against protesters",
			WarningGiven: r.warning, LessLethalFirst: r.lessLethalFirst,
		}
		b.out.Incidents = append(b.out.Incidents, inc)
		b.incidents = append(b.incidents, inc.ID)
	}
}

// addCases creates one victim, one act and its involvements per caseRow.
func (b *builder) addCases() {
	witnessPara := map[int]int{}
	hospitalPage := map[int]int{}
	for i, c := range caseRows {
		witnessPara[c.incident]++
		para := witnessPara[c.incident]
		age := c.age
		minor := rastro.No
		if age < 18 {
			minor = rastro.Yes
		}
		ethnicity, indigenous := "", ""
		switch c.people {
		case "Q":
			ethnicity, indigenous = "Quechua", "Quechua"
		case "A":
			ethnicity, indigenous = "Aymara", "Aymara"
		case "M":
			ethnicity = "Mestizo"
		}
		victim := b.person(&rastro.Person{
			Assertion: assertion(rastro.ConfidenceMedium, rastro.StatusAccepted,
				b.cite(b.src.witnesses[c.incident], "", 0, para, "identity and background")),
			Name: c.name, Sex: c.sex, Age: &age, Minor: minor,
			Ethnicity: ethnicity, Indigenous: indigenous, Occupation: c.occupation,
			HomePlaceID: b.placeID[c.home], Protected: true,
			Notes: "SYNTHETIC: invented person.",
		})

		act := &rastro.Act{
			Record: record(i + 1), IncidentID: b.incidents[c.incident], VictimID: victim, Type: c.typ,
			WoundRegions: regions(c.regions), WoundCount: len(c.regions), EntrySide: c.entry,
			Munition: c.munition, Calibre: c.calibre, Distance: c.distance, Activity: c.activity,
			VictimArmed: rastro.No, VictimThreat: c.threat,
		}
		inc := incidentRows[c.incident]
		desc := fmt.Sprintf("SYNTHETIC case: %s, %s, %s by %s to the %s while %s.",
			b.placeName[inc.ubigeo], inc.date, c.typ, strings.ReplaceAll(string(c.munition), "_", " "),
			regionWords(act.WoundRegions), strings.ReplaceAll(string(c.activity), "_", " "))
		if c.note != "" {
			desc += " Note: " + c.note + "."
		}
		act.Description = desc
		threatCite := b.cite(b.src.witnesses[c.incident], "victim_threat", 0, para, "witnesses describe the victim as unarmed")
		if c.typ == killed {
			autopsy := b.src.autopsy[i]
			act.AutopsyRef = autopsyRef(i)
			act.Assertion = assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
				b.cite(autopsy, "wound_regions", 2, 0, "external and internal examination"),
				b.cite(autopsy, "munition", 3, 0, "projectile or cause of the wounds"),
				b.cite(b.src.witnesses[c.incident], "activity", 0, para, ""),
				threatCite)
		} else {
			hospitalPage[c.incident]++
			act.Assertion = assertion(rastro.ConfidenceMedium, rastro.StatusAccepted,
				b.cite(b.src.hospital[c.incident], "wound_regions", hospitalPage[c.incident], 0, "admission record"),
				b.cite(b.src.hospital[c.incident], "munition", hospitalPage[c.incident], 0, ""),
				b.cite(b.src.witnesses[c.incident], "activity", 0, para, ""),
				threatCite)
		}
		if c.threat == rastro.Unknown {
			// Sources disagree on whether the victim threatened anyone.
			act.Confidence = rastro.ConfidenceLow
			act.Status = rastro.StatusConflict
			act.Citations = append(act.Citations,
				b.cite(b.src.operations[c.incident], "victim_threat", 2, 0, "the official report alleges stones were thrown at troops"))
		}
		b.out.Acts = append(b.out.Acts, act)
		b.acts = append(b.acts, act.ID)
		b.addInvolvements(i, c)
	}
}

// addInvolvements links an act to the units present at the incident, to the
// shooting unit when the records name one, and, for some acts, to persons.
func (b *builder) addInvolvements(caseIndex int, c caseRow) {
	inc := incidentRows[c.incident]
	ops := b.src.operations[c.incident]
	add := func(person, unit int64, role rastro.Role, a rastro.Assertion) {
		b.out.Involvements = append(b.out.Involvements, &rastro.Involvement{
			Record: record(len(b.out.Involvements) + 1), Assertion: a,
			ActID: b.acts[caseIndex], PersonID: person, UnitID: unit, Role: role,
		})
	}
	for _, u := range inc.present {
		role := rastro.RolePresent
		conf := rastro.ConfidenceHigh
		if u == inc.shooter && c.munition == live {
			role, conf = rastro.RoleShooter, rastro.ConfidenceMedium
		}
		add(0, b.unitID[u], role, assertion(conf, rastro.StatusAccepted, b.cite(ops, "unit_id", 1, 0, "units deployed")))
	}
	if inc.shooter != "" && c.munition == live && !slices.Contains(inc.present, inc.shooter) {
		add(0, b.unitID[inc.shooter], rastro.RoleShooter, assertion(rastro.ConfidenceMedium, rastro.StatusAccepted,
			b.cite(ops, "unit_id", 1, 0, "troops who opened fire"),
			b.cite(b.src.witnesses[c.incident], "unit_id", 0, 0, "witnesses saw soldiers fire")))
	}
	switch {
	case c.incident == incJuliaca && c.typ == killed && c.munition == live:
		add(b.officerID["ops_diroes"], b.unitID["diroes"], rastro.RoleCommander, assertion(rastro.ConfidenceMedium, rastro.StatusWorkNeeded,
			b.cite(ops, "person_id", 3, 0, "named as commanding the operation at the airport")))
	case c.incident == incAyacucho && c.typ == killed:
		add(b.officerID["cmd_bat951"], b.unitID["bat951"], rastro.RoleCommander, assertion(rastro.ConfidenceMedium, rastro.StatusWorkNeeded,
			b.cite(ops, "person_id", 3, 0, "commanded the troops at the airport")))
	}
	// The two agents who reported firing are placed by their own reports at
	// the spot where these two victims fell; who shot whom is not known.
	if c.incident == incJuliaca && c.typ == injured && c.calibre == "7.62 mm" {
		for i, d := range dischargeRows {
			add(b.officerID[d.agent], b.unitID[d.unit], rastro.RolePresent, assertion(rastro.ConfidenceLow, rastro.StatusWorkNeeded,
				b.cite(b.src.discharge[i], "person_id", 1, 0, "the agent's own report of where he fired")))
		}
	}
}

func (b *builder) addDeployments() {
	for i, r := range deploymentRows {
		src := b.src.orgChart
		var incident int64
		if r.incident >= 0 {
			incident = b.incidents[r.incident]
			src = b.src.operations[r.incident]
		}
		b.out.Deployments = append(b.out.Deployments, &rastro.Deployment{
			Record:    record(i + 1),
			Assertion: assertion(rastro.ConfidenceHigh, rastro.StatusAccepted, b.cite(src, "period", 1, 0, "deployment order")),
			UnitID:    b.unitID[r.unit], PlaceID: b.placeID[r.ubigeo], IncidentID: incident, Period: r.period,
		})
	}
}

func (b *builder) addDischarges() {
	for i, r := range dischargeRows {
		inc := incidentRows[r.incident]
		b.out.Discharges = append(b.out.Discharges, &rastro.DischargeRecord{
			Record: record(i + 1),
			Assertion: assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
				b.cite(b.src.discharge[i], "rounds", 1, 0, "rounds declared by the agent"),
				b.cite(b.src.article, "rounds", 0, paraJuliaca, "real article: two agents, four 7.62 rounds")),
			UnitID: b.unitID[r.unit], AgentID: b.officerID[r.agent], Weapon: r.weapon, Calibre: r.calibre,
			Rounds: r.rounds, Date: rastro.MustDate(r.date), PlaceID: b.placeID[inc.ubigeo],
			IncidentID: b.incidents[r.incident], SourceID: b.src.discharge[i],
		})
	}
}

func regions(codes string) []rastro.BodyRegion {
	var out []rastro.BodyRegion
	for _, c := range codes {
		out = append(out, regionCodes[c])
	}
	return out
}

func regionWords(rs []rastro.BodyRegion) string {
	words := make([]string, len(rs))
	for i, r := range rs {
		words[i] = strings.ReplaceAll(string(r), "_", " ")
	}
	return strings.Join(words, " and ")
}

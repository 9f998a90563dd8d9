package report

import (
	"strconv"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/assess"
)

// IncidentRow is an incident with its counts and a point to draw it at, as
// the GeoJSON and KML exports give it.
type IncidentRow struct {
	Incident *rastro.Incident
	Place    *rastro.Place // nil when unknown
	// Lon, Lat: the place's coordinates, or the centre of its department
	// when it has none (Approx); HasPoint is false when neither is known.
	Lon, Lat float64
	Approx   bool
	HasPoint bool
	Killed   int
	Injured  int
	Other    int
	Acts     int
	// Conclusions counts the acts by final assessment conclusion.
	Conclusions map[string]int
}

// IncidentRows summarises every incident the input's filter selects.
func IncidentRows(in *Input) ([]IncidentRow, error) {
	s, err := in.scope()
	if err != nil {
		return nil, err
	}
	depts := map[string]Department{}
	for _, d := range in.Departments {
		depts[d.Code] = d
	}
	final := finalConclusions(in)
	rows := make([]IncidentRow, 0, len(s.Incidents))
	for _, inc := range s.Incidents {
		r := IncidentRow{Incident: inc, Place: s.PlaceOf(inc), Conclusions: map[string]int{}}
		if p := r.Place; p != nil {
			if p.Latitude != nil {
				r.Lon, r.Lat, r.HasPoint = *p.Longitude, *p.Latitude, true
			} else if d, ok := depts[prefix2(p.Ubigeo)]; ok {
				c := d.Centroid()
				r.Lon, r.Lat, r.HasPoint, r.Approx = c[0], c[1], true, true
			}
		}
		for _, a := range s.ActsOf[inc.ID] {
			r.Acts++
			switch harmOf(a) {
			case harmKilled:
				r.Killed++
			case harmInjured:
				r.Injured++
			default:
				r.Other++
			}
			if c, ok := final[a.ID]; ok {
				r.Conclusions[c]++
			}
		}
		rows = append(rows, r)
	}
	return rows, nil
}

func prefix2(ubigeo string) string {
	if len(ubigeo) < 2 {
		return ""
	}
	return ubigeo[:2]
}

// finalConclusions gives the conclusion that stands for each assessed act.
func finalConclusions(in *Input) map[int64]string {
	if in.Assessment == nil {
		return nil
	}
	m := make(map[int64]string, len(in.Assessment.Results))
	for i := range in.Assessment.Results {
		m[in.Assessment.Results[i].ActID] = in.Assessment.Results[i].Final
	}
	return m
}

// ActColumns are the columns of the acts table the CSV and XLSX exports
// write: codes, not translations, so the table can be analysed further.
var ActColumns = []string{
	"act_id", "incident_id", "incident", "date", "place", "ubigeo", "department",
	"victim_id", "type", "munition", "weapon", "calibre", "wound_regions", "wound_count", "vital_wound",
	"entry_side", "distance", "activity", "victim_armed", "victim_threat", "confidence", "status", "source_ids",
	"assessment", "assessment_rules", "assessment_missing", "assessment_indicators_met", "reviewer_conclusion", "reviewer_reason",
}

// ActTable returns the acts the filter selects, one row of ActColumns each;
// the assessment columns are empty when the assessment was not run. Victims
// appear by record number only.
func ActTable(in *Input) ([][]string, error) {
	s, err := in.scope()
	if err != nil {
		return nil, err
	}
	assessed := map[int64]*assess.Result{}
	if in.Assessment != nil {
		for i := range in.Assessment.Results {
			assessed[in.Assessment.Results[i].ActID] = &in.Assessment.Results[i]
		}
	}
	id := func(v int64) string {
		if v == 0 {
			return ""
		}
		return strconv.FormatInt(v, 10)
	}
	rows := make([][]string, 0, len(s.Acts))
	for _, a := range s.Acts {
		inc := s.Incident[a.IncidentID]
		var place, ubigeo, dept string
		if p := s.PlaceOf(inc); p != nil {
			place, ubigeo, dept = p.Name, p.Ubigeo, p.Admin1
		}
		regions := make([]string, len(a.WoundRegions))
		for i, r := range a.WoundRegions {
			regions[i] = string(r)
		}
		var sources []string
		seen := map[int64]bool{}
		for _, c := range a.Citations {
			if !seen[c.SourceID] {
				seen[c.SourceID] = true
				sources = append(sources, id(c.SourceID))
			}
		}
		wounds := ""
		if a.WoundCount > 0 {
			wounds = strconv.Itoa(a.WoundCount)
		}
		row := []string{
			id(a.ID), id(a.IncidentID), inc.Title, s.ActDate(a).String(), place, ubigeo, dept,
			id(a.VictimID), string(a.Type), string(a.Munition), a.Weapon, a.Calibre, strings.Join(regions, ";"), wounds, strconv.FormatBool(a.VitalWound()),
			string(a.EntrySide), string(a.Distance), string(a.Activity), string(a.VictimArmed), string(a.VictimThreat),
			string(a.Confidence), string(a.Status), strings.Join(sources, ";"),
			"", "", "", "", "", "",
		}
		if as := assessed[a.ID]; as != nil {
			var met, missing []string
			for _, f := range as.Findings {
				if f.Value == assess.Met {
					met = append(met, f.Indicator)
				}
			}
			for _, m := range as.Missing {
				missing = append(missing, m.Indicator)
			}
			n := len(row)
			row[n-6], row[n-5], row[n-4], row[n-3] = as.Conclusion, strings.Join(as.Fired, ";"), strings.Join(missing, ";"), strings.Join(met, ";")
			if r := as.Review; r != nil {
				row[n-2], row[n-1] = r.Conclusion, r.Reason
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

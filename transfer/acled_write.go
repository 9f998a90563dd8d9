package transfer

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/sheet"
)

// acledSourceKinds are the kinds of source an ACLED export may name: never
// witness statements, autopsies or media, which can identify people.
var acledSourceKinds = map[rastro.SourceKind]bool{
	rastro.SourceNews: true, rastro.SourceNGOReport: true, rastro.SourceOfficialRecord: true, rastro.SourceOther: true,
}

// WriteACLED writes the incidents of b as ACLED event rows (ACLEDColumns),
// ordered by ID. Attributes kept in Incident.External on import are given
// back; for incidents recorded in Rastro the columns come from the records:
// the place, the publishers of cited sources, and the number of acts of
// killing when no fatality count was reported. Cells are written through
// package sheet (no formulas); ReadACLED undoes it.
func WriteACLED(w io.Writer, b *rastro.Bundle) error {
	places := map[int64]*rastro.Place{}
	for _, p := range b.Places {
		places[p.ID] = p
	}
	sources := map[int64]*rastro.Source{}
	for _, s := range b.Sources {
		sources[s.ID] = s
	}
	killed := map[int64]int{}
	for _, a := range b.Acts {
		if a.Type == rastro.ActKilled {
			killed[a.IncidentID]++
		}
	}
	cw := sheet.NewWriter(w)
	if err := cw.Write(ACLEDColumns); err != nil {
		return err
	}
	row := make([]string, len(ACLEDColumns))
	for _, inc := range byID(b.Incidents) {
		v := acledRow(inc, places[inc.PlaceID], sources, killed[inc.ID])
		for i, c := range ACLEDColumns {
			row[i] = v[c]
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	return cw.Flush()
}

func acledRow(inc *rastro.Incident, place *rastro.Place, sources map[int64]*rastro.Source, killed int) map[string]string {
	v := map[string]string{}
	for k, x := range inc.External {
		v[k] = x
	}
	if v["event_id_cnty"] == "" {
		v["event_id_cnty"] = "RASTRO" + strconv.FormatInt(inc.ID, 10)
	}
	date, precision := acledDate(inc.When, inc.External["event_date"])
	v["event_date"] = date.String()
	v["year"] = strconv.Itoa(date.Year)
	v["time_precision"] = strconv.Itoa(precision)
	v["disorder_type"], v["event_type"], v["sub_event_type"] = inc.DisorderType, inc.EventType, inc.SubEventType
	if place != nil {
		v["location"], v["admin1"], v["admin2"], v["admin3"] = place.Name, place.Admin1, place.Admin2, place.Admin3
		v["latitude"], v["longitude"] = fmtFloat(place.Latitude), fmtFloat(place.Longitude)
		if place.GeoPrecision > 0 {
			v["geo_precision"] = strconv.Itoa(place.GeoPrecision)
		}
		for _, c := range countries {
			if c.alpha2 == place.Country {
				setDefault(v, "country", c.name)
				setDefault(v, "iso", c.numeric)
				setDefault(v, "region", c.region)
			}
		}
	}
	if v["source"] == "" {
		var names []string
		for _, c := range inc.Citations {
			if s := sources[c.SourceID]; s != nil && acledSourceKinds[s.Kind] {
				name := s.Publisher
				if name == "" {
					name = s.Title
				}
				names = append(names, name)
			}
		}
		v["source"] = strings.Join(splitSources(strings.Join(names, ";")), "; ")
	}
	v["notes"] = inc.Description
	fatalities := inc.ReportedFatalities
	if fatalities == 0 {
		fatalities = killed
	}
	v["fatalities"] = strconv.Itoa(fatalities)
	setDefault(v, "timestamp", strconv.FormatInt(inc.UpdatedAt.Unix(), 10))
	return v
}

func setDefault(v map[string]string, k, x string) {
	if v[k] == "" {
		v[k] = x
	}
}

// acledDate gives the day and time_precision ACLED codes for a range: the
// coded day kept on import when it still falls within the range, else the
// start (a day), the middle of a range, or the 15th of a month.
func acledDate(r rastro.DateRange, coded string) (rastro.Date, int) {
	precision := 1
	switch {
	case r.Start.Precision() != rastro.PrecisionDay:
		precision = 3
	case !r.End.IsZero() && r.End != r.Start:
		precision = 2
		if r.End.Last().Sub(r.Start.First()) > 7*24*time.Hour {
			precision = 3
		}
	}
	first, last := r.Start.First(), r.Start.Last()
	if !r.End.IsZero() {
		last = r.End.Last()
	}
	if d, err := rastro.ParseDate(coded); err == nil && d.Precision() == rastro.PrecisionDay &&
		!d.First().Before(first) && !d.First().After(last) {
		return d, precision
	}
	switch precision {
	case 1:
		return r.Start, 1
	case 3:
		if r.Start.Precision() == rastro.PrecisionMonth {
			return rastro.Date{Year: r.Start.Year, Month: r.Start.Month, Day: 15}, 3
		}
	}
	return rastro.DateOf(first.Add(last.Sub(first) / 2)), precision
}

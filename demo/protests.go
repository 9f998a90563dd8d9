package demo

import (
	"fmt"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/gazetteer"
)

// protestRow is a district where SYNTHETIC protest events without casualties
// are recorded, in the manner of ACLED's event list, and how many. They give
// the disparity analysis protests to set the casualties against: many in
// Lima and on the coast, fewer in the south, as in the real protests of
// December 2022 to February 2023 (the counts themselves are invented).
type protestRow struct {
	ubigeo string
	events int
}

var protestRows = []protestRow{
	{"150101", 18}, // Lima
	{"070101", 3},  // Callao
	{"040101", 6},  // Arequipa
	{"130101", 4},  // Trujillo
	{"200101", 3},  // Piura
	{"140101", 3},  // Chiclayo
	{"110101", 3},  // Ica
	{"120101", 2},  // Huancayo
	{"021801", 2},  // Chimbote
	{"230101", 2},  // Tacna
	{"080101", 4},  // Cusco
	{"030101", 1},  // Abancay
	{"030201", 1},  // Andahuaylas
	{"050101", 1},  // Ayacucho
	{"211101", 2},  // Juliaca
	{"210101", 2},  // Puno
}

// protestsStart is the first day of the synthetic events; they fall every
// few days over the twelve weeks that follow.
var protestsStart = time.Date(2022, 12, 7, 0, 0, 0, 0, time.UTC)

// addProtests adds the synthetic protest events, their places (those the
// cases do not already use, from the gazetteer's UBIGEO table) and the
// invented event list they cite. It runs last, so the case records keep
// their IDs.
func (b *builder) addProtests() {
	list := b.source(&rastro.Source{
		Kind: rastro.SourceDataset, Title: "SYNTHETIC — protest events in Peru, December 2022 – February 2023, in the ACLED format",
		Publisher: "Invented for the Rastro demo", Published: rastro.MustDate("2023-03"), Language: "en", MediaType: "text/csv",
		Summary: "SYNTHETIC list of protest events without casualties, coded as ACLED codes events (Protests / Peaceful protest), " +
			"invented so that the disparity analysis has protests to compare the incidents with casualties with. No row describes a real event.",
	})
	g := gazetteer.Default()
	n := 0
	for _, r := range protestRows {
		place, ok := b.placeID[r.ubigeo]
		if !ok {
			gp, _ := g.Lookup(r.ubigeo) // the tests check every code
			lat, lon := gp.Latitude, gp.Longitude
			p := &rastro.Place{
				Record: record(len(b.out.Places) + 1),
				Assertion: assertion(rastro.ConfidenceHigh, rastro.StatusAccepted,
					b.cite(b.src.dataset, "ubigeo", 0, 0, "district "+r.ubigeo)),
				Name: gp.Name, Ubigeo: r.ubigeo, Country: "PE",
				Admin1: gp.Department, Admin2: gp.Province, Admin3: gp.District,
				Latitude: &lat, Longitude: &lon, GeoPrecision: 1,
			}
			b.out.Places = append(b.out.Places, p)
			b.placeID[r.ubigeo], b.placeName[r.ubigeo] = p.ID, p.Name
			place = p.ID
		}
		for range r.events {
			n++
			day := protestsStart.AddDate(0, 0, (n*5)%84)
			for caseDay(day) { // keep the days of the cases theirs, so "the incident of 9 January" stays one
				day = day.AddDate(0, 0, 1)
			}
			date := rastro.Date{Year: day.Year(), Month: day.Month(), Day: day.Day()}
			event := fmt.Sprintf("PERDEMO%04d", n)
			inc := &rastro.Incident{
				Record: record(len(b.out.Incidents) + 1),
				Assertion: assertion(rastro.ConfidenceMedium, rastro.StatusAccepted,
					b.cite(list, "", 0, n, "SYNTHETIC event "+event)),
				Title: fmt.Sprintf("SYNTHETIC — peaceful protest in %s, %s", b.placeName[r.ubigeo], date),
				Description: "SYNTHETIC. Invented protest event without casualties, in the style of an ACLED record, " +
					"so that the disparity analysis has protests to compare with.",
				When:    rastro.DateRange{Start: date, StartExact: true, End: date, EndExact: true},
				PlaceID: place, DisorderType: "Demonstrations", EventType: "Protests", SubEventType: "Peaceful protest",
				External: map[string]string{"event_id_cnty": event, "actor1": "Protesters (Peru)", "inter1": "Protesters"},
			}
			b.out.Incidents = append(b.out.Incidents, inc)
		}
	}
}

// caseDay reports whether an incident with casualties happened on day.
func caseDay(day time.Time) bool {
	for _, r := range incidentRows {
		if r.date == day.Format("2006-01-02") {
			return true
		}
	}
	return false
}

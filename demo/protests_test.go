package demo

import (
	"strings"
	"testing"
)

// The synthetic protest events say they are invented, have no casualties,
// and lie mostly in Lima and on the coast.
func TestProtestEvents(t *testing.T) {
	b := mustBundle(t)
	places := placesByID(b)
	withActs := map[int64]bool{}
	for _, a := range b.Acts {
		withActs[a.IncidentID] = true
	}
	var protests, lima, south int
	for _, inc := range b.Incidents {
		if withActs[inc.ID] {
			continue
		}
		protests++
		if !strings.HasPrefix(inc.Title, "SYNTHETIC") || !strings.HasPrefix(inc.Description, "SYNTHETIC") ||
			inc.EventType != "Protests" || inc.SubEventType != "Peaceful protest" || !strings.HasPrefix(inc.External["event_id_cnty"], "PERDEMO") {
			t.Errorf("incident %d: %q, %s / %s", inc.ID, inc.Title, inc.EventType, inc.SubEventType)
		}
		switch code := places[inc.PlaceID].Ubigeo; {
		case strings.HasPrefix(code, "1501"):
			lima++
		case strings.HasPrefix(code, "03"), strings.HasPrefix(code, "05"), strings.HasPrefix(code, "08"), strings.HasPrefix(code, "21"):
			south++
		}
	}
	if protests != 57 || lima != 18 || south != 11 {
		t.Errorf("%d synthetic protest events, %d in Lima, %d in the southern Andes", protests, lima, south)
	}
	if len(withActs) != 5 {
		t.Errorf("%d incidents with casualties, want the 5 of the cases", len(withActs))
	}
}

package web

import (
	"encoding/json"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// TestIncidentListCounts checks that the list shows, beside the reported
// figure, the deaths and injuries the acts add up to.
func TestIncidentListCounts(t *testing.T) {
	for _, d := range sqldbtest.Dialects {
		t.Run(d, func(t *testing.T) {
			f := newFixture(t, d)
			ctx := auth.WithActorValue(t.Context(), auth.LocalAdmin())
			want := map[int64][2]int{}
			acts, _, err := f.db.Acts().List(ctx, rastro.ActFilter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range acts {
				c := want[a.IncidentID]
				switch a.Type {
				case rastro.ActKilled:
					c[0]++
				case rastro.ActInjured:
					c[1]++
				}
				want[a.IncidentID] = c
			}
			var v struct {
				Incidents []struct {
					ID       int64 `json:"id"`
					Recorded struct{ Killed, Injured int }
				}
			}
			body := readAll(t, f.do(f.client(auth.RoleViewer), "GET", "/api/incidents?limit=500", "", ""))
			if err := json.Unmarshal([]byte(body), &v); err != nil {
				t.Fatal(err)
			}
			withDeaths := 0
			for _, inc := range v.Incidents {
				if got := [2]int{inc.Recorded.Killed, inc.Recorded.Injured}; got != want[inc.ID] {
					t.Errorf("incident %d: recorded %v, the acts say %v", inc.ID, got, want[inc.ID])
				}
				if inc.Recorded.Killed > 0 {
					withDeaths++
				}
			}
			if len(v.Incidents) == 0 || withDeaths == 0 {
				t.Errorf("%d incidents, %d with deaths", len(v.Incidents), withDeaths)
			}
		})
	}
}

package rastro_test

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestValidateRefusesBadRecords(t *testing.T) {
	age := 15
	lat := 123.0
	lon := -70.0
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"incident without title", (&rastro.Incident{When: rastro.DateRange{Start: rastro.MustDate("2023-01-09")}}).Validate(), "title"},
		{"incident without date", (&rastro.Incident{Title: "x"}).Validate(), "start date"},
		{"act bad munition", (&rastro.Act{IncidentID: 1, Type: rastro.ActKilled, Munition: "laser"}).Validate(), "munition"},
		{"act bad region", (&rastro.Act{IncidentID: 1, Type: rastro.ActKilled, WoundRegions: []rastro.BodyRegion{"elbow"}}).Validate(), "wound region"},
		{"act bad confidence", (&rastro.Act{IncidentID: 1, Type: rastro.ActKilled, Assertion: rastro.Assertion{Confidence: "sure"}}).Validate(), "confidence"},
		{"act citation without source", (&rastro.Act{IncidentID: 1, Type: rastro.ActKilled, Assertion: rastro.Assertion{Citations: []rastro.Citation{{Quote: "x"}}}}).Validate(), "source"},
		{"minor marked adult", (&rastro.Person{Name: "x", Age: &age, Minor: rastro.No}).Validate(), "minor"},
		{"latitude out of range", (&rastro.Place{Name: "x", Latitude: &lat, Longitude: &lon}).Validate(), "latitude"},
		{"bad ubigeo", (&rastro.Place{Name: "x", Ubigeo: "2111"}).Validate(), "UBIGEO"},
		{"involvement without perpetrator", (&rastro.Involvement{ActID: 1, Role: rastro.RoleShooter}).Validate(), "perpetrator"},
		{"self parent", (&rastro.UnitRelation{UnitID: 1, ParentID: 1, Kind: rastro.ChildOf}).Validate(), "own parent"},
		{"negative rounds", (&rastro.DischargeRecord{Rounds: -1, Date: rastro.MustDate("2023-01-09")}).Validate(), "rounds"},
		{"bad sha", (&rastro.Source{Title: "x", Kind: rastro.SourceNews, SHA256: "abc"}).Validate(), "sha256"},
		{"claim bad span", (&rastro.Claim{SourceID: 1, Kind: rastro.ClaimCount, Status: rastro.ClaimPending, Start: 5, End: 2}).Validate(), "span"},
	} {
		if rastro.ErrorCode(tc.err) != rastro.EINVALID || !strings.Contains(rastro.ErrorMessage(tc.err), tc.want) {
			t.Errorf("%s: got %v, want EINVALID mentioning %q", tc.name, tc.err, tc.want)
		}
	}
}

func TestVitalWound(t *testing.T) {
	a := rastro.Act{WoundRegions: []rastro.BodyRegion{rastro.RegionLowerLimb, rastro.RegionChest}}
	if !a.VitalWound() {
		t.Error("chest wound not vital")
	}
	a.WoundRegions = []rastro.BodyRegion{rastro.RegionLowerLimb}
	if a.VitalWound() {
		t.Error("leg wound counted vital")
	}
}

package demo

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro/internal/shared"
	"github.com/rastro-project/rastro/transfer"

	"github.com/rastro-project/rastro"
)

func mustBundle(t *testing.T) *rastro.Bundle {
	t.Helper()
	b, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDeterministic(t *testing.T) {
	a, err := json.Marshal(mustBundle(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(mustBundle(t))
	if !bytes.Equal(a, b) {
		t.Fatal("two calls to Bundle marshal to different JSON")
	}
	var back rastro.Bundle
	if err := json.Unmarshal(a, &back); err != nil {
		t.Fatal(err)
	}
	c, _ := json.Marshal(&back)
	if !bytes.Equal(a, c) {
		t.Fatal("the bundle does not survive a JSON round trip unchanged")
	}
}

func TestRecordsValidateAndReferencesResolve(t *testing.T) {
	b := mustBundle(t)
	if err := transfer.CheckBundle(b); err != nil {
		t.Fatal(err)
	}
	if b.Format != rastro.BundleFormat || b.Version != rastro.BundleVersion {
		t.Errorf("format %q version %d", b.Format, b.Version)
	}
	// Fixed IDs from 1 per record type, version 1, fixed timestamps.
	for i, a := range b.Acts {
		if a.ID != int64(i+1) || a.Version != 1 || !a.CreatedAt.Equal(Created) || !a.UpdatedAt.Equal(Created) {
			t.Fatalf("act %d: id %d version %d created %v", i, a.ID, a.Version, a.CreatedAt)
		}
	}
	for i, s := range b.Sources {
		if s.ID != int64(i+1) {
			t.Fatalf("source %d has ID %d", i, s.ID)
		}
	}
}

func TestCheckRejectsBrokenReferences(t *testing.T) {
	for name, breakIt := range map[string]func(*rastro.Bundle){
		"act to missing incident":    func(b *rastro.Bundle) { b.Acts[0].IncidentID = 99 },
		"citation to missing source": func(b *rastro.Bundle) { b.Acts[0].Citations[0].SourceID = 999 },
		"invalid act":                func(b *rastro.Bundle) { b.Acts[0].Munition = "arrows" },
		"duplicate ID":               func(b *rastro.Bundle) { b.Units[1].ID = b.Units[0].ID },
		"posting to missing unit":    func(b *rastro.Bundle) { b.Postings[0].UnitID = 1000 },
	} {
		b := mustBundle(t)
		breakIt(b)
		if err := transfer.CheckBundle(b); err == nil {
			t.Errorf("%s: Check accepted the broken bundle", name)
		}
	}
}

func TestMarkedSynthetic(t *testing.T) {
	b := mustBundle(t)
	if b.Meta["synthetic"] != "true" || !strings.Contains(b.Meta["name"], "SYNTHETIC") || !strings.Contains(b.Meta["description"], "SYNTHETIC") {
		t.Errorf("meta %v", b.Meta)
	}
	for _, i := range b.Incidents {
		if !strings.Contains(i.Title, "SYNTHETIC") || !strings.Contains(i.Description, "SYNTHETIC") {
			t.Errorf("incident %d not marked: %q", i.ID, i.Title)
		}
	}
	for _, a := range b.Acts {
		if !strings.Contains(a.Description, "SYNTHETIC") {
			t.Errorf("act %d not marked", a.ID)
		}
	}
	for _, s := range b.Sources {
		if !strings.Contains(s.Title, "SYNTHETIC") && !strings.HasPrefix(s.Summary, "Real ") {
			t.Errorf("source %d is neither marked synthetic nor declared real: %q", s.ID, s.Title)
		}
	}
	for _, p := range b.Persons {
		if !strings.Contains(p.Notes, "SYNTHETIC") {
			t.Errorf("person %d not marked", p.ID)
		}
	}
}

// Killed or injured, where and when.
func TestActsPlacesAndDates(t *testing.T) {
	b := mustBundle(t)
	places := placesByID(b)
	incidents := incidentsByID(b)
	wantDistricts := map[string]string{"030201": "Andahuaylas", "030601": "Chincheros", "050101": "Ayacucho", "211101": "Juliaca"}
	seen := map[string]bool{}
	from, to := rastro.MustDate("2022-12-11").First(), rastro.MustDate("2023-01-09").First()
	var killed, injured int
	for _, a := range b.Acts {
		switch a.Type {
		case rastro.ActKilled:
			killed++
		case rastro.ActInjured:
			injured++
		default:
			t.Errorf("act %d is %s, want killed or injured", a.ID, a.Type)
		}
		inc := incidents[a.IncidentID]
		p := places[inc.PlaceID]
		if wantDistricts[p.Ubigeo] == "" {
			t.Errorf("act %d happened in %s (%s), outside the four places", a.ID, p.Name, p.Ubigeo)
		}
		seen[p.Ubigeo] = true
		day := inc.When.Start.First()
		if day.Before(from) || day.After(to) {
			t.Errorf("act %d on %s, outside 2022-12-11..2023-01-09", a.ID, inc.When.Start)
		}
	}
	if len(b.Acts) != 52 || killed != 25 || injured != 27 {
		t.Errorf("acts %d killed %d injured %d, want 52, 25, 27", len(b.Acts), killed, injured)
	}
	if len(seen) != 4 {
		t.Errorf("incidents in %d of the 4 places", len(seen))
	}
	withActs := map[int64]bool{}
	for _, a := range b.Acts {
		withActs[a.IncidentID] = true
	}
	for _, inc := range b.Incidents {
		if !withActs[inc.ID] {
			continue // the synthetic protest events without casualties (TestProtestEvents)
		}
		if inc.EventType != "Protests" || inc.SubEventType != "Excessive force against protesters" {
			t.Errorf("incident %d classified %q / %q", inc.ID, inc.EventType, inc.SubEventType)
		}
		if inc.WarningGiven == rastro.Yes {
			t.Errorf("incident %d records a warning; the demo has none", inc.ID)
		}
	}
	var lessLethalFirst int
	for _, inc := range b.Incidents {
		if inc.LessLethalFirst == rastro.Yes {
			lessLethalFirst++
		}
	}
	if lessLethalFirst*2 >= len(withActs) {
		t.Errorf("less-lethal means first in %d of %d incidents, want a minority", lessLethalFirst, len(withActs))
	}
}

// possibleExecution is the test's own statement of the three marks.
func possibleExecution(a *rastro.Act) bool {
	return a.Type == rastro.ActKilled && a.Munition == rastro.MunitionLive && a.VitalWound() && a.VictimThreat == rastro.No
}

func TestTwentyOfTwentyFiveKilled(t *testing.T) {
	b := mustBundle(t)
	var n int
	reasons := map[string]int64{}
	for _, a := range b.Acts {
		if a.Type != rastro.ActKilled {
			continue
		}
		if possibleExecution(a) {
			n++
			continue
		}
		// What is missing, and the harm, make the reason.
		var missing []string
		if a.Munition != rastro.MunitionLive {
			missing = append(missing, "munition="+string(a.Munition))
		}
		if !a.VitalWound() {
			missing = append(missing, "no vital wound")
		}
		if a.VictimThreat != rastro.No {
			missing = append(missing, "threat="+string(a.VictimThreat))
		}
		key := strings.Join(missing, ",")
		if prev, dup := reasons[key]; dup {
			t.Errorf("acts %d and %d fall short for the same reason %q", prev, a.ID, key)
		}
		reasons[key] = a.ID
	}
	if n != 20 || len(reasons) != 5 {
		t.Errorf("%d killed meet all three marks and %d do not, want 20 and 5 (%v)", n, len(reasons), reasons)
	}
}

func TestJuliaca(t *testing.T) {
	b := mustBundle(t)
	places := placesByID(b)
	var juliaca *rastro.Incident
	for _, inc := range b.Incidents {
		if places[inc.PlaceID].Ubigeo == "211101" && inc.When.Start == rastro.MustDate("2023-01-09") {
			juliaca = inc
		}
	}
	if juliaca == nil {
		t.Fatal("no incident in Juliaca on 2023-01-09")
	}
	var liveKilled int
	for _, a := range b.Acts {
		if a.IncidentID == juliaca.ID && a.Type == rastro.ActKilled && a.Munition == rastro.MunitionLive {
			liveKilled++
		}
	}
	if liveKilled < 15 {
		t.Errorf("%d killed by live ammunition in Juliaca, want at least 15", liveKilled)
	}
	units := map[int64]*rastro.Unit{}
	for _, u := range b.Units {
		units[u.ID] = u
	}
	agents := map[int64]bool{}
	var rounds int
	for _, d := range b.Discharges {
		if d.IncidentID != juliaca.ID || d.Date != rastro.MustDate("2023-01-09") {
			continue
		}
		if !strings.Contains(strings.Join(units[d.UnitID].Aliases, " "), "DIROES") {
			t.Errorf("discharge %d by %s, want DIROES", d.ID, units[d.UnitID].Name)
		}
		if !strings.HasPrefix(d.Calibre, "7.62") || !strings.Contains(d.Weapon, "AKM") {
			t.Errorf("discharge %d: %s %s", d.ID, d.Weapon, d.Calibre)
		}
		agents[d.AgentID] = true
		rounds += d.Rounds
	}
	if len(agents) != 2 || rounds != 4 {
		t.Errorf("%d agents reported %d rounds, want 2 and 4", len(agents), rounds)
	}
}

func TestVictims(t *testing.T) {
	b := mustBundle(t)
	persons := map[int64]*rastro.Person{}
	for _, p := range b.Persons {
		persons[p.ID] = p
	}
	places := placesByID(b)
	poverty := districtPoverty(t)
	activities := map[rastro.Activity]int{}
	var indigenousOrPeasant, poor, minors int
	for _, a := range b.Acts {
		v := persons[a.VictimID]
		if v == nil {
			t.Fatalf("act %d has no victim", a.ID)
		}
		activities[a.Activity]++
		if v.Indigenous != "" || strings.Contains(v.Occupation, "campesin") {
			indigenousOrPeasant++
		}
		if poverty[places[v.HomePlaceID].Ubigeo] >= 30 {
			poor++
		}
		if v.IsMinor() {
			minors++
		}
	}
	for _, want := range []rastro.Activity{rastro.ActivityProtesting, rastro.ActivityObserving, rastro.ActivityPassingBy} {
		if activities[want] == 0 {
			t.Errorf("no victim recorded as %s", want)
		}
	}
	n := len(b.Acts)
	if indigenousOrPeasant*2 <= n || poor*2 <= n {
		t.Errorf("of %d victims, %d indigenous or peasant and %d from districts with ≥30%% poverty; want most", n, indigenousOrPeasant, poor)
	}
	if minors == 0 {
		t.Error("no minors among the victims")
	}
	peoples := map[string]bool{}
	for _, p := range persons {
		peoples[p.Indigenous] = true
	}
	if !peoples["Aymara"] || !peoples["Quechua"] {
		t.Errorf("indigenous peoples recorded: %v", peoples)
	}
}

// districtPoverty reads the total poverty rate by UBIGEO from the shared data.
func districtPoverty(t *testing.T) map[string]float64 {
	out := map[string]float64{}
	for _, row := range readDistricts(t) {
		if v, err := strconv.ParseFloat(row["pct_pobreza_total"], 64); err == nil {
			out[row["inei"]] = v
		}
	}
	return out
}

func readDistricts(t *testing.T) []map[string]string {
	t.Helper()
	f, err := os.Open(shared.Path(t, "data", "peru", "ubigeo_distrito.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

// fold upper-cases and strips Spanish accents, as the UBIGEO table spells names.
func fold(s string) string {
	return strings.ToUpper(strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ú", "U").Replace(s))
}

func TestPlacesMatchUbigeoTable(t *testing.T) {
	b := mustBundle(t)
	byCode := map[string]map[string]string{}
	for _, r := range readDistricts(t) {
		byCode[r["inei"]] = r
	}
	for _, p := range b.Places {
		row := byCode[p.Ubigeo]
		if row == nil {
			t.Errorf("place %s: UBIGEO %s not in the table", p.Name, p.Ubigeo)
			continue
		}
		lat, _ := strconv.ParseFloat(row["latitude"], 64)
		lon, _ := strconv.ParseFloat(row["longitude"], 64)
		if *p.Latitude != lat || *p.Longitude != lon {
			t.Errorf("place %s: %v,%v, table %v,%v", p.Name, *p.Latitude, *p.Longitude, lat, lon)
		}
		if fold(p.Admin1) != row["departamento"] || fold(p.Admin2) != row["provincia"] || fold(p.Admin3) != row["distrito"] {
			t.Errorf("place %s: %s/%s/%s, table %s/%s/%s", p.Ubigeo, p.Admin1, p.Admin2, p.Admin3, row["departamento"], row["provincia"], row["distrito"])
		}
	}
}

// chainDepth follows child_of relations valid on day up from unit and counts
// the units on the way, the unit included.
func chainDepth(b *rastro.Bundle, unit int64, day time.Time) int {
	depth := 1
	for seen := map[int64]bool{unit: true}; ; depth++ {
		next := int64(0)
		for _, r := range b.UnitRelations {
			if r.UnitID == unit && r.Kind == rastro.ChildOf && r.Period.Covers(day) != rastro.Outside {
				next = r.ParentID
			}
		}
		if next == 0 || seen[next] {
			return depth
		}
		seen[next] = true
		unit = next
	}
}

func TestChainsOfCommand(t *testing.T) {
	b := mustBundle(t)
	unitByAlias := map[string]*rastro.Unit{}
	for _, u := range b.Units {
		for _, a := range u.Aliases {
			unitByAlias[a] = u
		}
	}
	diroes, battalion := unitByAlias["DIROES"], unitByAlias["BI 951"]
	jul, aya := rastro.MustDate("2023-01-09").First(), rastro.MustDate("2022-12-15").First()
	if d := chainDepth(b, diroes.ID, jul); d < 4 {
		t.Errorf("DIROES chain on 2023-01-09 is %d deep", d)
	}
	if d := chainDepth(b, battalion.ID, aya); d < 4 {
		t.Errorf("battalion chain on 2022-12-15 is %d deep", d)
	}
	var memberOf, monthStart, open int
	for _, r := range b.UnitRelations {
		if r.Kind == rastro.MemberOf {
			memberOf++
		}
	}
	for _, p := range b.Postings {
		if p.Period.Start.Precision() == rastro.PrecisionMonth && !p.Period.StartExact {
			monthStart++
		}
		if p.Period.Open {
			open++
		}
	}
	if memberOf == 0 || monthStart == 0 || open == 0 {
		t.Errorf("member_of %d, month-precision starts %d, open postings %d: want some of each", memberOf, monthStart, open)
	}
	// A commander is posted, certainly or not, at every level of the DIROES chain on 9 January.
	for unit := diroes.ID; unit != 0; {
		found := false
		for _, p := range b.Postings {
			if p.UnitID == unit && p.Role.Commands() && p.Period.Covers(jul) != rastro.Outside {
				found = true
			}
		}
		if !found {
			t.Errorf("no commander of unit %d on 2023-01-09", unit)
		}
		next := int64(0)
		for _, r := range b.UnitRelations {
			if r.UnitID == unit && r.Kind == rastro.ChildOf && r.Period.Covers(jul) != rastro.Outside {
				next = r.ParentID
			}
		}
		unit = next
	}
}

func TestDeploymentsAndInvolvementsMatchIncidents(t *testing.T) {
	b := mustBundle(t)
	incidents := incidentsByID(b)
	involved := map[int64]map[int64]bool{} // incident → units
	roles := map[rastro.Role]int{}
	perActs := map[int64]int{}
	var persons int
	for _, v := range b.Involvements {
		roles[v.Role]++
		perActs[v.ActID]++
		if v.PersonID != 0 {
			persons++
		}
	}
	for _, a := range b.Acts {
		if perActs[a.ID] == 0 {
			t.Errorf("act %d has no involvement", a.ID)
		}
	}
	actIncident := map[int64]int64{}
	for _, a := range b.Acts {
		actIncident[a.ID] = a.IncidentID
	}
	for _, v := range b.Involvements {
		inc := actIncident[v.ActID]
		if involved[inc] == nil {
			involved[inc] = map[int64]bool{}
		}
		involved[inc][v.UnitID] = true
	}
	if roles[rastro.RolePresent] == 0 || roles[rastro.RoleShooter] == 0 || persons == 0 {
		t.Errorf("roles %v, person involvements %d", roles, persons)
	}
	for id, units := range involved {
		inc := incidents[id]
		for unit := range units {
			deployed := false
			for _, d := range b.Deployments {
				if d.UnitID == unit && d.PlaceID == inc.PlaceID && d.Period.Covers(inc.When.Start.First()) != rastro.Outside {
					deployed = true
				}
			}
			if !deployed {
				t.Errorf("unit %d involved in incident %d but not deployed there on %s", unit, id, inc.When.Start)
			}
		}
	}
}

func TestSourcesAndCitations(t *testing.T) {
	b := mustBundle(t)
	article := b.Sources[0]
	if article.Title != "AI concerned by deaths of protesters in Peru" || article.Publisher != "BLAZETRENDS" ||
		article.Published != rastro.MustDate("2023-05-25") || article.Language != "en" || article.Text != "" || article.Summary == "" {
		t.Errorf("article source: %+v", article)
	}
	raw, err := os.ReadFile(shared.Path(t, "fixtures", "news", "blazetrends-amnesty-peru.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	// The summary is ours: no run of six words from the article.
	words := strings.Fields(text)
	for i := 0; i+6 <= len(words); i++ {
		if run := strings.Join(words[i:i+6], " "); strings.Contains(article.Summary, run) {
			t.Errorf("summary copies the article: %q", run)
		}
	}
	paragraphs := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n")
	wantIn := map[int]string{paraFigures: "52 cases", paraJuliaca: "7.62", paraVital: "head, neck", paraProfile: "bystanders", paraHighRank: "highest level"}
	for p, want := range wantIn {
		if !strings.Contains(paragraphs[p-1], want) {
			t.Errorf("article paragraph %d does not contain %q", p, want)
		}
	}
	kinds := map[rastro.SourceKind]int64{}
	for _, s := range b.Sources {
		kinds[s.Kind] = s.ID
	}
	for _, k := range []rastro.SourceKind{rastro.SourceOfficialRecord, rastro.SourceAutopsy, rastro.SourceWitnessStatement} {
		if kinds[k] == 0 {
			t.Errorf("no %s source", k)
		}
	}
	sourceKind := map[int64]rastro.SourceKind{}
	for _, s := range b.Sources {
		sourceKind[s.ID] = s.Kind
	}
	for _, a := range b.Acts {
		if a.Confidence == "" || a.Status == "" || len(a.Citations) == 0 {
			t.Errorf("act %d: confidence %q status %q, %d citations", a.ID, a.Confidence, a.Status, len(a.Citations))
		}
		cited := map[rastro.SourceKind]bool{}
		for _, c := range a.Citations {
			cited[sourceKind[c.SourceID]] = true
			if c.Page == 0 && c.Paragraph == 0 {
				t.Errorf("act %d: citation %d has no locator", a.ID, c.ID)
			}
		}
		if a.Type == rastro.ActKilled && (!cited[rastro.SourceAutopsy] || a.AutopsyRef == "") {
			t.Errorf("killed act %d does not cite an autopsy", a.ID)
		}
		if !cited[rastro.SourceWitnessStatement] {
			t.Errorf("act %d does not cite a witness statement", a.ID)
		}
	}
	for _, d := range b.Discharges {
		if sourceKind[d.SourceID] != rastro.SourceOfficialRecord {
			t.Errorf("discharge %d: source %d is not an official record", d.ID, d.SourceID)
		}
	}
}

func placesByID(b *rastro.Bundle) map[int64]*rastro.Place {
	m := map[int64]*rastro.Place{}
	for _, p := range b.Places {
		m[p.ID] = p
	}
	return m
}

func incidentsByID(b *rastro.Bundle) map[int64]*rastro.Incident {
	m := map[int64]*rastro.Incident{}
	for _, i := range b.Incidents {
		m[i.ID] = i
	}
	return m
}

func TestEveryAssertionHasConfidenceAndStatus(t *testing.T) {
	b := mustBundle(t)
	var all []rastro.Assertion
	for _, r := range b.Places {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Persons {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Units {
		all = append(all, r.Assertion)
	}
	for _, r := range b.UnitRelations {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Postings {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Incidents {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Acts {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Involvements {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Deployments {
		all = append(all, r.Assertion)
	}
	for _, r := range b.Discharges {
		all = append(all, r.Assertion)
	}
	statuses := map[rastro.Status]int{}
	for i, a := range all {
		if a.Confidence == "" || a.Status == "" {
			t.Fatalf("assertion %d lacks confidence or status: %+v", i, a)
		}
		statuses[a.Status]++
	}
	if statuses[rastro.StatusConflict] == 0 || statuses[rastro.StatusWorkNeeded] == 0 {
		t.Errorf("statuses %v: the demo should show conflict and work needed too", statuses)
	}
}

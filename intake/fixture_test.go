package intake

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/shared"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/extract"
)

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(shared.Path(t, "fixtures", "news", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFixtureAcceptance checks the acceptance list on the real
// article, as scraped text with --published and as the page with its own date.
func TestFixtureAcceptance(t *testing.T) {
	for _, tc := range []struct {
		file string
		meta Meta
	}{
		{"blazetrends-amnesty-peru.txt", Meta{Name: "blazetrends-amnesty-peru.txt", Published: "2023-05-25"}},
		{"blazetrends-amnesty-peru.html", Meta{Name: "blazetrends-amnesty-peru.html"}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			doc, err := Clean(context.Background(), readFixture(t, tc.file), tc.meta)
			if err != nil {
				t.Fatal(err)
			}
			res := doc.Extract()
			if doc.Source.Published != rastro.MustDate("2023-05-25") {
				t.Errorf("published = %v", doc.Source.Published)
			}
			if doc.Source.Publisher != "BLAZETRENDS" || doc.Source.Language != "en" || !strings.Contains(doc.Source.Title, "AI concerned by deaths of protesters in Peru") {
				t.Errorf("metadata: publisher %q, language %q, title %q", doc.Source.Publisher, doc.Source.Language, doc.Source.Title)
			}
			checkFixtureClaims(t, doc.Source.Text, res)
		})
	}
}

func byKind[T any](res extract.Result, kind rastro.ClaimKind) (out []T, claims []extract.Claim) {
	for _, c := range res.Claims {
		if c.Kind == kind {
			out = append(out, c.Data.(T))
			claims = append(claims, c)
		}
	}
	return out, claims
}

func checkFixtureClaims(t *testing.T, text string, res extract.Result) {
	for _, c := range res.Claims {
		if text[c.Start:c.End] != c.Text || c.Text == "" {
			t.Fatalf("claim %s span %d-%d is not its text %q", c.Kind, c.Start, c.End, c.Text)
		}
	}
	counts, countClaims := byKind[extract.CountData](res, rastro.ClaimCount)
	findCount := func(min int, category string) (extract.CountData, extract.Claim, bool) {
		for i, c := range counts {
			if c.Min == min && c.Category == category {
				return c, countClaims[i], true
			}
		}
		return extract.CountData{}, extract.Claim{}, false
	}
	hasPlace := func(refs []extract.Ref, name string) bool {
		for _, r := range refs {
			if r.Name == name {
				return true
			}
		}
		return false
	}
	if c, _, ok := findCount(49, "killed"); !ok || c.Who != "protesters" || !hasPlace(c.Places, "Perú") {
		t.Errorf("49 protesters killed in Peru: %+v (found %v)", c, ok)
	}
	if c, _, ok := findCount(52, "killed_or_injured"); !ok || c.Unit != "cases" || c.Date != "2022-12" || !c.Since {
		t.Errorf("52 cases killed or injured since December 2022: %+v (found %v)", c, ok)
	}
	c25, claim25, ok := findCount(25, "killed")
	if !ok || c25.PartOf == nil || c25.PartOf.Min != 52 {
		t.Errorf("25 deaths of the 52 cases: %+v (found %v)", c25, ok)
	}
	if c, _, ok := findCount(20, "extrajudicial_executions"); !ok || !c.Possible || c.PartOf == nil || c.PartOf.Min != 25 || c.PartOf.Start != claim25.Start {
		t.Errorf("20 possible extrajudicial executions of the 25: %+v (found %v)", c, ok)
	}
	if c, _, ok := findCount(15, "killed"); !ok || c.Qualifier != "at_least" || c.Cause != "lethal ammunition" || !hasPlace(c.Places, "Juliaca") || c.Date != "2023-01-09" {
		t.Errorf("at least 15 killed by lethal ammunition in Juliaca on 2023-01-09: %+v (found %v)", c, ok)
	}
	if c, _, ok := findCount(24, "injured"); !ok || !c.Vague || c.Max != 99 || c.Cause != "firearms" || !c.Additional || !hasPlace(c.Places, "Juliaca") {
		t.Errorf("dozens more injured by firearms in Juliaca: %+v (found %v)", c, ok)
	}

	discharges, _ := byKind[extract.DischargeData](res, rastro.ClaimDischarge)
	if len(discharges) != 1 {
		t.Fatalf("discharges: %+v", discharges)
	}
	d := discharges[0]
	if d.Agents != 2 || d.UnitAcronym != "DIROES" || d.Rounds != 4 || d.Calibre != "7.62" || d.Weapon != "AKM rifle" || !hasPlace(d.Places, "Juliaca") || d.Date != "2023-01-09" || !d.Reported {
		t.Errorf("discharge: %+v", d)
	}

	places, placeClaims := byKind[extract.PlaceData](res, rastro.ClaimPlace)
	var names []string
	for i, p := range places {
		names = append(names, p.Name)
		if p.Name == "Lima" && p.Role == "dateline" && placeClaims[i].Text == "Lima" {
			names = append(names, "Lima (dateline)")
		}
		if p.Name == "Juliaca" && (p.Ubigeo != "211101" || p.Ambiguous) {
			t.Errorf("Juliaca = %+v", p)
		}
	}
	for _, want := range []string{"Lima (dateline)", "Andahuaylas", "Chincheros", "Ayacucho", "Juliaca", "Perú"} {
		if !slices.Contains(names, want) {
			t.Errorf("place %s missing from %v", want, names)
		}
	}
	if slices.Contains(names, "Indonesia") {
		t.Errorf("a place from the Read Also line: %v", names)
	}

	dates, dateClaims := byKind[extract.DateData](res, rastro.ClaimDate)
	want := map[string]string{"this Thursday": "2023-05-25", "on January 9": "2023-01-09", "since December": "2022-12"}
	for i, dd := range dates {
		if v, ok := want[dateClaims[i].Text]; ok && v == dd.Value {
			delete(want, dateClaims[i].Text)
		}
		if dd.Resolved && dd.To > "2023-05-25" {
			t.Errorf("date after publication: %+v", dd)
		}
	}
	if len(want) > 0 {
		t.Errorf("dates missing or wrong: %v in %+v", want, dates)
	}

	// One claim per actor, every mention in its data.
	actors, _ := byKind[extract.ActorData](res, rastro.ClaimActor)
	seen := map[string]bool{}
	for _, a := range actors {
		if seen[a.Name] {
			t.Errorf("actor %s claimed twice", a.Name)
		}
		seen[a.Name] = true
		for _, m := range a.Mentions {
			seen[a.Name+"|"+m.Text] = true
		}
		if a.Name == "Agnès Callamard" && a.Title == "Secretary General" {
			seen["Callamard title"] = true
		}
	}
	for _, k := range []string{"Amnistía Internacional|Amnesty International", "Amnistía Internacional|AI", "Callamard title",
		"Ministerio Público – Fiscalía de la Nación|Prosecutor’s Office", "Dirección de Operaciones Especiales|Directorate of Special Operations"} {
		if !seen[k] {
			t.Errorf("actor %s missing", k)
		}
	}

	quotes, _ := byKind[extract.QuotationData](res, rastro.ClaimQuotation)
	speakers := map[string]string{
		"Far from isolated incidents":                   "Agnès Callamard",
		"The similarities in the use of force":          "Amnistía Internacional",
		"instead of condemning the excessive use":       "Amnistía Internacional",
		"The use of lethal firearms against protesters": "Agnès Callamard",
		"The security forces not only made excessive":   "the report “Lethal racism: Extrajudicial executions and illegitimate use of force by the security forces of Peru”",
	}
	for prefix, speaker := range speakers {
		found := false
		for _, q := range quotes {
			if strings.HasPrefix(q.Quote, prefix) {
				found = true
				if q.Speaker != speaker {
					t.Errorf("quotation %q: speaker %q (via %q), want %q", prefix, q.Speaker, q.Via, speaker)
				}
				if strings.HasPrefix(q.Speaker, "the report") && q.Organization != "Amnistía Internacional" {
					t.Errorf("report quotation by %q", q.Organization)
				}
			}
		}
		if !found {
			t.Errorf("quotation %q missing", prefix)
		}
	}

	wounds, _ := byKind[extract.WoundData](res, rastro.ClaimWound)
	var regions []string
	for _, w := range wounds {
		regions = append(regions, w.Region)
	}
	if !slices.Equal(regions, []string{"head", "neck", "chest", "abdomen"}) {
		t.Errorf("wound regions %v", regions)
	}
	weapons, _ := byKind[extract.WeaponData](res, rastro.ClaimWeapon)
	got := map[string]bool{}
	for _, w := range weapons {
		got[w.Name] = true
	}
	for _, w := range []string{"AKM rifle", "7.62 ammunition", "live ammunition"} {
		if !got[w] {
			t.Errorf("weapon %s missing from %v", w, got)
		}
	}
}

package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/shared"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/ingest"
)

// fixtureDir is the news fixtures folder of the reference data.
func fixtureDir(t *testing.T) string { return shared.Path(t, "fixtures", "news") }

func TestIngestAndReview(t *testing.T) {
	dir := fixtureDir(t)
	txt := filepath.Join(dir, "blazetrends-amnesty-peru.txt")
	backends(t, func(t *testing.T, newEnv func() *env) {
		e := newEnv()
		e.ok("migrate")
		out := e.ok("ingest", txt, "--published", "2023-05-25")
		for _, want := range []string{"source 1 (new)", "BLAZETRENDS", "published 2023-05-25", "1 discharge", "49 protesters killed", "dropped 6 page-furniture lines"} {
			if !strings.Contains(out, want) {
				t.Errorf("ingest output lacks %q:\n%s", want, out)
			}
		}
		// The same bytes again, and the folder with the page beside them.
		var results []*ingest.Result
		e.jsonOut(&results, "ingest", dir)
		if len(results) != 2 || !results[0].Created || results[1].Created || results[1].Source.ID != 1 || len(results[1].Claims) == 0 {
			t.Fatalf("folder ingest: %d results", len(results))
		}
		if results[0].Source.Published != rastro.MustDate("2023-05-25") || results[0].Source.MediaType != "text/html" {
			t.Errorf("page source %+v", results[0].Source)
		}
		// Standard input.
		r := e.run("PUNO.- Al menos 3 personas murieron el lunes.\n", "ingest", "-", "--published", "2023-01-10", "--lang", "es")
		if r.err != nil || !strings.Contains(r.stdout, "3 people killed") {
			t.Errorf("stdin ingest: %v\n%s", r.err, r.stdout)
		}

		var list struct {
			Total  int
			Claims []*rastro.Claim `json:"records"`
		}
		e.jsonOut(&list, "claim", "list", "--source-id", "1", "--kind", "count")
		find := func(prefix string) *rastro.Claim {
			for _, c := range list.Claims {
				if strings.HasPrefix(c.Summary, prefix) {
					return c
				}
			}
			t.Fatalf("no claim %q in %d", prefix, len(list.Claims))
			return nil
		}
		c49, c15 := find("count: 49 protesters killed"), find("count: at least 15 people killed")
		if show := e.ok("claim", "show", strconv.FormatInt(c49.ID, 10)); !strings.Contains(show, "»death of 49 protesters«") {
			t.Errorf("show:\n%s", show)
		}
		// A count without a date of its own needs a date; with its own date it makes an incident.
		e.fails(rastro.EINVALID, []string{"give the date"}, "claims", "accept", strconv.FormatInt(c49.ID, 10))
		if out := e.ok("claim", "accept", strconv.FormatInt(c15.ID, 10), "--confidence", "medium"); !strings.Contains(out, "accepted into incident 1") {
			t.Errorf("accept: %s", out)
		}
		var inc rastro.Incident
		e.jsonOut(&inc, "incident", "show", "1")
		if inc.ReportedFatalities != 15 || inc.When.Start != rastro.MustDate("2023-01-09") || len(inc.Citations) != 1 || inc.Citations[0].Quote != c15.Text || inc.Citations[0].SourceID != 1 {
			t.Errorf("incident %+v", inc)
		}
		e.fails(rastro.ECONFLICT, []string{"already accepted"}, "claims", "accept", strconv.FormatInt(c15.ID, 10))
		// The 49 into the same incident as a linked citation; then reject a claim.
		if out := e.ok("claim", "link", strconv.FormatInt(c49.ID, 10), "--incident", "1", "--field", "description"); !strings.Contains(out, "linked") {
			t.Errorf("link: %s", out)
		}

		e.jsonOut(&list, "claim", "list", "--source-id", "1", "--kind", "discharge")
		d := list.Claims[0]
		e.ok("claim", "accept", strconv.FormatInt(d.ID, 10))
		var dr rastro.DischargeRecord
		e.jsonOut(&dr, "discharge", "show", "1")
		if dr.Rounds != 4 || dr.Calibre != "7.62" || dr.Weapon != "AKM rifle" || dr.Date != rastro.MustDate("2023-01-09") || len(dr.Citations) != 1 {
			t.Errorf("discharge %+v", dr)
		}

		e.jsonOut(&list, "claim", "list", "--source-id", "1", "--kind", "place")
		var juliaca, lima *rastro.Claim
		for _, c := range list.Claims {
			if c.Text == "Juliaca" && juliaca == nil {
				juliaca = c
			}
			if c.Text == "Lima" {
				lima = c
			}
		}
		e.ok("claim", "accept", strconv.FormatInt(juliaca.ID, 10))
		var p rastro.Place
		e.jsonOut(&p, "place", "show", "1")
		if p.Ubigeo != "211101" || p.Admin1 != "Puno" || p.Latitude == nil || len(p.Citations) != 1 {
			t.Errorf("place %+v", p)
		}
		// The dateline's Lima is the city first; the department is the second reading.
		e.ok("claim", "accept", strconv.FormatInt(lima.ID, 10), "--candidate", "2")
		var dept rastro.Place
		e.jsonOut(&dept, "place", "show", "2")
		if dept.Ubigeo != "150000" || dept.Admin3 != "" || dept.GeoPrecision != 3 {
			t.Errorf("Lima, second reading: %+v", dept)
		}
		// Actors: the unit becomes a unit (once), the titled person a person.
		e.jsonOut(&list, "claim", "list", "--source-id", "1", "--kind", "actor")
		var unitClaims, personClaim, ngoClaim []*rastro.Claim
		for _, c := range list.Claims {
			switch {
			case strings.Contains(c.Summary, "DIROES"):
				unitClaims = append(unitClaims, c)
			case strings.Contains(c.Summary, "Secretary General") && len(personClaim) == 0:
				personClaim = append(personClaim, c)
			case strings.Contains(c.Summary, ", ngo") && len(ngoClaim) == 0:
				ngoClaim = append(ngoClaim, c)
			}
		}
		e.ok("claim", "accept", strconv.FormatInt(unitClaims[0].ID, 10))
		var u rastro.Unit
		e.jsonOut(&u, "unit", "show", "1")
		if u.Name != "Dirección de Operaciones Especiales" || u.Force != rastro.ForcePolice || len(u.Aliases) != 2 || len(u.Citations) != 1 {
			t.Errorf("unit %+v", u)
		}
		e.ok("claim", "accept", strconv.FormatInt(personClaim[0].ID, 10))
		var person rastro.Person
		e.jsonOut(&person, "person", "show", "1")
		if person.Name != "Agnès Callamard" || person.Occupation != "Secretary General" {
			t.Errorf("person %+v", person)
		}
		e.fails(rastro.EINVALID, []string{"not a security force"}, "claims", "accept", strconv.FormatInt(ngoClaim[0].ID, 10))

		// "claims" is the same command; list filters by status.
		e.jsonOut(&list, "claims", "list", "--source-id", "1", "--kind", "place", "--status", "pending")
		e.fails(rastro.EINVALID, []string{"reason"}, "claims", "reject", strconv.FormatInt(list.Claims[0].ID, 10))
		if out := e.ok("claims", "reject", strconv.FormatInt(list.Claims[0].ID, 10), "--reason", "the headline"); !strings.Contains(out, "rejected") {
			t.Errorf("reject: %s", out)
		}
		e.jsonOut(&list, "claim", "list", "--status", "rejected")
		if list.Total != 1 {
			t.Errorf("%d rejected claims", list.Total)
		}
		// Several claims that say the same thing are one decision, as in
		// the web's queue.
		e.jsonOut(&list, "claims", "list", "--source-id", "1", "--kind", "place", "--status", "pending")
		var peru []string
		for _, c := range list.Claims {
			if strings.Contains(c.Summary, "Perú (country") {
				peru = append(peru, strconv.FormatInt(c.ID, 10))
			}
		}
		if len(peru) < 2 {
			t.Fatalf("Perú claims: %v", peru)
		}
		out = e.ok(append([]string{"claims", "reject", "--reason", "the country"}, peru...)...)
		if strings.Count(out, "rejected") != len(peru) {
			t.Errorf("group reject:\n%s", out)
		}
	})
}

func TestIngestBadInput(t *testing.T) {
	e := &env{t: t, dataDir: filepath.Join(t.TempDir(), "data")}
	e.ok("migrate")
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	junk := filepath.Join(dir, "junk.bin")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(empty, nil, 0o600)
	os.WriteFile(junk, []byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08"), 0o600)
	os.WriteFile(good, []byte("LIMA.- Dos personas murieron en Puno."), 0o600)
	e.fails(rastro.EINVALID, []string{"empty.txt: empty file"}, "ingest", empty)
	e.fails(rastro.EINVALID, []string{"2 of 3 documents not ingested", "empty file"}, "ingest", dir)
	e.fails(rastro.EINVALID, []string{"no such file"}, "ingest", filepath.Join(dir, "missing.html"))
	e.fails(rastro.EINVALID, []string{"published date"}, "ingest", good, "--published", "yesterday")
	e.fails(rastro.EINVALID, []string{"source kind"}, "ingest", good, "--kind", "rumour")
	e.fails(rastro.EINVALID, []string{"needs at least one"}, "ingest")
	// The good file of the folder was stored all the same.
	if n := e.total("source"); n != 1 {
		t.Errorf("%d sources", n)
	}
}
